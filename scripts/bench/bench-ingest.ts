import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findCandidates } from '@/lib/extract/candidates';
import { detectLanguage } from '@/lib/extract/detect-language';
import { extractEvents } from '@/lib/extract/events';
import { createExtractor, extractDocument, type Extractor } from '@/lib/extract/extract-document';
import { findMentions } from '@/lib/extract/mentions';
import { parseDocument } from '@/lib/extract/parse-document';
import { extractRelations } from '@/lib/extract/relations';
import { analyseText } from '@/lib/extract/sentence/analyse-text';
import { tokenize } from '@/lib/extract/tokenize';
import type { EvidencePlace } from '@/lib/domain/vocabulary';
import { parseTemporal } from '@/lib/extract/temporal';
import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { createExtractionPool } from '@/lib/ingest/extraction-pool';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { defaultExtractionWorkers, runIngest } from '@/lib/ingest/run-ingest';
import { createMigratedDatabase } from '@/lib/testing/migrated-database';
import { generateCorpus, writeCorpus, type SyntheticDocument } from './synthetic-corpus';

/**
 * Ingestion benchmark (`npm run bench:ingest -- --count 3000`): extraction in memory (one thread,
 * with a per-stage split, then on a pool of worker threads, one per core), then end-to-end
 * ingestion into a fresh SQLite file, then a second run over the same, unchanged files. Prints a
 * table and, last, one JSON line.
 *
 * Flags: --count N (3000), --seed S (1), --workers N (extraction workers of the ingestion run;
 * default as `runIngest` chooses), --extraction-only (skip the database part).
 */

const STAGES = ['parse', 'language', 'tokens', 'mentions', 'candidates', 'temporal', 'sentences', 'events', 'relations'] as const;
type Stage = (typeof STAGES)[number];

/** Documents extracted before measuring, from another seed, so caches and the JIT are warm but not primed on the measured text. */
const WARM_UP_DOCUMENTS = 500;

interface Input {
  name: string;
  bytes: Uint8Array;
}

function readFlag(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds this process used since `start` (all its threads: workers and the garbage collector included). */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function encode(documents: readonly SyntheticDocument[]): Input[] {
  const encoder = new TextEncoder();
  return documents.map(({ name, text }) => ({ name, bytes: encoder.encode(text) }));
}

/** Extraction on a pool of worker threads: all documents handed out at once, timed until the last result. */
async function extractOnPool(inputs: readonly Input[], warmUp: readonly Input[], workers: number, gazetteer: ReturnType<typeof readGazetteer>) {
  const pool = createExtractionPool(gazetteer, workers);
  try {
    await Promise.all(warmUp.map(({ name, bytes }) => pool.extract(bytes, name)));
    const [start, cpu] = [process.hrtime.bigint(), process.cpuUsage()];
    const results = await Promise.all(inputs.map(({ name, bytes }) => pool.extract(bytes, name)));
    const elapsed = { seconds: seconds(start), cpuSeconds: cpuSeconds(cpu) };
    if (results.some(({ result }) => !result.ok)) throw new Error('a synthetic document failed on the pool');
    return elapsed;
  } finally {
    await pool.close();
  }
}

function extractAll(inputs: readonly Input[], extractor: Extractor): number {
  let failures = 0;
  for (const { name, bytes } of inputs) if (!extractDocument(bytes, name, extractor).ok) failures++;
  return failures;
}

/** The steps of `extractDocument`, called one by one with a clock around each. */
function timeStages(inputs: readonly Input[], extractor: Extractor): Record<Stage, number> {
  const totals = Object.fromEntries(STAGES.map((stage) => [stage, 0n])) as Record<Stage, bigint>;
  const timed = <T>(stage: Stage, run: () => T): T => {
    const start = process.hrtime.bigint();
    const result = run();
    totals[stage] += process.hrtime.bigint() - start;
    return result;
  };
  for (const { name, bytes } of inputs) {
    const parsed = timed('parse', () => parseDocument(bytes, name));
    if (!parsed.ok) continue;
    const { body, publishedAt, title } = parsed.document;
    const language = timed('language', () => detectLanguage(`${title ?? ''}\n${body}`));
    const sources: [EvidencePlace, string][] = title ? [['title', title], ['body', body]] : [['body', body]];
    const texts = sources.map(([place, text]) => {
      const tokens = timed('tokens', () => tokenize(text));
      const known = timed('mentions', () => findMentions(text, language, extractor.matcher, tokens));
      const candidates = timed('candidates', () => findCandidates(text, language, known, extractor.knownNames, tokens));
      const mentions = [...known, ...candidates].sort((a, b) => a.start - b.start);
      const temporals = timed('temporal', () => parseTemporal(text, language, publishedAt));
      return timed('sentences', () => analyseText({ place, text, tokens, mentions, temporals }, language));
    });
    const analysis = { language, publishedAt, texts };
    timed('events', () => extractEvents(analysis, extractor.relationFacts));
    timed('relations', () => extractRelations(analysis, extractor.relationFacts));
  }
  return Object.fromEntries(STAGES.map((stage) => [stage, Number(totals[stage]) / 1e9])) as Record<Stage, number>;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function printTable(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  rows.forEach((row, index) => {
    console.log(`  ${row.map((cell, column) => pad(cell, widths[column] ?? 0, column > 0)).join('   ')}`);
    if (index === 0) console.log(`  ${widths.map((width) => '─'.repeat(width)).join('   ')}`);
  });
}

async function main(args: readonly string[]): Promise<void> {
  const count = Number(readFlag(args, '--count') ?? 3000);
  const seed = Number(readFlag(args, '--seed') ?? 1);
  const workersFlag = readFlag(args, '--workers');
  const ingestionWorkers = workersFlag === undefined ? defaultExtractionWorkers() : Number(workersFlag);
  const extractionOnly = args.includes('--extraction-only');
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    // Other processes on the machine slow every number down; the load average says how busy it was.
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  };

  const gazetteer = readGazetteer();
  let start = process.hrtime.bigint();
  const documents = generateCorpus({ count, seed, gazetteer });
  const inputs = encode(documents);
  const bytes = inputs.reduce((sum, { bytes: b }) => sum + b.length, 0);
  const generationSeconds = seconds(start);

  start = process.hrtime.bigint();
  const extractor = createExtractor(gazetteer);
  const extractorSeconds = seconds(start);
  const warmUp = encode(generateCorpus({ count: Math.min(WARM_UP_DOCUMENTS, count), seed: seed + 1, gazetteer }));
  extractAll(warmUp, extractor);

  start = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const failures = extractAll(inputs, extractor);
  const extractionSeconds = seconds(start);
  const extractionCpuSeconds = cpuSeconds(cpu);
  if (failures > 0) throw new Error(`${failures} synthetic documents failed to parse`);
  const stages = timeStages(inputs, extractor);
  const stageTotal = STAGES.reduce((sum, stage) => sum + stages[stage], 0);
  const poolWorkers = os.availableParallelism();
  const { seconds: poolSeconds, cpuSeconds: poolCpuSeconds } = await extractOnPool(inputs, warmUp, poolWorkers, gazetteer);

  const extraction = {
    documentsPerSecond: count / extractionSeconds,
    megabytesPerSecond: bytes / 1024 / 1024 / extractionSeconds,
    seconds: extractionSeconds,
    cpuSeconds: extractionCpuSeconds,
    documentsPerCpuSecond: count / extractionCpuSeconds,
    pool: {
      workers: poolWorkers,
      seconds: poolSeconds,
      cpuSeconds: poolCpuSeconds,
      documentsPerSecond: count / poolSeconds,
      megabytesPerSecond: bytes / 1024 / 1024 / poolSeconds,
      documentsPerCpuSecond: count / poolCpuSeconds,
    },
    stages: Object.fromEntries(STAGES.map((stage) => [stage, { seconds: stages[stage], share: stages[stage] / stageTotal }])),
  };

  let ingestion: {
    workers: number;
    firstRun: { seconds: number; cpuSeconds: number; documentsPerSecond: number; documentsPerCpuSecond: number };
    secondRun: { seconds: number; cpuSeconds: number; documentsPerSecond: number };
  } | null = null;
  if (!extractionOnly) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bauyrlas-bench-'));
    const database = createMigratedDatabase();
    try {
      writeCorpus(documents, folder);
      const files = collectFiles([folder]);
      [start, cpu] = [process.hrtime.bigint(), process.cpuUsage()];
      const first = await runIngest({ db: database.db, gazetteer, files, projectRoot, extractionWorkers: ingestionWorkers });
      const [firstSeconds, firstCpuSeconds] = [seconds(start), cpuSeconds(cpu)];
      if (first.rejected.length > 0 || first.created !== count) throw new Error(`first run: ${JSON.stringify({ ...first, rejected: first.rejected.slice(0, 3) })}`);
      [start, cpu] = [process.hrtime.bigint(), process.cpuUsage()];
      const second = await runIngest({ db: database.db, gazetteer, files, projectRoot, extractionWorkers: ingestionWorkers });
      const [secondSeconds, secondCpuSeconds] = [seconds(start), cpuSeconds(cpu)];
      if (second.unchanged !== count) throw new Error(`second run: ${JSON.stringify(second)}`);
      ingestion = {
        workers: ingestionWorkers,
        firstRun: { seconds: firstSeconds, cpuSeconds: firstCpuSeconds, documentsPerSecond: count / firstSeconds, documentsPerCpuSecond: count / firstCpuSeconds },
        secondRun: { seconds: secondSeconds, cpuSeconds: secondCpuSeconds, documentsPerSecond: count / secondSeconds },
      };
    } finally {
      await database.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  }

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const perDocument = (value: number) => `${((value / count) * 1e6).toFixed(0)} µs`;

  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverage.join(' ')}`,
  );
  console.log(
    `Corpus: ${count} synthetic documents (seed ${seed}), ${(bytes / 1024 / 1024).toFixed(2)} MB, ${(bytes / count / 1024).toFixed(2)} kB average; generated in ${generationSeconds.toFixed(2)} s; extractor built in ${(extractorSeconds * 1000).toFixed(0)} ms`,
  );
  printTable('Extraction (in memory, after warm-up)', [
    ['measure', 'one thread', `pool of ${poolWorkers} workers`],
    ['documents/s', extraction.documentsPerSecond.toFixed(0), extraction.pool.documentsPerSecond.toFixed(0)],
    ['MB/s', extraction.megabytesPerSecond.toFixed(2), extraction.pool.megabytesPerSecond.toFixed(2)],
    ['total', `${extractionSeconds.toFixed(2)} s`, `${poolSeconds.toFixed(2)} s`],
    ['per document', perDocument(extractionSeconds), perDocument(poolSeconds)],
    ['CPU per document', perDocument(extractionCpuSeconds), perDocument(poolCpuSeconds)],
    ['documents per CPU-second', extraction.documentsPerCpuSecond.toFixed(0), extraction.pool.documentsPerCpuSecond.toFixed(0)],
  ]);
  printTable('Extraction stages (each stage function timed on its own)', [
    ['stage', 'total s', 'per document', 'share'],
    ...STAGES.map((stage) => [stage, stages[stage].toFixed(3), perDocument(stages[stage]), `${((stages[stage] / stageTotal) * 100).toFixed(1)} %`]),
    ['sum', stageTotal.toFixed(3), perDocument(stageTotal), '100.0 %'],
  ]);
  if (ingestion) {
    printTable(`Ingestion into a fresh SQLite file (runIngest, ${ingestion.workers} extraction worker(s))`, [
      ['run', 'seconds', 'documents/s', 'CPU seconds', 'documents per CPU-second'],
      [
        'first (all new)',
        ingestion.firstRun.seconds.toFixed(2),
        ingestion.firstRun.documentsPerSecond.toFixed(0),
        ingestion.firstRun.cpuSeconds.toFixed(2),
        ingestion.firstRun.documentsPerCpuSecond.toFixed(0),
      ],
      [
        'second (all unchanged)',
        ingestion.secondRun.seconds.toFixed(2),
        ingestion.secondRun.documentsPerSecond.toFixed(0),
        ingestion.secondRun.cpuSeconds.toFixed(2),
        (count / ingestion.secondRun.cpuSeconds).toFixed(0),
      ],
    ]);
  }
  console.log(`\nPeak RSS: ${peakRssMb.toFixed(0)} MB`);
  console.log(JSON.stringify({ machine, count, seed, bytes, extraction, ingestion, peakRssMb: Math.round(peakRssMb) }));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
