import 'server-only';
import { cache } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType } from '@/lib/extract/types';
import type { ArticleSummaryDto } from './articles';
import { nameIn, roleIn } from './localize';
import { monthRange } from './mention-volume';

export interface EntityDto {
  key: string;
  type: EntityType;
  known: boolean;
  name: string;
  names: { kk: string; ru: string; en: string; zh: string | null };
  role: string | null;
  country: string | null;
  parent: { key: string; name: string } | null;
  coordinates: { lat: number; lon: number } | null;
  aliases: { language: string; form: string }[];
  mentionCount: number;
  articleCount: number;
}

/** One entity, or null. Cached per request: the page and its metadata ask for the same entity. */
export const getEntity = cache(async (key: string, locale: AppLocale): Promise<EntityDto | null> => {
  const row = await db.entity.findUnique({
    where: { key },
    select: {
      id: true,
      key: true,
      type: true,
      known: true,
      nameKk: true,
      nameRu: true,
      nameEn: true,
      nameZh: true,
      roleKk: true,
      roleRu: true,
      roleEn: true,
      country: true,
      parentKey: true,
      lat: true,
      lon: true,
      aliases: { orderBy: [{ language: 'asc' }, { form: 'asc' }], select: { language: true, form: true } },
      mentionCount: true,
      articleCount: true,
    },
  });
  if (!row) return null;
  const parent = row.parentKey
    ? await db.entity.findUnique({ where: { key: row.parentKey }, select: { key: true, nameKk: true, nameRu: true, nameEn: true } })
    : null;
  return {
    key: row.key,
    type: row.type,
    known: row.known,
    name: nameIn(locale, row),
    names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
    role: roleIn(locale, row),
    country: row.country,
    parent: parent ? { key: parent.key, name: nameIn(locale, parent) } : null,
    coordinates: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    aliases: row.aliases,
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
  };
});

/** The id of the entity with this key, as a subquery. */
const entityIdOf = (key: string) => db.$kysely.selectFrom('Entity').select('id').where('key', '=', key);

/** A statement that starts with the entity's id as the table `self`. */
const withSelf = (key: string) => db.$kysely.with('self', () => entityIdOf(key));

export interface MonthCountDto {
  month: string;
  count: number;
}

/** Mentions of an entity per month of publication, gaps filled with zeros. */
export async function getEntityMentionTimeline(key: string): Promise<MonthCountDto[]> {
  const rows = await db.$kysely
    .selectFrom('EntityMonth as m')
    .select(['m.month', 'm.mentions'])
    .where('m.entityId', '=', entityIdOf(key))
    .execute();
  const counts = new Map(rows.map((r) => [r.month, Number(r.mentions)]));
  return monthRange([...counts.keys()]).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

export interface RelatedEntityDto {
  key: string;
  type: EntityType;
  name: string;
  sharedArticles: number;
}

/**
 * Entities named in the same articles, the most often first, a page at a time. Read from the
 * CoMention aggregate ingestion keeps (each pair once, so the entity is on either side): joining
 * the mentions of a frequent entity with every other mention of its articles took most of a
 * second at 20,000 articles.
 */
export async function listCoMentionedEntities(key: string, locale: AppLocale, limit = 12, offset = 0): Promise<RelatedEntityDto[]> {
  const rows = await withSelf(key)
    .with('pairs', (q) =>
      q
        .selectFrom('CoMention')
        .select(['otherId as id', 'articles'])
        .where('entityId', '=', q.selectFrom('self').select('id'))
        .unionAll(q.selectFrom('CoMention').select(['entityId as id', 'articles']).where('otherId', '=', q.selectFrom('self').select('id'))),
    )
    .selectFrom('pairs as c')
    .innerJoin('Entity as o', 'o.id', 'c.id')
    .select(['o.key', 'o.type', 'o.nameKk', 'o.nameRu', 'o.nameEn', 'c.articles as shared'])
    .orderBy('c.articles', 'desc')
    .orderBy('o.key')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ key: r.key, type: r.type, name: nameIn(locale, r), sharedArticles: Number(r.shared) }));
}

export async function countCoMentionedEntities(key: string): Promise<number> {
  const row = await withSelf(key)
    .selectNoFrom((eb) => {
      const self = eb.selectFrom('self').select('id');
      const count = (side: 'entityId' | 'otherId') =>
        eb.selectFrom('CoMention').select((c) => c.fn.countAll<bigint | number>().as('n')).where(side, '=', self);
      return eb(count('entityId'), '+', count('otherId')).as('n');
    })
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Articles that mention the entity, newest first, a page at a time (their number is the entity's
 * `articleCount`): one range of the EntityArticle key, which copies each article's date, so a deep
 * page of a rare name costs what the first page of a frequent one does.
 */
export async function listEntityArticles(key: string, limit = 20, offset = 0): Promise<ArticleSummaryDto[]> {
  // The page's ids first, so that only its own articles are fetched, not those the offset skips.
  const page = db.$kysely
    .selectFrom('EntityArticle')
    .select('articleId')
    .where('entityId', '=', entityIdOf(key))
    .orderBy('publishedOn', 'desc')
    .orderBy('articleId', 'desc')
    .limit(limit)
    .offset(offset);
  return db.$kysely
    .selectFrom('Article as a')
    .select(['a.slug', 'a.title', 'a.publishedOn', 'a.language'])
    .where('a.id', 'in', page)
    .orderBy('a.publishedOn', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}
