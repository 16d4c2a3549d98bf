/**
 * The PostgreSQL schema is prisma/schema.prisma (SQLite, the one we edit) with the provider
 * swapped, its own client output, and the SQLite-only section left out. Deriving it keeps one
 * source of truth; `npm run db:schema` writes it (with prisma/postgresql/postgresql-only.prisma appended) and a test fails when the
 * committed copy drifts.
 */

export const SQLITE_ONLY_START = '// --- SQLite only';
export const SQLITE_ONLY_END = '// --- end of SQLite only ---';

const HEADER = [
  '// Generated from prisma/schema.prisma by `npm run db:schema`: edit that file, not this one.',
  '// PostgreSQL, for deployments with several app servers on one shared database.',
].join('\n');

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: ${what} not found`);
  return text.replace(pattern, replacement);
}

/** Removes the block from a `generator <name> {` line to its closing brace, with its comment lines. */
function withoutGenerator(text: string, name: string): string {
  return replaceOnce(text, new RegExp(`(?:^//[^\\n]*\\n)*^generator ${name} \\{[^}]*\\}\\n\\n?`, 'm'), '', `generator ${name}`);
}

/** `postgresOnly`: models and enums only PostgreSQL has (prisma/postgresql/postgresql-only.prisma). */
export function derivePostgresSchema(sqliteSchema: string, postgresOnly = ''): string {
  let schema = sqliteSchema;
  const start = schema.indexOf(SQLITE_ONLY_START);
  const end = schema.indexOf(SQLITE_ONLY_END);
  if (start >= 0 !== end >= 0 || end < start) throw new Error('prisma/schema.prisma: unbalanced SQLite-only markers');
  if (start >= 0) schema = schema.slice(0, start).replace(/\n+$/, '\n') + schema.slice(end + SQLITE_ONLY_END.length).replace(/^\n+/, '');
  schema = replaceOnce(schema, /provider = "sqlite"/, 'provider = "postgresql"', 'the sqlite datasource');
  schema = replaceOnce(schema, /output\s+= "\.\.\/lib\/generated\/prisma"/, 'output   = "../../lib/generated/prisma-postgres"', 'the client output');
  // The typed SQL's column types come from the SQLite schema and fit both databases.
  schema = withoutGenerator(schema, 'kysely');
  const additions = postgresOnly.trim() ? `\n${postgresOnly.replace(/\n*$/, '\n')}` : '';
  return `${HEADER}\n\n${schema.replace(/\n*$/, '\n')}${additions}`;
}
