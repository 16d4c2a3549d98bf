import 'server-only';
import { db } from '@/lib/db';
import type { EventType, Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';

/** Which articles a list, a feed or an export holds; every filter narrows it. */
export interface ArticleListFilter {
  language?: Language;
  /** A source's name. */
  source?: string;
  /** Articles that mention this entity (by key). */
  entityKey?: string;
  /** Articles that give evidence of a relation between these two places (by key, either way round). */
  pair?: { a: string; b: string };
  /** Articles that report an event of this type. */
  eventType?: EventType;
  /** Publication days, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

export type ArticleOrder = 'newest' | 'oldest';

/** Where a page of the list starts: after this article in the list's order. */
export interface ArticlePosition {
  publishedOn: string;
  id: number;
}

export interface ArticleListItemDto {
  id: number;
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
  source: string | null;
  /** The opening of the body, at most LEAD_CHARS characters. */
  lead: string;
}

export const LEAD_CHARS = 400;

const entityId = (key: string) => Prisma.sql`(SELECT "id" FROM "Entity" WHERE "key" = ${key})`;

function conditionsOf(filter: ArticleListFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.language) conditions.push(Prisma.sql`a."language" = ${filter.language}`);
  if (filter.source) conditions.push(Prisma.sql`a."sourceId" = (SELECT "id" FROM "Source" WHERE "name" = ${filter.source})`);
  if (filter.from) conditions.push(Prisma.sql`a."publishedOn" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`a."publishedOn" <= ${filter.to}`);
  if (filter.entityKey) conditions.push(Prisma.sql`a."id" IN (SELECT "articleId" FROM "Mention" WHERE "entityId" = ${entityId(filter.entityKey)})`);
  if (filter.eventType) conditions.push(Prisma.sql`a."id" IN (SELECT "articleId" FROM "Event" WHERE "type" = ${filter.eventType})`);
  if (filter.pair) {
    const [a, b] = [entityId(filter.pair.a), entityId(filter.pair.b)];
    conditions.push(Prisma.sql`a."id" IN (SELECT e."articleId" FROM "RelationEvidence" e JOIN "PlaceRelation" r ON r."id" = e."relationId"
      WHERE (r."aId" = ${a} AND r."bId" = ${b}) OR (r."aId" = ${b} AND r."bId" = ${a}))`);
  }
  return conditions;
}

/**
 * A page of articles in publication order (newest or oldest first, then by id), starting after
 * `after`: a keyset page, so a deep page costs what the first does and a list read page by page
 * while articles arrive neither repeats nor skips one.
 */
export async function listArticlesAfter(
  filter: ArticleListFilter,
  order: ArticleOrder,
  after: ArticlePosition | null,
  limit: number,
): Promise<ArticleListItemDto[]> {
  const conditions = conditionsOf(filter);
  if (after) {
    conditions.push(
      order === 'newest'
        ? Prisma.sql`(a."publishedOn", a."id") < (${after.publishedOn}, ${after.id})`
        : Prisma.sql`(a."publishedOn", a."id") > (${after.publishedOn}, ${after.id})`,
    );
  }
  const where = conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`1`;
  const direction = order === 'newest' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db.$queryRaw<
    { id: number; slug: string; title: string | null; publishedOn: string; language: string; source: string | null; lead: string }[]
  >`
    SELECT a."id", a."slug", a."title", a."publishedOn", a."language", s."name" AS "source", substr(a."body", 1, ${LEAD_CHARS}) AS "lead"
    FROM "Article" a LEFT JOIN "Source" s ON s."id" = a."sourceId"
    WHERE ${where}
    ORDER BY a."publishedOn" ${direction}, a."id" ${direction}
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, id: Number(row.id), language: row.language as Language }));
}

/** Every matching article in order, a batch at a time (constant memory however many there are). */
export async function* streamArticles(filter: ArticleListFilter, order: ArticleOrder, batch = 1_000): AsyncGenerator<ArticleListItemDto[]> {
  let after: ArticlePosition | null = null;
  for (;;) {
    const page = await listArticlesAfter(filter, order, after, batch);
    if (page.length > 0) yield page;
    if (page.length < batch) return;
    const last = page[page.length - 1]!;
    after = { publishedOn: last.publishedOn, id: last.id };
  }
}
