import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/** Whether the text holds the part, case-sensitively (SQLite: `instr`; PostgreSQL: `strpos`). */
export function textContains(text: Expression<string>, part: Expression<string> | string): RawBuilder<SqlBool> {
  return sql<SqlBool>`instr(${text}, ${part}) > 0`;
}
