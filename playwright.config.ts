import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2eDatabaseUrl, e2eOrigin, e2ePort as port, e2ePostgresOrigin, e2eRevalidateSecret } from './e2e/e2e-server';

// The system Chromium by default; CHROMIUM_PATH overrides it; without either, Playwright's own browser.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

/** The specs of the reading journeys of every screen, which run on both databases. */
const POSTGRES_JOURNEYS = ['screens', 'stories', 'archive', 'search', 'open-data', 'pages'].map((spec) => `**/e2e/${spec}.spec.ts`);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eOrigin,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/live/**',
      use: browser,
    },
    {
      // The core reading journeys again, against the same build on PostgreSQL (e2e/postgres-server.ts).
      name: 'postgres',
      testMatch: POSTGRES_JOURNEYS,
      use: { ...browser, baseURL: e2ePostgresOrigin },
    },
    {
      // Ingests into the running server's database while it serves: runs after every other test
      // (which assert the seeded data), one test at a time, never retried.
      name: 'live',
      testMatch: '**/live/**/*.spec.ts',
      dependencies: ['chromium', 'postgres'],
      fullyParallel: false,
      workers: 1,
      retries: 0,
      use: browser,
    },
  ],
  // Started one after the other: the PostgreSQL server serves the build the first one makes.
  webServer: [
    {
      // A production build on its own freshly seeded database, served as `npm start` serves it.
      name: 'SQLite',
      command: `npx prisma migrate reset --force && npx prisma db seed && npx next build && npx tsx server/serve.ts -p ${port} -H 127.0.0.1`,
      url: `${e2eOrigin}/en`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: {
        DATABASE_URL: e2eDatabaseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        REVALIDATE_SECRET: e2eRevalidateSecret,
        PORT: String(port),
      },
      stdout: 'pipe',
    },
    {
      // The same build on a freshly migrated and seeded PostgreSQL database, removed when it stops.
      name: 'PostgreSQL',
      command: 'npx tsx e2e/postgres-server.ts',
      url: `${e2ePostgresOrigin}/en`,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      stdout: 'pipe',
    },
  ],
});
