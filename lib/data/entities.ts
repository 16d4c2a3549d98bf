import 'server-only';
import { cache } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, Language } from '@/lib/extract/types';
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
      _count: { select: { mentions: true } },
    },
  });
  if (!row) return null;
  const [parent, articleGroups] = await Promise.all([
    row.parentKey
      ? db.entity.findUnique({ where: { key: row.parentKey }, select: { key: true, nameKk: true, nameRu: true, nameEn: true } })
      : null,
    db.mention.groupBy({ by: ['articleId'], where: { entityId: row.id } }),
  ]);
  return {
    key: row.key,
    type: row.type as EntityType,
    known: row.known,
    name: nameIn(locale, row),
    names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
    role: roleIn(locale, row),
    country: row.country,
    parent: parent ? { key: parent.key, name: nameIn(locale, parent) } : null,
    coordinates: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    aliases: row.aliases,
    mentionCount: row._count.mentions,
    articleCount: articleGroups.length,
  };
});

export interface MonthCountDto {
  month: string;
  count: number;
}

/** Mentions of an entity per month of publication, gaps filled with zeros. */
export async function getEntityMentionTimeline(key: string): Promise<MonthCountDto[]> {
  const rows = await db.$queryRaw<{ month: string; mentions: bigint | number }[]>`
    SELECT substr(a.publishedOn, 1, 7) AS month, COUNT(*) AS mentions
    FROM Mention m JOIN Article a ON a.id = m.articleId JOIN Entity e ON e.id = m.entityId
    WHERE e.key = ${key}
    GROUP BY month`;
  const counts = new Map(rows.map((r) => [r.month, Number(r.mentions)]));
  return monthRange([...counts.keys()]).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

export interface RelatedEntityDto {
  key: string;
  type: EntityType;
  name: string;
  sharedArticles: number;
}

/** Entities named in the same articles, the most often first. */
export async function listCoMentionedEntities(key: string, locale: AppLocale, limit = 12): Promise<RelatedEntityDto[]> {
  const rows = await db.$queryRaw<
    { key: string; type: string; nameKk: string; nameRu: string; nameEn: string; shared: bigint | number }[]
  >`
    SELECT o.key, o.type, o.nameKk, o.nameRu, o.nameEn, COUNT(DISTINCT om.articleId) AS shared
    FROM Entity e
    JOIN Mention em ON em.entityId = e.id
    JOIN Mention om ON om.articleId = em.articleId AND om.entityId <> e.id
    JOIN Entity o ON o.id = om.entityId
    WHERE e.key = ${key}
    GROUP BY o.id
    ORDER BY shared DESC, o.key
    LIMIT ${limit}`;
  return rows.map((r) => ({ key: r.key, type: r.type as EntityType, name: nameIn(locale, r), sharedArticles: Number(r.shared) }));
}

/** Articles that mention the entity, newest first. */
export async function listEntityArticles(key: string, limit = 20): Promise<ArticleSummaryDto[]> {
  const rows = await db.article.findMany({
    where: { mentions: { some: { entity: { key } } } },
    orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { slug: true, title: true, publishedOn: true, language: true },
  });
  return rows.map((r) => ({ ...r, language: r.language as Language }));
}
