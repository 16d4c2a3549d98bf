import { sql } from 'kysely';
import type { Database } from '@/lib/db';
import { dialectOf } from '@/lib/database/dialect';

/**
 * The full-text index as tests inspect it, on either database (lib/database/full-text.ts is its
 * one writer and reader in the app): SQLite's FTS5 table, whose row numbers are the search keys,
 * or PostgreSQL's table of keys and tsvectors.
 */

type SqliteIndex = {
  ArticleSearch: { rowid: number | bigint };
  /** FTS5's table of each row's token count per column. */
  ArticleSearch_docsize: { id: number | bigint; sz: Uint8Array };
};

type PostgresIndex = {
  ArticleSearch: { key: number | bigint; articleId: number; document: string };
};

/** The search keys the index holds (lib/extract/search/search-key.ts), ascending. */
export async function indexedSearchKeys(db: Database): Promise<number[]> {
  if (dialectOf(db.$kysely) === 'postgres') {
    const rows = await db.$kysely.withTables<PostgresIndex>().selectFrom('ArticleSearch').select('key').orderBy('key').execute();
    return rows.map((row) => Number(row.key));
  }
  const rows = await db.$kysely.withTables<SqliteIndex>().selectFrom('ArticleSearch').select('rowid').orderBy('rowid').execute();
  return rows.map((row) => Number(row.rowid));
}

/**
 * What the index keeps of each article, by search key, for comparing two states of a database:
 * on SQLite each column's token count (the FTS5 table is contentless), on PostgreSQL the tsvector.
 */
export async function fullTextIndexRows(db: Database): Promise<unknown[]> {
  if (dialectOf(db.$kysely) === 'postgres') {
    const rows = await db.$kysely
      .withTables<PostgresIndex>()
      .selectFrom('ArticleSearch')
      .select(['key', 'articleId', sql<string>`CAST(${sql.ref('document')} AS text)`.as('document')])
      .orderBy('key')
      .execute();
    return rows.map((row) => ({ ...row, key: Number(row.key) }));
  }
  const rows = await db.$kysely.withTables<SqliteIndex>().selectFrom('ArticleSearch_docsize').select(['id', 'sz']).orderBy('id').execute();
  return rows.map((row) => ({ key: Number(row.id), sizes: row.sz }));
}
