import type { Kysely } from 'kysely';
import { dialectOf } from './dialect';
import * as postgres from './postgres/full-text';
import * as sqlite from './sqlite/full-text';
import type { Tables } from './tables';

export type { ArticleSearchEntry, MatchScope } from './full-text-scope';

/**
 * The full-text index of the database a client is open on: SQLite's FTS5 table or PostgreSQL's
 * tsvector table, with one set of operations (lib/data/search.ts reads through it,
 * lib/ingest/search-index.ts writes through it). Both engines index the same tokens and compile
 * the same query plans, so they find the same articles.
 *
 * The two engines' builders differ only in how they type their own index table; the readers
 * compose them by their output columns, which are the same, so the SQLite engine's types name both.
 */
export type FullTextEngine = typeof sqlite;

/**
 * One statement's reads of the index (`prepareIndexReads(kysely, scopes)`, given every scope the
 * statement reads): where the statement begins, and its sub-scans. PostgreSQL finds each distinct
 * query's matches once for all of them; SQLite's FTS5 reads each sub-scan on its own.
 */
export type IndexReads = ReturnType<FullTextEngine['prepareIndexReads']>;

export function fullTextOf(kysely: Kysely<Tables>): FullTextEngine {
  return dialectOf(kysely) === 'postgres' ? (postgres as unknown as FullTextEngine) : sqlite;
}
