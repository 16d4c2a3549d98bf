import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Data-layer suites that also run on PostgreSQL (a throwaway server for the run, or the one
// POSTGRES_TEST_URL names); each opens its own database through lib/testing/test-database.ts.
const ON_BOTH_DATABASES = [
  'lib/database/postgres/**/*.test.ts',
  'scripts/prisma-schema-engine/postgres.test.ts',
  'lib/data/readers.test.ts',
  'lib/data/search.test.ts',
  'lib/data/sources.test.ts',
  'lib/data/event-roles.test.ts',
  'lib/data/entity-options.test.ts',
  'lib/open-data/api.test.ts',
  'lib/open-data/formats.test.ts',
  'lib/db.test.ts',
  'lib/ingest/aggregates.test.ts',
  'lib/ingest/stories/stories.test.ts',
  'lib/data/paged-readers.test.ts',
  'lib/ingest/run-ingest.test.ts',
  'lib/ingest/sources-and-runs.test.ts',
  'lib/ingest/search-index.test.ts',
  'lib/ingest/hostile-files.test.ts',
  'lib/ingest/crash-recovery.test.ts',
  'lib/ingest/cli/curate.test.ts',
];

const shared = {
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Readers import 'server-only' to keep them out of client bundles; under test they run in Node.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        ...shared,
        test: {
          name: 'sqlite',
          include: ['lib/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['lib/database/postgres/**', 'scripts/prisma-schema-engine/postgres.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'postgres',
          include: ON_BOTH_DATABASES,
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['lib/testing/postgres-global-setup.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
