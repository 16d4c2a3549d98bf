import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/**
 * The value with SQLite's unary `+`: the same value, but SQLite's planner will not use an index
 * on the column for this term (when another index is the better way in). PostgreSQL's planner
 * weighs its indexes by statistics and takes no such hint: the value as it is.
 */
export function withoutIndex<T>(dialect: SqlDialect, value: Expression<T>): Expression<T> | RawBuilder<T> {
  return dialect === 'postgres' ? value : sql<T>`+${value}`;
}
