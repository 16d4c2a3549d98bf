import { sql, type ColumnType, type Kysely, type QueryCreator } from 'kysely';
import { compileMatch } from '@/lib/extract/search/compile-match';
import { ARTICLE_ID_BITS } from '@/lib/extract/search/search-key';
import type { ArticleSearchEntry, MatchScope } from '../full-text-scope';
import type { Tables } from '../tables';

/**
 * The full-text index on SQLite: "ArticleSearch", an FTS5 table (migration `full_text_search`)
 * whose row numbers are the search keys (publication day, then article id), so the newest or
 * oldest matches are its first rows one way or the other and a period is a range of row numbers.
 * Everything FTS5 asks for is here: MATCH, the row numbers, BM25 (`rank`, weighted by the
 * migration's configuration) and the table's commands. lib/data/search.ts reads the index only
 * through the queries below, lib/ingest/search-index.ts writes it only through the functions below.
 */

/**
 * One article's row: `rowid` is the search key (publication day, then article id;
 * lib/extract/search/search-key.ts), the other columns space-separated tokens.
 */
interface ArticleSearchTable {
  rowid: number;
  title: string;
  body: string;
  titleLemmas: string;
  bodyLemmas: string;
  entities: string;
  meta: string;
}

const INDEX_TABLE = 'ArticleSearch';
/** `key % ID_SPAN` is the article id. */
const ID_SPAN = 2 ** ARTICLE_ID_BITS;

/** FTS5's hidden columns: the one named after the table (MATCH's left side, the commands' column) and BM25's `rank`. */
interface HiddenColumns {
  ArticleSearch: ColumnType<string, string | undefined, never>;
  rank: ColumnType<number, never, never>;
}

const withIndex = (kysely: Kysely<Tables>) => kysely.withTables<{ ArticleSearch: ArticleSearchTable & HiddenColumns }>();

/**
 * The rows matching the scope. The bounds are cast: the driver binds JavaScript numbers as REAL,
 * and FTS5 seeks only on INTEGER row numbers (with a REAL bound it reads every match and leaves the
 * comparison to SQLite, 50–100 times slower).
 */
function matching(kysely: Kysely<Tables>, { plan, low, high }: MatchScope) {
  const rows = withIndex(kysely).selectFrom('ArticleSearch').where('ArticleSearch', 'match', compileMatch(plan));
  if (low === 0 && high === Number.MAX_SAFE_INTEGER) return rows;
  return rows.where('rowid', '>=', (eb) => eb.cast<number>(eb.val(low), 'integer')).where('rowid', '<=', (eb) => eb.cast<number>(eb.val(high), 'integer'));
}

/** The article ids (column `id`) of the newest `limit` matches, newest first. */
function newestMatchingArticleIds(kysely: Kysely<Tables>, scope: MatchScope, limit: number) {
  return matching(kysely, scope)
    .select((eb) => eb('rowid', '%', ID_SPAN).as('id'))
    .orderBy('rowid', 'desc')
    .limit(limit);
}

/** A page of the matches' keys, newest or oldest first. */
function matchingKeysInOrder(kysely: Kysely<Tables>, scope: MatchScope, order: 'newest' | 'oldest', limit: number, offset: number) {
  return matching(kysely, scope)
    .select('rowid as key')
    .orderBy('rowid', order === 'newest' ? 'desc' : 'asc')
    .limit(limit)
    .offset(offset);
}

/** A page of the newest `window` matches' keys by relevance (BM25), the newer first among equals. */
function rankedMatchingKeys(kysely: Kysely<Tables>, scope: MatchScope, window: number, limit: number, offset: number) {
  const newest = matching(kysely, scope).select(['rowid as key', 'rank']).orderBy('rowid', 'desc').limit(window);
  return withIndex(kysely)
    .selectFrom(newest.as('newest'))
    .select('key')
    .orderBy('rank')
    .orderBy('key', 'desc')
    .limit(limit)
    .offset(offset);
}

/** How many rows match, counted up to `bound` and no further (a one-value query). */
function boundedMatchCount(kysely: Kysely<Tables>, scope: MatchScope, bound: number) {
  const matches = matching(kysely, scope)
    .select((eb) => eb.lit(1).as('one'))
    .limit(bound);
  return kysely.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll<number | bigint>().as('n'));
}

/**
 * The index reads of one statement over these scopes (lib/data/search.ts's sub-scans). FTS5 walks
 * each sub-scan's matches in row order and stops at its limit: there is nothing to share between
 * them, so the statement begins on the client itself.
 */
export function prepareIndexReads(kysely: Kysely<Tables>, _scopes: readonly MatchScope[]) {
  return {
    /** Where the statement begins. */
    statement: kysely as QueryCreator<Tables>,
    newestMatchingArticleIds: (scope: MatchScope, limit: number) => newestMatchingArticleIds(kysely, scope, limit),
    matchingKeysInOrder: (scope: MatchScope, order: 'newest' | 'oldest', limit: number, offset: number) => matchingKeysInOrder(kysely, scope, order, limit, offset),
    rankedMatchingKeys: (scope: MatchScope, window: number, limit: number, offset: number) => rankedMatchingKeys(kysely, scope, window, limit, offset),
    boundedMatchCount: (scope: MatchScope, bound: number) => boundedMatchCount(kysely, scope, bound),
  };
}

/** Adds the rows to the index in one statement; their keys must not be there yet. */
export async function writeArticleSearchRows(kysely: Kysely<Tables>, entries: readonly ArticleSearchEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(({ key, title, body, titleLemmas, bodyLemmas, entities, meta }) => ({ rowid: key, title, body, titleLemmas, bodyLemmas, entities, meta }));
  await withIndex(kysely).insertInto('ArticleSearch').values(rows).execute();
}

/** How many rows the index holds. */
export async function countArticleSearchRows(kysely: Kysely<Tables>): Promise<number> {
  const row = await withIndex(kysely)
    .selectFrom('ArticleSearch')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** FTS5's commands: a row inserted into the hidden column named after the table. */
async function runCommand(kysely: Kysely<Tables>, command: 'delete-all' | 'optimize'): Promise<void> {
  await sql`INSERT INTO ${sql.table(INDEX_TABLE)} (${sql.ref(INDEX_TABLE)}) VALUES (${sql.lit(command)})`.execute(kysely);
}

/** Empties the index. */
export async function deleteAllArticleSearchRows(kysely: Kysely<Tables>): Promise<void> {
  await runCommand(kysely, 'delete-all');
}

/** Merges the index's segments into one (after a rebuild): fewer segments to read per query. */
export async function optimizeArticleSearch(kysely: Kysely<Tables>): Promise<void> {
  await runCommand(kysely, 'optimize');
}
