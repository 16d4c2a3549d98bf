import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { ensureDatabaseFolder, projectRoot } from './lib/env';

// Prisma's CLI would otherwise download a native schema engine before migrating; ours speaks the
// same protocol over Prisma's WebAssembly build of that engine, so every command works offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, 'scripts', 'prisma-schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // An absolute URL: Prisma Studio refuses relative ones.
    url: `file://${ensureDatabaseFolder()}`,
  },
});
