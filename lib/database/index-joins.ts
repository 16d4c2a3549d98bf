import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { SqlDialect } from './dialect';

/** The tables of a query once `table` has joined it under `alias`. */
type Joined<DB, T extends keyof DB, A extends string> = DB & { [K in A]: DB[T] };

/**
 * Joins to each row of `query` the rows of `table` (as `alias`) that `on` picks for it, with `on`
 * meant to be one index range per outer row. SQLite keeps CROSS JOINs in the order written and
 * seeks the index for each outer row. PostgreSQL reorders joins by estimates, and a wrong estimate
 * turns the seeks into a scan of the whole table; a LATERAL join (which SQLite lacks) makes it seek.
 */
export function crossJoinEach<DB, TB extends keyof DB, O, T extends keyof DB & string, A extends string>(
  dialect: SqlDialect,
  query: SelectQueryBuilder<DB, TB, O>,
  table: T,
  alias: A,
  on: (eb: ExpressionBuilder<Joined<DB, T, A>, TB | A>) => Expression<SqlBool>,
): SelectQueryBuilder<Joined<DB, T, A>, TB | A, O> {
  // Kysely cannot type a table named by a generic string: the signature carries the types.
  const untyped = query as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, O>;
  const aliased = `${table} as ${alias}`;
  const joined =
    dialect === 'postgres'
      ? untyped.crossJoinLateral((eb) => eb.selectFrom(aliased).selectAll().where(on as never).offset(0).as(alias))
      : untyped.crossJoin(aliased).where(on as never);
  return joined as unknown as SelectQueryBuilder<Joined<DB, T, A>, TB | A, O>;
}
