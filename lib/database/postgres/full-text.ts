import { sql, type Kysely } from 'kysely';
import { compileTsquery } from '@/lib/extract/search/compile-tsquery';
import type { ArticleSearchEntry, MatchScope } from '../full-text-scope';
import type { Tables } from '../tables';

/**
 * The full-text index on PostgreSQL: "ArticleSearch" (prisma/postgresql/postgresql-only.prisma),
 * one row per article with the SQLite index's search key and a tsvector of the same tokens, under
 * a GIN index. Queries are tsqueries compiled from the same plans (compile-tsquery.ts); relevance
 * is ts_rank with the title weighing five times the body, as BM25 weighs it on SQLite.
 */

interface ArticleSearchTable {
  key: number;
  articleId: number;
  document: string;
}

const withIndex = (kysely: Kysely<Tables>) => kysely.withTables<{ ArticleSearch: ArticleSearchTable }>();

/**
 * The tsvector's weights: A title forms, B body forms (phrases are sought in these two), C title
 * lemmas, D body lemmas, entity and meta tokens. ts_rank's weights are given D, C, B, A.
 */
const RANK_WEIGHTS = sql.lit('{0.1, 0.5, 0.2, 1.0}');

/** PostgreSQL keeps positions 1 to 16,383, and at most 256 of them per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

/**
 * The tsvector literal of an article's tokens: each token a lexeme, at its word's position with
 * its column's weight (positions run on across the columns, so a phrase never spans two).
 */
export function tsvectorOf(entry: ArticleSearchEntry): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (tokens: string, weight: 'A' | 'B' | 'C' | 'D') => {
    for (const token of tokens.split(' ')) {
      if (!token) continue;
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
  };
  add(entry.title, 'A');
  add(entry.body, 'B');
  add(entry.titleLemmas, 'C');
  add(entry.bodyLemmas, 'D');
  add(entry.entities, 'D');
  add(entry.meta, 'D');
  return [...positions].map(([token, at]) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${at.join(',')}`).join(' ');
}

function matching(kysely: Kysely<Tables>, { plan, low, high }: MatchScope) {
  const rows = withIndex(kysely)
    .selectFrom('ArticleSearch')
    .where(sql<boolean>`${sql.ref('document')} @@ CAST(${compileTsquery(plan)} AS tsquery)`);
  if (low === 0 && high === Number.MAX_SAFE_INTEGER) return rows;
  return rows.where('key', '>=', low).where('key', '<=', high);
}

/** The article ids (column `id`) of the newest `limit` matches, newest first. */
export function newestMatchingArticleIds(kysely: Kysely<Tables>, scope: MatchScope, limit: number) {
  return matching(kysely, scope).select('articleId as id').orderBy('key', 'desc').limit(limit);
}

/** A page of the matches' keys, newest or oldest first. */
export function matchingKeysInOrder(kysely: Kysely<Tables>, scope: MatchScope, order: 'newest' | 'oldest', limit: number, offset: number) {
  return matching(kysely, scope)
    .select('key')
    .orderBy('key', order === 'newest' ? 'desc' : 'asc')
    .limit(limit)
    .offset(offset);
}

/** A page of the newest `window` matches' keys by relevance, the newer first among equals. */
export function rankedMatchingKeys(kysely: Kysely<Tables>, scope: MatchScope, window: number, limit: number, offset: number) {
  const query = compileTsquery(scope.plan);
  const newest = matching(kysely, scope)
    .select(['key', sql<number>`ts_rank(${RANK_WEIGHTS}, ${sql.ref('document')}, CAST(${query} AS tsquery))`.as('rank')])
    .orderBy('key', 'desc')
    .limit(window);
  return withIndex(kysely)
    .selectFrom(newest.as('newest'))
    .select('key')
    .orderBy('rank', 'desc')
    .orderBy('key', 'desc')
    .limit(limit)
    .offset(offset);
}

/** How many rows match, counted up to `bound` and no further (a one-value query). */
export function boundedMatchCount(kysely: Kysely<Tables>, scope: MatchScope, bound: number) {
  const matches = matching(kysely, scope)
    .select((eb) => eb.lit(1).as('one'))
    .limit(bound);
  return withIndex(kysely).selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll<number | bigint>().as('n'));
}

/** Adds the rows to the index in one statement; their keys must not be there yet. */
export async function writeArticleSearchRows(kysely: Kysely<Tables>, entries: readonly ArticleSearchEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await withIndex(kysely)
    .insertInto('ArticleSearch')
    .values(entries.map((entry) => ({ key: entry.key, articleId: entry.articleId, document: sql<string>`CAST(${tsvectorOf(entry)} AS tsvector)` })))
    .execute();
}

/** Removes these articles' rows (ingestion calls it with the articles it deletes or replaces). */
export async function removeArticleSearchRows(kysely: Kysely<Tables>, articleIds: readonly number[]): Promise<void> {
  if (articleIds.length === 0) return;
  await withIndex(kysely).deleteFrom('ArticleSearch').where('articleId', 'in', articleIds).execute();
}

/** How many rows the index holds. */
export async function countArticleSearchRows(kysely: Kysely<Tables>): Promise<number> {
  const row = await withIndex(kysely)
    .selectFrom('ArticleSearch')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Empties the index. */
export async function deleteAllArticleSearchRows(kysely: Kysely<Tables>): Promise<void> {
  await withIndex(kysely).deleteFrom('ArticleSearch').execute();
}

/** Nothing to merge: a GIN index has no segments. Statistics for the planner instead. */
export async function optimizeArticleSearch(kysely: Kysely<Tables>): Promise<void> {
  await sql`ANALYZE ${sql.table('ArticleSearch')}`.execute(kysely);
}
