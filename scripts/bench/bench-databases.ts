import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { collectFiles, type InputFile } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { defaultExtractionWorkers, runIngest } from '@/lib/ingest/run-ingest';
import { startPostgresCluster, type PostgresCluster } from '@/lib/testing/postgres-cluster';
import { createTestDatabase } from '@/lib/testing/test-database';
import { dropPostgresDatabase, onPostgresServer, withDatabase } from '@/lib/testing/test-database-url';
import { copyBuild } from '../build-copy';
import { choosePages } from './bench-pages';
import { measureDashboardQueries, type QueryTiming } from './bench-queries';
import { ensureCorpus } from './corpus-cache';
import { formatTable } from './format-table';
import { buildNext, startNext, stopAllServers, type RunningServer } from './next-server';
import { loadAcross, type LoadResult } from './page-load';

/**
 * SQLite and PostgreSQL side by side in one run:
 *
 *   npm run bench:databases -- [--count 2000] [--steps ingest,queries,pages] [--skip-build]
 *                              [--databases sqlite,postgres] [--connections 10] [--seconds 10] [--port 3150]
 *
 * - ingest: the generated corpus (cached in data/bench/corpus) into a fresh SQLite file
 *   (data/bench/databases-seed1-N.db) and a fresh PostgreSQL database (`bench_seed1_N`), timed;
 * - queries: every page reader timed on each (scripts/bench/bench-queries.ts);
 * - pages: one build, then each page under load from one server on SQLite, one on PostgreSQL and
 *   two on PostgreSQL (the connections shared between them), as `npm run serve` serves.
 *
 * PostgreSQL is the server POSTGRES_BENCH_URL names (its databases are kept, so the steps can run
 * apart), or a throwaway cluster for this run. Prints tables and, last, one JSON line.
 */

const STEPS = ['ingest', 'queries', 'pages'] as const;
type Step = (typeof STEPS)[number];

const DATABASES = ['sqlite', 'postgres'] as const;

interface Flags {
  count: number;
  steps: Set<Step>;
  /** The databases the ingest and queries steps run on (the pages step needs both). */
  databases: Set<(typeof DATABASES)[number]>;
  skipBuild: boolean;
  connections: number;
  seconds: number;
  port: number;
}

function parseFlags(args: readonly string[]): Flags {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at === -1 ? undefined : args[at + 1];
  };
  const steps = (value('--steps') ?? STEPS.join(',')).split(',');
  for (const step of steps) if (!(STEPS as readonly string[]).includes(step)) throw new Error(`unknown step ${step} (steps: ${STEPS.join(', ')})`);
  const databases = (value('--databases') ?? DATABASES.join(',')).split(',');
  for (const name of databases) if (!(DATABASES as readonly string[]).includes(name)) throw new Error(`unknown database ${name} (databases: ${DATABASES.join(', ')})`);
  return {
    count: Number(value('--count') ?? 2000),
    steps: new Set(steps as Step[]),
    databases: new Set(databases as (typeof DATABASES)[number][]),
    skipBuild: args.includes('--skip-build'),
    connections: Number(value('--connections') ?? 10),
    seconds: Number(value('--seconds') ?? 10),
    port: Number(value('--port') ?? 3150),
  };
}

const BENCH_DIR = path.join(projectRoot, 'data', 'bench');
const SEED = 1;
const started = performance.now();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
const fixed = (value: number | undefined, digits = 0) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

interface Target {
  name: 'SQLite' | 'PostgreSQL';
  url: string;
  /** Empties the place the database lives, so ingestion starts from nothing. */
  clear: () => Promise<void>;
}

function targets(count: number, postgresServer: string): [Target, Target] {
  const file = path.join(BENCH_DIR, `databases-seed${SEED}-${count}.db`);
  const postgresUrl = withDatabase(postgresServer, `bench_seed${SEED}_${count}`);
  return [
    {
      name: 'SQLite',
      url: `file:${file}`,
      clear: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
      },
    },
    {
      name: 'PostgreSQL',
      url: postgresUrl,
      clear: async () => {
        await dropPostgresDatabase(postgresUrl);
        const database = new URL(postgresUrl).pathname.slice(1);
        await onPostgresServer((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`), postgresServer);
      },
    },
  ];
}

interface Ingestion {
  seconds: number;
  documentsPerSecond: number;
  cpuSeconds: number;
}

async function ingestInto(target: Target, files: readonly InputFile[]): Promise<Ingestion> {
  await target.clear();
  // Not `dispose()`: that removes the database, which the later steps read.
  const { db } = await createTestDatabase(target.url);
  try {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const report = await runIngest({
      db,
      gazetteer: readGazetteer(),
      files,
      projectRoot,
      extractionWorkers: defaultExtractionWorkers(),
      onFile: (done, total) => {
        if (done % 5_000 === 0 && done < total) log(`${target.name}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} documents`);
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    if (report.created !== files.length) throw new Error(`${target.name}: ${report.created} of ${files.length} stored; first rejection: ${report.rejected[0]?.message}`);
    return { seconds, documentsPerSecond: files.length / seconds, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await db.$disconnect();
  }
}

/** Planner statistics after a bulk load, as an operator would refresh them (autovacuum does so later on its own). */
async function analyze(url: string): Promise<void> {
  if (url.startsWith('postgres')) await onPostgresServer((client) => client.query('ANALYZE'), url);
}

interface PageRow {
  name: string;
  path: string;
  results: Record<string, LoadResult>;
}

/** Each page under load from `servers` (its requests shared out between them). */
async function loadPages(servers: readonly RunningServer[], pages: readonly { name: string; path: string }[], flags: Flags, label: string, rows: PageRow[]) {
  const urlsOf = (page: { path: string }) => servers.map((server) => `${server.origin}${page.path}`);
  // Article and entity pages are rendered on their first request, then cached: every page once first.
  for (const url of pages.flatMap(urlsOf)) for (let round = 0; round < 3; round++) await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).arrayBuffer();
  for (const page of pages) {
    const urls = urlsOf(page);
    await loadAcross(urls, flags.connections, 3);
    const result = await loadAcross(urls, flags.connections, flags.seconds);
    const row = rows.find((candidate) => candidate.path === page.path) ?? { name: page.name, path: page.path, results: {} };
    if (!rows.includes(row)) rows.push(row);
    row.results[label] = result;
    log(`${label}: ${page.name} ${fixed(result.requestsPerSecond)} req/s, p99 ${fixed(result.latency.p99Ms)} ms, ${result.non2xx + result.errors + result.timeouts} failed`);
  }
}

async function pagesStep(flags: Flags, [sqlite, postgres]: [Target, Target]): Promise<PageRow[]> {
  const { load } = choosePages(sqlite.url.replace(/^file:/, ''));
  if (!flags.skipBuild) {
    log('build: next build (log: data/bench/databases-build.log)');
    await buildNext(sqlite.url, path.join(BENCH_DIR, 'databases-build.log'));
  }
  const rows: PageRow[] = [];
  const layouts = [
    { label: 'SQLite, 1 server', url: sqlite.url, servers: 1 },
    { label: 'PostgreSQL, 1 server', url: postgres.url, servers: 1 },
    { label: 'PostgreSQL, 2 servers', url: postgres.url, servers: 2 },
  ];
  for (const layout of layouts) {
    const servers: RunningServer[] = [];
    // The build's pages were generated from SQLite: servers on PostgreSQL get a copy without them.
    const copy = layout.url === postgres.url ? copyBuild('bench-postgres') : null;
    try {
      for (let index = 0; index < layout.servers; index++) {
        servers.push(await startNext(layout.url, flags.port + index, path.join(BENCH_DIR, `databases-server-${index + 1}.log`), copy?.distDir));
      }
      log(`${layout.label}: up`);
      await loadPages(servers, load, flags, layout.label, rows);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      copy?.remove();
    }
  }
  return rows;
}

/** The throwaway cluster of this run, if it made one. */
let cluster: PostgresCluster | null = null;

async function main(flags: Flags): Promise<void> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const postgresServer = process.env.POSTGRES_BENCH_URL ?? (cluster = await startPostgresCluster()).url;
  process.env.POSTGRES_TEST_URL = postgresServer;
  const loadAtStart = os.loadavg();
  const pair = targets(flags.count, postgresServer);
  const chosen = pair.filter((target) => flags.databases.has(target.name === 'SQLite' ? 'sqlite' : 'postgres'));
  const report: {
    count: number;
    ingestion: Record<string, Ingestion>;
    queries: Record<string, QueryTiming[]>;
    pages: PageRow[];
    loadAverage?: { start: number[]; end: number[] };
  } = { count: flags.count, ingestion: {}, queries: {}, pages: [] };
  try {
    if (flags.steps.has('ingest')) {
      const corpus = ensureCorpus(path.join(BENCH_DIR, 'corpus'), SEED, flags.count);
      const files = collectFiles([corpus.folder]);
      for (const target of chosen) {
        log(`${target.name}: ingesting ${files.length.toLocaleString('en')} documents`);
        report.ingestion[target.name] = await ingestInto(target, files);
        log(`${target.name}: ${fixed(report.ingestion[target.name]?.documentsPerSecond, 1)} documents/s`);
      }
    }
    for (const target of chosen) await analyze(target.url);
    if (flags.steps.has('queries')) {
      for (const target of chosen) {
        log(`${target.name}: timing the page readers`);
        report.queries[target.name] = (await measureDashboardQueries(target.url, { runs: 20, warmUp: 3 })).queries;
      }
    }
    if (flags.steps.has('pages')) report.pages = await pagesStep(flags, pair);
  } finally {
    await stopAllServers();
    cluster?.stop();
  }
  report.loadAverage = { start: loadAtStart, end: os.loadavg() };
  print(report);
  console.log(JSON.stringify(report));
}

function print(report: {
  count: number;
  ingestion: Record<string, Ingestion>;
  queries: Record<string, QueryTiming[]>;
  pages: PageRow[];
  loadAverage?: { start: number[]; end: number[] };
}): void {
  const table = (title: string, rows: string[][]) => console.log(`\n${title}\n${formatTable(rows).map((line) => `  ${line}`).join('\n')}`);
  const load = report.loadAverage;
  console.log(`\n${report.count.toLocaleString('en')} documents; load average ${load?.start.map((l) => l.toFixed(1)).join(' ')} at start, ${load?.end.map((l) => l.toFixed(1)).join(' ')} at end`);
  const { SQLite: sqliteIngestion, PostgreSQL: postgresIngestion } = report.ingestion;
  if (sqliteIngestion || postgresIngestion) {
    table('Ingestion into a fresh database', [
      ['', 'SQLite', 'PostgreSQL'],
      ['documents/s', fixed(sqliteIngestion?.documentsPerSecond, 1), fixed(postgresIngestion?.documentsPerSecond, 1)],
      ['seconds', fixed(sqliteIngestion?.seconds), fixed(postgresIngestion?.seconds)],
      ['CPU seconds of this process', fixed(sqliteIngestion?.cpuSeconds), fixed(postgresIngestion?.cpuSeconds)],
    ]);
  }
  const { SQLite: sqliteQueries, PostgreSQL: postgresQueries } = report.queries;
  if (sqliteQueries || postgresQueries) {
    const names = (sqliteQueries ?? postgresQueries ?? []).map((query) => `${query.screen}: ${query.name}`);
    const cell = (queries: QueryTiming[] | undefined, index: number) => {
      const query = queries?.[index];
      return query ? `${fixed(query.medianMs, 1)} / ${fixed(query.p95Ms, 1)}` : '–';
    };
    table('Page readers, median / p95 ms', [['reader', 'SQLite', 'PostgreSQL'], ...names.map((name, index) => [name, cell(sqliteQueries, index), cell(postgresQueries, index)])]);
  }
  if (report.pages.length > 0) {
    const labels = Object.keys(report.pages[0]?.results ?? {});
    table('Pages under load, req/s (p99 ms)', [
      ['page', ...labels],
      ...report.pages.map((row) => [
        `${row.name} ${decodeURIComponent(row.path)}`,
        ...labels.map((label) => {
          const result = row.results[label];
          return result ? `${fixed(result.requestsPerSecond)} (${fixed(result.latency.p99Ms)})` : '–';
        }),
      ]),
    ]);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAllServers().finally(() => {
      cluster?.stop();
      process.exit(130);
    });
  });
}

await main(parseFlags(process.argv.slice(2)));
