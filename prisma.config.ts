import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { ensureDatabaseFolder, env, isPostgresUrl, projectRoot } from './lib/env';

// Prisma's CLI would otherwise download a native schema engine before migrating; ours speaks the
// same protocol over Prisma's WebAssembly build of that engine, so every command works offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, 'scripts', 'prisma-schema-engine.mjs');

// SQLite by default; a postgresql:// DATABASE_URL selects the PostgreSQL schema (generated from the
// SQLite one by `npm run db:schema`) and its own migrations.
const onPostgres = isPostgresUrl(env.DATABASE_URL);

export default defineConfig({
  schema: onPostgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: {
    path: onPostgres ? 'prisma/postgresql/migrations' : 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // An absolute URL: Prisma Studio refuses relative ones.
    url: onPostgres ? env.DATABASE_URL : `file://${ensureDatabaseFolder()}`,
  },
});
