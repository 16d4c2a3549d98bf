import 'server-only';
import { db } from '@/lib/db';
import type { EventType, Language } from '@/lib/extract/types';
import type { SelectQueryBuilder } from 'kysely';
import type { Tables } from '@/lib/database/tables';

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

type ArticleQuery = SelectQueryBuilder<Tables & { a: Tables['Article'] }, 'a', object>;

const entityIdOf = (key: string) => db.$kysely.selectFrom('Entity').select('id').where('key', '=', key);

/** The list's filters on the articles `a`. */
function filtered(query: ArticleQuery, filter: ArticleListFilter): ArticleQuery {
  let narrowed = query;
  if (filter.language) narrowed = narrowed.where('a.language', '=', filter.language);
  if (filter.source) {
    narrowed = narrowed.where('a.sourceId', '=', db.$kysely.selectFrom('Source').select('id').where('name', '=', filter.source));
  }
  if (filter.from) narrowed = narrowed.where('a.publishedOn', '>=', filter.from);
  if (filter.to) narrowed = narrowed.where('a.publishedOn', '<=', filter.to);
  if (filter.entityKey) {
    const mentioning = db.$kysely.selectFrom('EntityArticle').select('articleId').where('entityId', '=', entityIdOf(filter.entityKey));
    narrowed = narrowed.where('a.id', 'in', mentioning);
  }
  if (filter.eventType) {
    narrowed = narrowed.where('a.id', 'in', db.$kysely.selectFrom('Event').select('articleId').where('type', '=', filter.eventType));
  }
  if (filter.pair) {
    const [a, b] = [entityIdOf(filter.pair.a), entityIdOf(filter.pair.b)];
    const evidencing = db.$kysely
      .selectFrom('RelationEvidence as e')
      .innerJoin('PlaceRelation as r', 'r.id', 'e.relationId')
      .select('e.articleId')
      .where((eb) => eb.or([eb.and([eb('r.aId', '=', a), eb('r.bId', '=', b)]), eb.and([eb('r.aId', '=', b), eb('r.bId', '=', a)])]));
    narrowed = narrowed.where('a.id', 'in', evidencing);
  }
  return narrowed;
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
  let query = filtered(db.$kysely.selectFrom('Article as a'), filter);
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('a.publishedOn', 'a.id'), order === 'newest' ? '<' : '>', eb.tuple(after.publishedOn, after.id)),
    );
  }
  const direction = order === 'newest' ? 'desc' : 'asc';
  const rows = await query
    .leftJoin('Source as s', 's.id', 'a.sourceId')
    .select((eb) => [
      'a.id',
      'a.slug',
      'a.title',
      'a.publishedOn',
      'a.language',
      's.name as source',
      eb.fn<string>('substr', ['a.body', eb.val(1), eb.val(LEAD_CHARS)]).as('lead'),
    ])
    .orderBy('a.publishedOn', direction)
    .orderBy('a.id', direction)
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id), language: row.language }));
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
