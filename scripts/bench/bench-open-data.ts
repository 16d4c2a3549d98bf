import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import { formatTable } from './format-table';
import { startNext, stopAllServers } from './next-server';
import { comparePageToStatic, type LoadResult } from './page-load';
import { processTreeRssMb, sampleTreeMemory } from './process-memory';

/**
 * `npm run bench:open-data -- --db <file> [--port 3400] [--seconds 10] [--connections 10]`: on an
 * existing build (`npm run build`) and database (e.g. one `npm run bench -- --steps ingest` made),
 * through the production server:
 *
 * - each JSON API list beside the HTML page that shows the same list (requests per second,
 *   alternating between the two so a busy moment of the machine falls on both alike);
 * - a full CSV export of every event: rows per second and the server's memory growth;
 * - the RSS feed of every article: its latency and the server's memory growth.
 *
 * A benchmark, not a test: it prints a table and one JSON line (also written to
 * data/bench/open-data-last-run.json); docs/BENCHMARKS.md keeps the numbers.
 */

interface Flags {
  db: string;
  port: number;
  seconds: number;
  connections: number;
}

function parseFlags(args: readonly string[]): Flags {
  const values = new Map<string, string>();
  for (let index = 0; index + 1 < args.length; index += 2) values.set(args[index] as string, args[index + 1] as string);
  const db = values.get('--db');
  if (!db) throw new Error('usage: npm run bench:open-data -- --db <sqlite file> [--port 3400] [--seconds 10] [--connections 10]');
  return {
    db: path.resolve(db),
    port: Number(values.get('--port') ?? 3400),
    seconds: Number(values.get('--seconds') ?? 10),
    connections: Number(values.get('--connections') ?? 10),
  };
}

/** Each API list and the page that shows the same list. */
const PAIRS = [
  { name: 'articles', api: '/api/v1/articles?locale=en&limit=20', page: '/en/articles' },
  { name: 'stories', api: '/api/v1/stories?locale=en&limit=50', page: '/en/timeline' },
  { name: 'relations', api: '/api/v1/relations?locale=en&limit=30&evidence=10', page: '/en/relations' },
  { name: 'search', api: '/api/v1/search?locale=en&q=Almaty&limit=20', page: '/en/search?q=Almaty' },
  { name: 'timeline filtered', api: '/api/v1/stories?locale=en&limit=50&type=VISIT', page: '/en/timeline?type=VISIT' },
] as const;

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

/** Reads a streamed response to its end, counting CSV records (CRLF line ends) without holding it. */
async function drainCsv(url: string): Promise<{ rows: number; bytes: number; seconds: number }> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  let rows = 0;
  let bytes = 0;
  let previous = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let index = 0; index < chunk.length; index++) {
      if (chunk[index] === 0x0a && (index > 0 ? chunk[index - 1] : previous) === 0x0d) rows += 1;
    }
    previous = chunk[chunk.length - 1] ?? previous;
  }
  // The header line is not a row.
  return { rows: rows - 1, bytes, seconds: (performance.now() - start) / 1000 };
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const row = (result: LoadResult) => [fixed(result.requestsPerSecond), fixed(result.latency.p50Ms, 1), fixed(result.latency.p99Ms, 1), String(result.non2xx + result.errors)];

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const benchDir = path.join(projectRoot, 'data', 'bench');
  mkdirSync(benchDir, { recursive: true });
  const server = await startNext(`file:${flags.db}`, flags.port, path.join(benchDir, 'open-data-server.log'));
  try {
    for (const pair of PAIRS) for (const url of [pair.api, pair.page]) await fetchOk(`${server.origin}${url}`);
    const lists = [];
    for (const pair of PAIRS) {
      const result = await comparePageToStatic(`${server.origin}${pair.api}`, `${server.origin}${pair.page}`, {
        connections: flags.connections,
        seconds: flags.seconds,
        slices: 2,
        warmUpSeconds: 2,
      });
      lists.push({ ...pair, api: result.page, page: result.static, ratio: result.page.requestsPerSecond / result.static.requestsPerSecond });
      console.log(`${pair.name}: API ${fixed(result.page.requestsPerSecond)} req/s, page ${fixed(result.static.requestsPerSecond)} req/s`);
    }

    const idleRssMb = processTreeRssMb(server.pid);
    const exportSampler = sampleTreeMemory(server.pid, 50);
    const csv = await drainCsv(`${server.origin}/api/v1/exports/events.csv?locale=en`);
    const exportPeakMb = exportSampler.stop();

    const feedIdleMb = processTreeRssMb(server.pid);
    const feedSampler = sampleTreeMemory(server.pid, 50);
    const feedStart = performance.now();
    await fetchOk(`${server.origin}/api/v1/feeds/articles.rss?locale=en`);
    const feedSeconds = (performance.now() - feedStart) / 1000;
    const feedPeakMb = feedSampler.stop();

    console.log(
      `\nAPI list vs the HTML page of the same list (${flags.connections} connections, ${flags.seconds} s each)\n` +
        formatTable([
          ['list', 'API req/s', 'p50 ms', 'p99 ms', 'errors', 'page req/s', 'p50 ms', 'p99 ms', 'errors', 'API/page'],
          ...lists.map((list) => [list.name, ...row(list.api), ...row(list.page), `${fixed(list.ratio * 100)} %`]),
        ])
          .map((line) => `  ${line}`)
          .join('\n'),
    );
    console.log(
      `\nCSV export of every event: ${csv.rows.toLocaleString('en')} rows, ${fixed(csv.bytes / 1024 / 1024, 1)} MB in ${fixed(csv.seconds, 2)} s = ` +
        `${fixed(csv.rows / csv.seconds)} rows/s; server RSS ${fixed(idleRssMb)} MB → peak ${fixed(exportPeakMb)} MB (+${fixed(exportPeakMb - idleRssMb)} MB)`,
    );
    console.log(`RSS feed of every article: ${fixed(feedSeconds * 1000)} ms; server RSS +${fixed(feedPeakMb - feedIdleMb)} MB`);

    const report = {
      db: path.relative(projectRoot, flags.db),
      lists: lists.map((list) => ({ name: list.name, apiRps: list.api.requestsPerSecond, pageRps: list.page.requestsPerSecond, ratio: list.ratio })),
      csvExport: { rows: csv.rows, seconds: csv.seconds, rowsPerSecond: csv.rows / csv.seconds, rssGrowthMb: exportPeakMb - idleRssMb },
      feed: { seconds: feedSeconds, rssGrowthMb: feedPeakMb - feedIdleMb },
    };
    writeFileSync(path.join(benchDir, 'open-data-last-run.json'), `${JSON.stringify(report)}\n`);
    console.log(JSON.stringify(report));
  } finally {
    await server.stop();
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAllServers();
  process.exit(1);
});
