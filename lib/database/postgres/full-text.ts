import { sql, type Kysely, type QueryCreator, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { EVERY_ARTICLE_TOKEN } from '@/lib/extract/search/compile-match';
import { compileTsquery, tsqueryLexeme } from '@/lib/extract/search/compile-tsquery';
import { ARTICLE_ID_BITS } from '@/lib/extract/search/search-key';
import type { ArticleSearchEntry, MatchScope } from '../full-text-scope';
import type { Tables } from '../tables';
import { tsvectorOf } from './tsvector';

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

/**
 * The SQL function (migration `article_search_keys`) that returns the keys of the rows matching a
 * tsquery within a range, sorted, as one array. It finds them by a bitmap of the GIN index only:
 * each matching row is read for its key, its tsvector left untouched unless the tsquery needs
 * positions or weights. Left to itself the planner may instead walk the key index (or the table)
 * and test each row's tsvector, read from its TOAST table: tens of microseconds a row, and every
 * row of the table for a word that matches nothing.
 */
const KEYS_FUNCTION = 'articleSearchKeys';

/** `key % ID_SPAN` is the article id. */
const ID_SPAN = 2 ** ARTICLE_ID_BITS;

/** Every row holds this token (index-tokens.ts, metaTokens): a query of it alone matches the whole index. */
const EVERY_ARTICLE = tsqueryLexeme(EVERY_ARTICLE_TOKEN);

/** A tsquery's matches as one value: their keys in ascending order. */
interface SortedKeys {
  keys: number[];
}

/** The common table expressions a statement shares its matches in: one per distinct tsquery. */
type SharedKeys = Record<`matches${number}`, SortedKeys>;

type KeysSource = SelectQueryBuilder<Tables & SharedKeys & { m: SortedKeys }, 'm', object>;

const withShared = (kysely: Kysely<Tables>) => kysely.withTables<{ ArticleSearch: ArticleSearchTable } & SharedKeys & { m: SortedKeys }>();

type Range = Pick<MatchScope, 'low' | 'high'>;

const wholeIndex = ({ low, high }: Range) => low === 0 && high === Number.MAX_SAFE_INTEGER;

/** The sorted keys of the rows matching a tsquery with keys in the range: a one-row query, column `keys`. */
function sortedKeysOf(kysely: Kysely<Tables>, tsquery: string, { low, high }: Range) {
  return kysely.selectNoFrom(
    sql<number[]>`${sql.id(KEYS_FUNCTION)}(CAST(${tsquery} AS tsquery), CAST(${low} AS bigint), CAST(${high} AS bigint))`.as('keys'),
  );
}

/** How many of the sorted keys are at most `value` (a binary search: `width_bucket` over an array of bounds). */
const keysUpTo = (value: number) => sql<number>`width_bucket(CAST(${value} AS bigint), ${sql.ref('m.keys')})`;

/** The sorted keys from position `from` to `to` (1-based, inclusive; empty when `to` < `from`), one row each as `key`. */
function keysBetween(source: KeysSource, from: RawBuilder<number>, to: RawBuilder<number>) {
  return source.select(sql<number>`unnest(${sql.ref('m.keys')}[${from}:${to}])`.as('key'));
}

/**
 * The reads of one scope from its tsquery's sorted keys: the keys in the scope's range are one
 * stretch of the array, found by two binary searches, so a count is a subtraction and a page of
 * the newest or oldest is a slice, whatever the number of matches.
 */
function sortedKeyReads(kysely: Kysely<Tables>, source: KeysSource, scope: Range) {
  /** Positions of the first and the last key in the range. */
  const first = sql<number>`(${keysUpTo(scope.low - 1)} + 1)`;
  const last = keysUpTo(scope.high);
  const inOrder = (order: 'newest' | 'oldest', limit: number, offset: number) => {
    const keys =
      order === 'newest'
        ? keysBetween(source, sql<number>`greatest(${first}, ${last} - ${offset + limit - 1})`, sql<number>`(${last} - ${offset})`)
        : keysBetween(source, sql<number>`(${first} + ${offset})`, sql<number>`least(${last}, ${first} + ${offset + limit - 1})`);
    return withShared(kysely)
      .selectFrom(keys.as('page'))
      .orderBy('page.key', order === 'newest' ? 'desc' : 'asc');
  };
  return {
    newestArticleIds: (limit: number) => inOrder('newest', limit, 0).select(sql<number>`CAST(${sql.ref('page.key')} % ${sql.lit(ID_SPAN)} AS integer)`.as('id')),
    keysInOrder: (order: 'newest' | 'oldest', limit: number, offset: number) => inOrder(order, limit, offset).select('page.key'),
    boundedCount: (bound: number) => source.select(sql<number>`least(${last} - ${first} + 1, ${bound})`.as('n')),
  };
}

/** The same reads from the key index itself, for a query that matches every row. */
function wholeIndexReads(kysely: Kysely<Tables>, scope: Range) {
  const rows = withShared(kysely)
    .selectFrom('ArticleSearch')
    .$if(!wholeIndex(scope), (rows) => rows.where('key', '>=', scope.low).where('key', '<=', scope.high));
  const inOrder = (order: 'newest' | 'oldest', limit: number, offset: number) =>
    rows
      .orderBy('key', order === 'newest' ? 'desc' : 'asc')
      .limit(limit)
      .offset(offset);
  return {
    newestArticleIds: (limit: number) => inOrder('newest', limit, 0).select('articleId as id'),
    keysInOrder: (order: 'newest' | 'oldest', limit: number, offset: number) => inOrder(order, limit, offset).select('key'),
    boundedCount: (bound: number) =>
      withShared(kysely)
        .selectFrom(rows.select((eb) => eb.lit(1).as('one')).limit(bound).as('matches'))
        .select((eb) => eb.fn.countAll<number | bigint>().as('n')),
  };
}

/**
 * The index reads of one statement over these scopes (lib/data/search.ts's sub-scans: the total,
 * the page, samples, a count per year). A GIN index yields its matches in no useful order: each
 * distinct tsquery's matches are found once, through the GIN index (articleSearchKeys), and
 * kept as one sorted array of keys in a common table expression, which every sub-scan of that
 * tsquery reads by binary search and slicing. A query that matches every row reads the key index
 * instead. Ranking reads the tsvectors of the ranked window only.
 */
export function prepareIndexReads(kysely: Kysely<Tables>, scopes: readonly MatchScope[]) {
  const shared = new Map<string, { name: `matches${number}` } & Range>();
  for (const scope of scopes) {
    const tsquery = compileTsquery(scope.plan, 'match');
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
      () => sortedKeysOf(kysely, tsquery, { low, high }),
    ) as unknown as QueryCreator<Tables>;
  }

  const readsOf = (scope: MatchScope) => {
    const tsquery = compileTsquery(scope.plan, 'match');
    if (tsquery === EVERY_ARTICLE) return wholeIndexReads(kysely, scope);
    const name = shared.get(tsquery)?.name;
    const source = name
      ? withShared(kysely).selectFrom(`${name} as m`)
      : withShared(kysely).selectFrom(sortedKeysOf(kysely, tsquery, scope).as('m'));
    return sortedKeyReads(kysely, source as KeysSource, scope);
  };

  return {
    /** Where the statement begins: the shared matches are its common table expressions. */
    statement,

    /** The article ids (column `id`) of the newest `limit` matches, newest first. */
    newestMatchingArticleIds: (scope: MatchScope, limit: number) => readsOf(scope).newestArticleIds(limit),

    /** A page of the matches' keys, newest or oldest first. */
    matchingKeysInOrder: (scope: MatchScope, order: 'newest' | 'oldest', limit: number, offset: number) => readsOf(scope).keysInOrder(order, limit, offset),

    /** A page of the newest `window` matches' keys by relevance, the newer first among equals. */
    rankedMatchingKeys: (scope: MatchScope, window: number, limit: number, offset: number) => {
      const ranked = withShared(kysely)
        .selectFrom('ArticleSearch')
        .select(['key', sql<number>`ts_rank(${RANK_WEIGHTS}, ${sql.ref('document')}, CAST(${compileTsquery(scope.plan, 'rank')} AS tsquery))`.as('rank')])
        .where('key', 'in', readsOf(scope).keysInOrder('newest', window, 0));
      return withShared(kysely)
        .selectFrom(ranked.as('newest'))
        .select('key')
        .orderBy('rank', 'desc')
        .orderBy('key', 'desc')
        .limit(limit)
        .offset(offset);
    },

    /** How many rows match, counted up to `bound` and no further (a one-value query). */
    boundedMatchCount: (scope: MatchScope, bound: number) => readsOf(scope).boundedCount(bound),
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
