import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import { startPostgresCluster } from '@/lib/testing/postgres-cluster';
import { createTestDatabase } from '@/lib/testing/test-database';
import { createPostgresDatabase } from '@/lib/testing/test-database-url';
import { measureDashboardQueries } from './bench-queries';
import { formatTable } from './format-table';
import { generateCorpus, writeCorpus } from './synthetic-corpus';

/**
 * SQLite and PostgreSQL side by side in one run (`npm run bench:databases -- --count N`): the same
 * generated corpus ingested into a fresh SQLite file and a fresh PostgreSQL database (a throwaway
 * cluster, or the server POSTGRES_BENCH_URL names), then every page reader timed on each
 * (scripts/bench/bench-queries.ts). Prints a table and, last, one JSON line.
 */

function readFlag(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
}

async function ingestInto(url: string, files: ReturnType<typeof collectFiles>, count: number) {
  const database = await createTestDatabase(url);
  try {
    const started = performance.now();
    const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files, projectRoot });
    const seconds = (performance.now() - started) / 1000;
    if (report.created !== count) throw new Error(`${url.split(':')[0]}: ${report.created} of ${count} stored; first rejection: ${report.rejected[0]?.message}`);
    return { seconds, documentsPerSecond: count / seconds, dispose: database.dispose };
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

async function main(args: readonly string[]): Promise<void> {
  const count = Number(readFlag(args, '--count') ?? 2000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'bauyrlas-bench-databases-'));
  const cluster = process.env.POSTGRES_BENCH_URL ? null : await startPostgresCluster();
  const server = process.env.POSTGRES_BENCH_URL ?? cluster!.url;
  process.env.POSTGRES_TEST_URL = server;
  try {
    writeCorpus(generateCorpus({ count, seed: 1 }), folder);
    const files = collectFiles([folder]);

    // Its own folder: disposing of the test database removes the folder around it.
    const sqliteUrl = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'bauyrlas-bench-sqlite-')), 'bench.db')}`;
    const postgresUrl = await createPostgresDatabase('bench');

    const results = [];
    for (const [name, url] of [['SQLite', sqliteUrl], ['PostgreSQL', postgresUrl]] as const) {
      const ingestion = await ingestInto(url, files, count);
      const { queries } = await measureDashboardQueries(url, { runs: 20, warmUp: 3 });
      await ingestion.dispose();
      results.push({ name, ingestion: { seconds: ingestion.seconds, documentsPerSecond: ingestion.documentsPerSecond }, queries });
    }

    const [sqlite, postgres] = results as [(typeof results)[number], (typeof results)[number]];
    console.log(`\n${count} documents; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    const rows = [
      ['', 'SQLite', 'PostgreSQL'],
      ['ingestion, documents/s', sqlite.ingestion.documentsPerSecond.toFixed(0), postgres.ingestion.documentsPerSecond.toFixed(0)],
      ...sqlite.queries.map((query, index) => [
        `${query.screen}: ${query.name} (median ms)`,
        query.medianMs.toFixed(2),
        postgres.queries[index]?.medianMs.toFixed(2) ?? '–',
      ]),
    ];
    for (const line of formatTable(rows)) console.log(line);
    console.log(JSON.stringify({ count, results }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
    cluster?.stop();
  }
}

await main(process.argv.slice(2));
