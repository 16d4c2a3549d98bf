import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '@/lib/env';
import { formatTable } from '../bench/format-table';
import { readRun, summarize, type LighthouseRun } from './lighthouse-summary';

/**
 * `npm run lighthouse -- --origin http://127.0.0.1:3000`: Lighthouse's mobile preset, several runs
 * per page (5 by default), one page after another in rounds so that a change in the machine's
 * load falls on every page alike; prints the median per page. Lighthouse scores are only
 * comparable on a quiet machine: the load average is printed before and after.
 *
 * Serve a production build first, through the production server as `npm start` does, built with
 * SITE_URL set to that origin (canonical links are read at build time), e.g.
 *   SITE_URL=http://127.0.0.1:3000 npm run build && npm run serve -- -p 3000 -H 127.0.0.1
 *
 * Flags: --origin, --runs (5), --pages (comma-separated paths; default below), --out
 * (data/lighthouse). Lighthouse itself is fetched by npx (LIGHTHOUSE_PACKAGE overrides the
 * version; 12.x runs on Node 20); Chromium is CHROME_PATH, else /usr/bin/chromium.
 */

const DEFAULT_PAGES = [
  '/kk',
  '/ru',
  '/en',
  '/en/articles/000-2b8d6f310e8ad15b',
  '/kk/entities/almaty',
  '/ru/relations',
  '/en/timeline',
  `/kk/search?q=${encodeURIComponent('Алматы')}`,
];

const LIGHTHOUSE_PACKAGE = process.env.LIGHTHOUSE_PACKAGE ?? 'lighthouse@12.8.2';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The production server compresses the build's files at the highest quality 10 s after their first request. */
const WARM_UP_SETTLE_MS = 15_000;

const { values } = parseArgs({
  options: {
    origin: { type: 'string', default: 'http://127.0.0.1:3000' },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    out: { type: 'string', default: path.join(projectRoot, 'data', 'lighthouse') },
  },
  strict: true,
});

const origin = (values.origin ?? '').replace(/\/$/, '');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
const pages = values.pages ? values.pages.split(',').map((page) => page.trim()).filter(Boolean) : DEFAULT_PAGES;
const outDir = path.resolve(values.out ?? '');
mkdirSync(outDir, { recursive: true });

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
const fileName = (page: string, run: number) => `${page.replace(/[^a-zA-Z0-9]+/g, '_').replace(/^_|_$/g, '') || 'root'}-${run}.json`;

/** Requests each page and the build files its HTML names, as a browser would, so that runs meet warm caches. */
async function warmUp(): Promise<void> {
  const headers = { 'accept-encoding': 'gzip, deflate, br' };
  const assets = new Set<string>();
  for (const page of pages) {
    const response = await fetch(`${origin}${page}`, { headers });
    if (!response.ok) throw new Error(`${page}: ${response.status} from ${origin}; is the production server running there?`);
    for (const [, asset] of (await response.text()).matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) assets.add(asset ?? '');
  }
  for (const asset of assets) await (await fetch(`${origin}${asset}`, { headers })).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_SETTLE_MS));
}

function runLighthouse(url: string, outputPath: string): Promise<void> {
  const args = [
    '--yes',
    LIGHTHOUSE_PACKAGE,
    url,
    '--chrome-flags=--headless=new --no-sandbox',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${errors.slice(-2_000)}`))));
  });
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  console.log(`Lighthouse (${LIGHTHOUSE_PACKAGE}, mobile preset) on ${origin}: ${pages.length} pages × ${runs} runs; load average ${loadBefore}`);
  await warmUp();
  const results: LighthouseRun[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const outputPath = path.join(outDir, fileName(page, run));
      await runLighthouse(`${origin}${page}`, outputPath);
      const result = readRun(page, run, JSON.parse(readFileSync(outputPath, 'utf8')));
      results.push(result);
      console.log(`  run ${run} ${page}: ${result.error ?? `performance ${result.performance}, LCP ${fixed(result.lcpMs)} ms, TBT ${fixed(result.tbtMs)} ms`}`);
    }
  }
  const loadAfter = loadAverage();
  const summaries = summarize(results);
  const rows = [
    ['page', 'runs', 'perf', 'range', 'a11y', 'BP', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'bench'],
    ...summaries.map((summary) => [
      summary.page,
      `${summary.runs}${summary.failed ? ` (+${summary.failed} failed)` : ''}`,
      fixed(summary.performance),
      `${summary.performanceMin}–${summary.performanceMax}`,
      fixed(summary.accessibility),
      fixed(summary.bestPractices),
      fixed(summary.seo),
      fixed(summary.fcpMs),
      fixed(summary.lcpMs),
      fixed(summary.tbtMs),
      fixed(summary.cls, 3),
      fixed(summary.speedIndexMs),
      fixed(summary.benchmarkIndex),
    ]),
  ];
  console.log(`\nMedians (load average before ${loadBefore}, after ${loadAfter})\n${formatTable(rows).map((line) => `  ${line}`).join('\n')}`);
  console.log('\nLargest contentful element per page:');
  for (const summary of summaries) console.log(`  ${summary.page}: ${summary.lcpElement ?? 'n/a'}`);
  const summaryPath = path.join(outDir, 'summary.json');
  writeFileSync(summaryPath, `${JSON.stringify({ origin, lighthouse: LIGHTHOUSE_PACKAGE, loadBefore, loadAfter, summaries, runs: results }, null, 2)}\n`);
  console.log(`\nReports in ${outDir}; summary in ${summaryPath}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
