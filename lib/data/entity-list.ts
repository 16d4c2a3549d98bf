import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType } from '@/lib/extract/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { nameIn, roleIn } from './localize';

export interface EntityListFilter {
  type?: EntityType;
  /** Known (from the gazetteer) or candidate entities only. */
  known?: boolean;
  /** Part of a name in any language, or of the key. */
  query?: string;
}

export interface EntityListItemDto {
  key: string;
  type: EntityType;
  known: boolean;
  /** In the UI locale. */
  name: string;
  names: { kk: string; ru: string; en: string; zh: string | null };
  role: string | null;
  coordinates: { lat: number; lon: number } | null;
  mentionCount: number;
  articleCount: number;
}

/** A page of entities in key order, starting after the key `after` (a keyset page). */
export async function listEntitiesAfter(locale: AppLocale, filter: EntityListFilter, after: string | null, limit: number): Promise<EntityListItemDto[]> {
  const where: Prisma.EntityWhereInput = {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.known === undefined ? {} : { known: filter.known }),
    ...(after === null ? {} : { key: { gt: after } }),
  };
  if (filter.query) {
    const query = filter.query;
    where.OR = [{ key: { contains: query } }, { nameKk: { contains: query } }, { nameRu: { contains: query } }, { nameEn: { contains: query } }];
  }
  const rows = await db.entity.findMany({
    where,
    orderBy: { key: 'asc' },
    take: limit,
    select: {
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
      lat: true,
      lon: true,
      mentionCount: true,
      articleCount: true,
    },
  });
  return rows.map((row) => ({
    key: row.key,
    type: row.type,
    known: row.known,
    name: nameIn(locale, row),
    names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn, zh: row.nameZh },
    role: roleIn(locale, row),
    coordinates: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
  }));
}

/** An entity as a node of the co-mention network. */
export interface NetworkEntityDto {
  id: number;
  key: string;
  type: EntityType;
  name: string;
  articleCount: number;
}

/** Entities named in at least `minArticles` articles, by id from `afterId` (a keyset page): the co-mention network's nodes. */
export async function listNetworkEntitiesAfter(locale: AppLocale, minArticles: number, afterId: number, limit: number): Promise<NetworkEntityDto[]> {
  const rows = await db.entity.findMany({
    where: { articleCount: { gte: minArticles }, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, key: true, type: true, nameKk: true, nameRu: true, nameEn: true, articleCount: true },
  });
  return rows.map((row) => ({ id: row.id, key: row.key, type: row.type, name: nameIn(locale, row), articleCount: row.articleCount }));
}

/** Two entities named in the same articles, and how many (the CoMention aggregate, each pair once). */
export interface CoMentionDto {
  entityId: number;
  otherId: number;
  a: string;
  b: string;
  articles: number;
}

/** Pairs of entities (both in at least `minArticles` articles) named together, in (entity, other) order after `after`. */
export async function listCoMentionsAfter(minArticles: number, after: { entityId: number; otherId: number }, limit: number): Promise<CoMentionDto[]> {
  const rows = await db.$kysely
    .selectFrom('CoMention as c')
    .innerJoin('Entity as x', 'x.id', 'c.entityId')
    .innerJoin('Entity as y', 'y.id', 'c.otherId')
    .select(['c.entityId', 'c.otherId', 'x.key as a', 'y.key as b', 'c.articles'])
    .where((eb) => eb(eb.refTuple('c.entityId', 'c.otherId'), '>', eb.tuple(after.entityId, after.otherId)))
    .where('x.articleCount', '>=', minArticles)
    .where('y.articleCount', '>=', minArticles)
    .orderBy('c.entityId')
    .orderBy('c.otherId')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, entityId: Number(row.entityId), otherId: Number(row.otherId), articles: Number(row.articles) }));
}
