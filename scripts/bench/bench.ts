import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { parseBenchFlags, type BenchFlags } from './bench-flags';
import { choosePages, type BenchPage } from './bench-pages';
import { checkTargets, type TargetCheck } from './bench-targets';
import { ensureCorpus, type CachedCorpus } from './corpus-cache';
import { measureFirstLoadJs, type RouteJavaScript } from './first-load-js';
import { formatTable } from './format-table';
import { measureIngestion, type IngestionMeasure } from './ingest-step';
import { buildNext, startNext, stopAllServers, type RunningServer } from './next-server';
import { comparePageToStatic, type LoadResult } from './page-load';
import { processTreeRssMb, sampleTreeMemory } from './process-memory';
import { timeQueries, type QueryTiming } from './query-timing';
import { ratio, round } from './stats';
import { clearStaticTwins, writeStaticTwin } from './static-twins';

/**
 * `npm run bench [-- --stretch]`: ingestion, database queries and pages under load on a synthetic
 * corpus, each number beside a baseline measured in the same run. Prints tables, a summary with
 * the targets, and one JSON line (also written to data/bench/last-run.json). Flags: bench-flags.ts.
 */

const BENCH_DIR = path.join(projectRoot, 'data', 'bench');

interface PageMeasure {
  name: string;
  path: string;
  kind: BenchPage['kind'];
  bytes: number;
  page: LoadResult;
  static: LoadResult;
  /** Page throughput / static throughput. */
  throughputRatio: number | null;
  serverPeakRssMb: number;
}

interface BenchReport {
  startedAt: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; loadAverageStart: number[]; loadAverageEnd?: number[] };
  flags: Omit<BenchFlags, 'steps'> & { steps: string[] };
  corpora: Omit<CachedCorpus, 'folder'>[];
  ingestion: IngestionMeasure[];
  queries: { size: number; timings: QueryTiming[] }[];
  build?: { seconds: number; skipped: boolean };
  server?: { idleRssMb: number; peakRssMb: number };
  pages: PageMeasure[];
  firstLoadJs: RouteJavaScript[];
  targets: TargetCheck[];
  totalSeconds?: number;
}

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);
const printTable = (title: string, rows: string[][]) => console.log(`\n${title}\n${formatTable(rows).map((line) => `  ${line}`).join('\n')}\n`);
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** Paths as a reader writes them (the Kazakh search term unescaped). */
const shown = (urlPath: string) => decodeURIComponent(urlPath);

function databaseFileFor(count: number, seed: number): string {
  return path.join(BENCH_DIR, `bench-seed${seed}-${count}.db`);
}

async function ingestStep(flags: BenchFlags, count: number, report: BenchReport): Promise<void> {
  log(`corpus: ${count.toLocaleString('en')} documents (seed ${flags.seed})`);
  const corpus = ensureCorpus(path.join(BENCH_DIR, 'corpus'), flags.seed, count);
  const { folder, ...corpusReport } = corpus;
  report.corpora.push(corpusReport);
  log(corpus.reused ? `corpus: reused ${path.relative(projectRoot, folder)}` : `corpus: generated in ${fixed(corpus.seconds, 1)} s`);

  log(`ingestion: reading + hashing, then ingesting into a fresh database, then again unchanged`);
  const measure = await measureIngestion(folder, databaseFileFor(count, flags.seed), corpus.bytes / 1024 / 1024, (done, total) =>
    log(`ingestion: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`),
  );
  report.ingestion.push(measure);
  const row = (name: string, pass: IngestionMeasure['firstRun']) => [
    name,
    fixed(pass.seconds, 1),
    fixed(pass.documentsPerSecond),
    fixed(pass.megabytesPerSecond, 2),
    fixed(pass.cpuSeconds, 1),
    fixed(measure.documents / pass.cpuSeconds),
    fixed(pass.cpuSeconds / pass.seconds, 2),
    fixed(pass.peakRssMb),
  ];
  printTable(`Ingestion of ${count.toLocaleString('en')} documents (${fixed(measure.megabytes, 1)} MB; ${measure.workers} extraction worker(s); database ${fixed(measure.databaseMb)} MB)`, [
    ['pass', 's', 'docs/s', 'MB/s', 'CPU s', 'docs per CPU-s', 'cores busy', 'peak RSS MB'],
    row('baseline: read + hash every file', measure.readAndHash),
    row('ingest into a fresh database', measure.firstRun),
    row('baseline: ingest again, unchanged', measure.unchangedRun),
  ]);
}

async function queryStep(flags: BenchFlags, count: number, report: BenchReport): Promise<void> {
  const file = databaseFileFor(count, flags.seed);
  if (!existsSync(file)) throw new Error(`${file} is missing: run the ingest step first`);
  log(`queries: timing on the ${count.toLocaleString('en')}-document database`);
  const timings = await timeQueries(`file:${file}`);
  report.queries.push({ size: count, timings });
  printTable(`Database queries at ${count.toLocaleString('en')} documents (ms)`, [
    ['query', 'median', 'p95', 'max'],
    ...timings.map((t) => [t.baseline ? `${t.name} [baseline]` : `${t.screen ?? 'dashboard'}: ${t.name}`, fixed(t.medianMs, 2), fixed(t.p95Ms, 2), fixed(t.maxMs, 2)]),
  ]);
}

async function fetchOk(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(60_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return body;
}

/** Requests every page a few times (article and entity pages are rendered on first request, then cached). */
async function warm(origin: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  const bodies = new Map<string, Buffer>();
  for (const pagePath of paths) for (let round = 0; round < 3; round++) bodies.set(pagePath, await fetchOk(`${origin}${pagePath}`));
  return bodies;
}

async function pageStep(flags: BenchFlags, report: BenchReport): Promise<void> {
  const file = databaseFileFor(flags.count, flags.seed);
  if (!existsSync(file)) throw new Error(`${file} is missing: run the ingest step first`);
  const databaseUrl = `file:${file}`;
  const { load, firstLoad } = choosePages(file);
  const allPaths = [...new Set([...load, ...firstLoad].map((page) => page.path))];

  if (flags.skipBuild) {
    log('build: skipped (--skip-build), serving the existing .next');
    report.build = { seconds: 0, skipped: true };
  } else {
    log(`build: next build on the ${flags.count.toLocaleString('en')}-document database (log: data/bench/next-build.log)`);
    const { seconds } = await buildNext(databaseUrl, path.join(BENCH_DIR, 'next-build.log'));
    report.build = { seconds, skipped: false };
    log(`build: ${fixed(seconds)} s`);
  }

  // First start: render and cache every page, take each page's bytes, measure first-load JS.
  let server: RunningServer = await startNext(databaseUrl, flags.port, path.join(BENCH_DIR, 'next-start-1.log'));
  let bodies: Map<string, Buffer>;
  try {
    log(`server: up on ${server.origin} (pid ${server.pid}); warming ${allPaths.length} pages`);
    bodies = await warm(server.origin, allPaths);
    log('first-load JS: fetching each route’s scripts');
    report.firstLoadJs = await measureFirstLoadJs(server.origin, firstLoad.map((page) => page.path));
  } finally {
    await server.stop();
  }
  printTable('First-load JavaScript per route (each <script src> of the HTML, gzip level 6 by zlib)', [
    ['route', 'scripts', 'JS gzip KiB', 'JS raw KiB', 'HTML KiB', 'HTML gzip KiB'],
    ...report.firstLoadJs.map((r) => [shown(r.route), String(r.scripts), kib(r.gzipBytes), kib(r.rawBytes), kib(r.htmlBytes), kib(r.htmlGzipBytes)]),
  ]);

  // Static twins go into public/ before the second start, which lists public/ when it starts.
  clearStaticTwins();
  const twins = new Map(load.map((page) => [page.name, writeStaticTwin(page.name, bodies.get(page.path) ?? Buffer.alloc(0))]));
  server = await startNext(databaseUrl, flags.port, path.join(BENCH_DIR, 'next-start-2.log'));
  try {
    await warm(server.origin, [...allPaths, ...twins.values()]);
    const idleRssMb = processTreeRssMb(server.pid);
    log(`server: restarted (pid ${server.pid}), ${fixed(idleRssMb)} MB after warming; loading each page and its static twin`);
    let peakRssMb = idleRssMb;
    for (const page of load) {
      const twin = twins.get(page.name) as string;
      const sampler = sampleTreeMemory(server.pid);
      const result = await comparePageToStatic(`${server.origin}${page.path}`, `${server.origin}${twin}`, {
        connections: flags.connections,
        seconds: flags.seconds,
        slices: flags.slices,
        warmUpSeconds: flags.warmUpSeconds,
      });
      const serverPeakRssMb = sampler.stop();
      peakRssMb = Math.max(peakRssMb, serverPeakRssMb);
      const measure: PageMeasure = {
        name: page.name,
        path: page.path,
        kind: page.kind,
        bytes: bodies.get(page.path)?.length ?? 0,
        ...result,
        throughputRatio: ratio(result.page.requestsPerSecond, result.static.requestsPerSecond),
        serverPeakRssMb,
      };
      report.pages.push(measure);
      log(`${page.name}: ${fixed(result.page.requestsPerSecond)} req/s vs static ${fixed(result.static.requestsPerSecond)} req/s`);
    }
    report.server = { idleRssMb, peakRssMb };
  } finally {
    await server.stop();
    clearStaticTwins();
  }
  const loadRow = (label: string, r: LoadResult, bytes: number, extra: string[]) => [
    label,
    kib(bytes),
    fixed(r.requestsPerSecond),
    fixed(r.latency.p50Ms, 1),
    fixed(r.latency.p99Ms, 1),
    String(r.non2xx + r.errors + r.timeouts),
    ...extra,
  ];
  printTable(
    `Pages under load (${flags.connections} connections, ${flags.seconds} s per URL in ${flags.slices} alternating slices, loopback; page vs a static file of the same size)`,
    [
      ['URL', 'KiB', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx/err', 'page/static', 'server peak MB'],
      ...report.pages.flatMap((p) => [
        loadRow(`${p.name} ${shown(p.path)}`, p.page, p.bytes, [p.throughputRatio === null ? 'n/a' : `${fixed(p.throughputRatio * 100)} %`, fixed(p.serverPeakRssMb)]),
        loadRow('  static twin', p.static, p.bytes, ['', '']),
      ]),
    ],
  );
}

/** The archive's throughput against the English dashboard's, both measured in this run. */
function archiveToDashboard(pages: readonly PageMeasure[]): { name: string; ratio: number | null } | null {
  const archive = pages.find((p) => p.kind === 'archive');
  const dashboard = pages.find((p) => p.path === '/en');
  if (!archive || !dashboard) return null;
  return { name: `${archive.name} ${shown(archive.path)}`, ratio: ratio(archive.page.requestsPerSecond, dashboard.page.requestsPerSecond) };
}

function summarize(report: BenchReport, flags: BenchFlags): void {
  const firstIngestion = report.ingestion.find((measure) => measure.documents === flags.count);
  report.targets = checkTargets({
    pageRatios: report.pages
      .filter((p) => p.kind !== 'search' && p.kind !== 'archive')
      .map((p) => ({ name: `${p.name} ${shown(p.path)}`, ratio: p.throughputRatio })),
    searchLoads: report.pages
      .filter((p) => p.kind === 'search')
      .map((p) => ({ name: `${p.name} ${shown(p.path)}`, p99Ms: p.page.latency.p99Ms, requestsPerSecond: p.page.requestsPerSecond })),
    archiveToDashboard: archiveToDashboard(report.pages),
    queries: report.queries,
    ingestionDocumentsPerSecond: firstIngestion?.firstRun.documentsPerSecond ?? null,
    serverPeakMb: report.server?.peakRssMb ?? null,
  });
  const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'NOT MET');
  printTable('Summary: targets', [['measure', 'measured', 'target', ''], ...report.targets.map((t) => [t.name, t.measured, t.target, verdict(t.met)])]);
  const { machine } = report;
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverageStart.join(' ')} at start, ${machine.loadAverageEnd?.join(' ')} at end; total ${fixed(report.totalSeconds ?? 0)} s`,
  );
}

/** Numbers rounded for the JSON line: two decimals are plenty for noisy measurements. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : round(value);
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rounded(inner)]));
  return value;
}

async function main(args: readonly string[]): Promise<void> {
  const flags = parseBenchFlags(args);
  mkdirSync(BENCH_DIR, { recursive: true });
  const cpus = os.cpus();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverageStart: os.loadavg().map((load) => round(load)),
    },
    flags: { ...flags, steps: [...flags.steps] },
    corpora: [],
    ingestion: [],
    queries: [],
    pages: [],
    firstLoadJs: [],
    targets: [],
  };
  const sizes = flags.stretch ? [flags.count, flags.stretchCount] : [flags.count];
  for (const size of sizes) {
    if (flags.steps.has('ingest')) await ingestStep(flags, size, report);
    if (flags.steps.has('queries')) await queryStep(flags, size, report);
  }
  if (flags.steps.has('pages')) await pageStep(flags, report);

  report.machine.loadAverageEnd = os.loadavg().map((load) => round(load));
  report.totalSeconds = (performance.now() - startedAt) / 1000;
  summarize(report, flags);
  const json = JSON.stringify(rounded(report));
  writeFileSync(path.join(BENCH_DIR, 'last-run.json'), `${json}\n`);
  console.log(json);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server`);
    void stopAllServers().finally(() => process.exit(130));
  });
}

main(process.argv.slice(2))
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => stopAllServers());
