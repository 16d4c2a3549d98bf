import { PostgresAdapter, type Kysely } from 'kysely';
import type { Tables } from './tables';

/** The SQL a database speaks: the embedded SQLite file, or a PostgreSQL server. */
export type SqlDialect = 'sqlite' | 'postgres';

/** Which SQL a client's query builder writes (set when the database was opened, from its URL). */
export function dialectOf(kysely: Kysely<Tables>): SqlDialect {
  return kysely.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
