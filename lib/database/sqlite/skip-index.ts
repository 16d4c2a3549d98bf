import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * The value with SQLite's unary `+`: the same value, but the planner will not use an index on the
 * column for this term (when another index is the better way in). No such hint on PostgreSQL.
 */
export function withoutIndex<T>(value: Expression<T>): RawBuilder<T> {
  return sql<T>`+${value}`;
}
