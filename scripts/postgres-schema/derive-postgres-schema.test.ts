import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { derivePostgresSchema, SQLITE_ONLY_END, SQLITE_ONLY_START } from './derive-postgres-schema';

const read = (...parts: string[]) => readFileSync(path.join(projectRoot, ...parts), 'utf8');

describe('the PostgreSQL schema', () => {
  test('is the committed one: edit prisma/schema.prisma, then run `npm run db:schema`', () => {
    expect(read('prisma', 'postgresql', 'schema.prisma')).toBe(
      derivePostgresSchema(read('prisma', 'schema.prisma'), read('prisma', 'postgresql', 'postgresql-only.prisma')),
    );
  });

  test('has every model and enum of the SQLite schema but the SQLite-only ones, then the PostgreSQL-only ones', () => {
    const sqlite = read('prisma', 'schema.prisma');
    const blocks = (schema: string) => [...schema.matchAll(/^(model|enum) (\w+) \{/gm)].map((match) => `${match[1]} ${match[2]}`);
    const sqliteOnly = blocks(sqlite.slice(sqlite.indexOf(SQLITE_ONLY_START), sqlite.indexOf(SQLITE_ONLY_END)));
    expect(sqliteOnly).toContain('model ArticleSearch');
    const postgresOnly = read('prisma', 'postgresql', 'postgresql-only.prisma');
    expect(blocks(derivePostgresSchema(sqlite, postgresOnly))).toEqual([
      ...blocks(sqlite).filter((block) => !sqliteOnly.includes(block)),
      ...blocks(postgresOnly),
    ]);
  });
});

describe('derivePostgresSchema', () => {
  const schema = [
    '// A model.',
    '',
    'generator client {',
    '  provider = "prisma-client"',
    '  output   = "../lib/generated/prisma"',
    '}',
    '',
    '// Typed SQL.',
    'generator kysely {',
    '  provider = "prisma-kysely"',
    '}',
    '',
    'datasource db {',
    '  provider = "sqlite"',
    '}',
    '',
    'model A {',
    '  id Int @id',
    '}',
    '',
    '// --- SQLite only (left out) ---',
    '',
    'model B {',
    '  id Int @id',
    '  @@ignore',
    '}',
    '',
    '// --- end of SQLite only ---',
    '',
  ].join('\n');

  test('swaps the provider and the client output, and drops the typed-SQL generator and the SQLite-only part', () => {
    const derived = derivePostgresSchema(schema);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../lib/generated/prisma-postgres"');
    expect(derived).not.toContain('prisma-kysely');
    expect(derived).not.toContain('// Typed SQL.');
    expect(derived).toContain('model A {');
    expect(derived).not.toContain('model B');
    expect(derived.startsWith('// Generated from prisma/schema.prisma')).toBe(true);
  });

  test.each([
    ['no sqlite datasource', schema.replace('provider = "sqlite"', 'provider = "mysql"'), /sqlite datasource/],
    ['an unclosed SQLite-only part', schema.replace('// --- end of SQLite only ---', ''), /unbalanced/],
  ])('refuses a schema with %s', (_, input, message) => {
    expect(() => derivePostgresSchema(input)).toThrow(message);
  });
});
