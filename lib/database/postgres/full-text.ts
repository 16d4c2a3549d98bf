import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import { EVERY_ARTICLE_TOKEN } from '@/lib/extract/search/compile-match';
import { compileTsquery, tsqueryLexeme } from '@/lib/extract/search/compile-tsquery';
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

/**
 * The SQL function (migration `article_search_matches`) that returns the key and article id of
 * every row matching a tsquery, always found by a bitmap of the GIN index: each matching row is
 * then read for its key, its tsvector left untouched unless the tsquery needs positions or weights.
 * Left to itself the planner may instead walk the key index (or the table) and test each row's
 * tsvector, read from its TOAST table: tens of microseconds a row, and every row of the table for
 * a word that matches nothing.
 */
const MATCHES_FUNCTION = 'articleSearchMatches';

interface MatchRow {
  key: number;
  articleId: number;
}

/** The common table expressions a statement shares its matches in: one per distinct tsquery. */
type SharedMatches = Record<`matches${number}`, MatchRow>;

const withShared = (kysely: Kysely<Tables>) => kysely.withTables<{ ArticleSearch: ArticleSearchTable } & SharedMatches>();

/** Every row holds this token (index-tokens.ts, metaTokens): a query of it alone matches the whole index. */
const EVERY_ARTICLE = tsqueryLexeme(EVERY_ARTICLE_TOKEN);

type MatchRows = SelectQueryBuilder<Tables & SharedMatches & { m: MatchRow }, 'm', object>;

/** The rows matching a tsquery, as `m`. */
function matchesOf(kysely: Kysely<Tables>, tsquery: string): MatchRows {
  return withShared(kysely).selectFrom(sql<MatchRow>`${sql.id(MATCHES_FUNCTION)}(CAST(${tsquery} AS tsquery))`.as('m'));
}

function inRange(rows: MatchRows, scope: { low: number; high: number }): MatchRows {
  if (scope.low === 0 && scope.high === Number.MAX_SAFE_INTEGER) return rows;
  return rows.where('m.key', '>=', scope.low).where('m.key', '<=', scope.high);
}

/**
 * The index reads of one statement over these scopes (lib/data/search.ts's sub-scans: the total,
 * the page, samples, a count per year). Each distinct tsquery's matches are found once, by the
 * GIN index, into a materialized common table expression, and every sub-scan of that tsquery
 * counts, orders and limits those rows by key: a GIN index yields its matches in no useful order,
 * so reading them once and sorting them in memory is what the sub-scans can share. A query that
 * matches every article reads the key index itself. Ranking reads the tsvectors of the ranked
 * window only.
 */
export function prepareIndexReads(kysely: Kysely<Tables>, scopes: readonly MatchScope[]) {
  const shared = new Map<string, { name: `matches${number}`; low: number; high: number }>();
  for (const scope of scopes) {
    const tsquery = compileTsquery(scope.plan);
    if (tsquery === EVERY_ARTICLE) continue;
    const known = shared.get(tsquery);
    if (known) {
      known.low = Math.min(known.low, scope.low);
      known.high = Math.max(known.high, scope.high);
    } else shared.set(tsquery, { name: `matches${shared.size}`, low: scope.low, high: scope.high });
  }
  let statement: QueryCreator<Tables> = kysely;
  for (const [tsquery, { name, low, high }] of shared) {
    statement = statement.with(
      (cte) => cte(name).materialized(),
      () => inRange(matchesOf(kysely, tsquery), { low, high }).select(['m.key', 'm.articleId']),
    ) as unknown as QueryCreator<Tables>;
  }

  /** The rows matching a scope (as `m`): its shared matches, else the whole index or its own. */
  const matching = (scope: MatchScope): MatchRows => {
    const tsquery = compileTsquery(scope.plan);
    const sharedName = shared.get(tsquery)?.name;
    const rows =
      tsquery === EVERY_ARTICLE
        ? (withShared(kysely).selectFrom('ArticleSearch as m') as unknown as MatchRows)
        : sharedName
          ? (withShared(kysely).selectFrom(`${sharedName} as m`) as unknown as MatchRows)
          : matchesOf(kysely, tsquery);
    return inRange(rows, scope);
  };

  return {
    /** Where the statement begins: the shared matches are its common table expressions. */
    statement,

    /** The article ids (column `id`) of the newest `limit` matches, newest first. */
    newestMatchingArticleIds: (scope: MatchScope, limit: number) => matching(scope).select('m.articleId as id').orderBy('m.key', 'desc').limit(limit),

    /** A page of the matches' keys, newest or oldest first. */
    matchingKeysInOrder: (scope: MatchScope, order: 'newest' | 'oldest', limit: number, offset: number) =>
      matching(scope)
        .select('m.key')
        .orderBy('m.key', order === 'newest' ? 'desc' : 'asc')
        .limit(limit)
        .offset(offset),

    /** A page of the newest `window` matches' keys by relevance, the newer first among equals. */
    rankedMatchingKeys: (scope: MatchScope, window: number, limit: number, offset: number) => {
      const newest = matching(scope).select('m.key').orderBy('m.key', 'desc').limit(window);
      const ranked = withShared(kysely)
        .selectFrom('ArticleSearch')
        .select(['key', sql<number>`ts_rank(${RANK_WEIGHTS}, ${sql.ref('document')}, CAST(${compileTsquery(scope.plan)} AS tsquery))`.as('rank')])
        .where('key', 'in', newest);
      return withShared(kysely)
        .selectFrom(ranked.as('newest'))
        .select('key')
        .orderBy('rank', 'desc')
        .orderBy('key', 'desc')
        .limit(limit)
        .offset(offset);
    },

    /** How many rows match, counted up to `bound` and no further (a one-value query). */
    boundedMatchCount: (scope: MatchScope, bound: number) => {
      const matches = matching(scope)
        .select((eb) => eb.lit(1).as('one'))
        .limit(bound);
      return withShared(kysely).selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll<number | bigint>().as('n'));
    },
  };
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
