import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultGazetteerDir, readGazetteer } from '@/lib/ingest/read-gazetteer';
import { generateCorpus, writeCorpus } from './synthetic-corpus';

/**
 * The synthetic corpus on disk, generated once per seed and count and reused by later runs. A
 * marker file, written last, records what the folder holds; a folder without a matching marker
 * (an interrupted run, or a changed generator or gazetteer) is generated again.
 */

export interface CachedCorpus {
  folder: string;
  count: number;
  seed: number;
  bytes: number;
  reused: boolean;
  /** Seconds spent generating and writing (0 when reused). */
  seconds: number;
}

interface CorpusMarker {
  count: number;
  seed: number;
  fingerprint: string;
  bytes: number;
}

const MARKER = 'corpus.json';
const GENERATOR_DIR = import.meta.dirname;

export function corpusFolderName(seed: number, count: number): string {
  return `synthetic-seed${seed}-${count}`;
}

/** Whether a marker read from disk describes the corpus wanted now. */
export function markerMatches(marker: unknown, wanted: Omit<CorpusMarker, 'bytes'>): marker is CorpusMarker {
  if (typeof marker !== 'object' || marker === null) return false;
  const candidate = marker as Partial<CorpusMarker>;
  return (
    candidate.count === wanted.count &&
    candidate.seed === wanted.seed &&
    candidate.fingerprint === wanted.fingerprint &&
    typeof candidate.bytes === 'number'
  );
}

/** Hash of everything the corpus depends on: the generator's sources and the gazetteer files. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const files = [
    path.join(GENERATOR_DIR, 'synthetic-corpus.ts'),
    ...listFiles(path.join(GENERATOR_DIR, 'corpus')),
    ...listFiles(defaultGazetteerDir),
  ].filter((file) => !file.endsWith('.test.ts'));
  for (const file of files) hash.update(path.basename(file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function readMarker(folder: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(folder, MARKER), 'utf8'));
  } catch {
    return null;
  }
}

export function ensureCorpus(parent: string, seed: number, count: number): CachedCorpus {
  const folder = path.join(parent, corpusFolderName(seed, count));
  const wanted = { count, seed, fingerprint: generatorFingerprint() };
  const marker = readMarker(folder);
  if (markerMatches(marker, wanted)) return { folder, count, seed, bytes: marker.bytes, reused: true, seconds: 0 };

  const start = performance.now();
  if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  const documents = generateCorpus({ count, seed, gazetteer: readGazetteer() });
  writeCorpus(documents, folder);
  const bytes = documents.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  writeFileSync(path.join(folder, MARKER), `${JSON.stringify({ ...wanted, bytes } satisfies CorpusMarker)}\n`);
  return { folder, count, seed, bytes, reused: false, seconds: (performance.now() - start) / 1000 };
}
