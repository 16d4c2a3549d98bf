import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '@/lib/extract/extract-document';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { SearchDocument } from '@/lib/extract/search/search-document';

/**
 * Extraction on worker threads, so that documents are extracted on every core while the main
 * thread writes to the database. Each worker builds its own extractor from the gazetteer.
 * A pool that fails (a worker that cannot start or dies) rejects its requests; callers then
 * extract in their own thread.
 */
export interface ExtractionPool {
  extract(bytes: Uint8Array, file: string): Promise<PooledExtraction>;
  close(): Promise<void>;
}

export interface PooledExtraction {
  result: ExtractionResult;
  /** What the search index holds of the extracted article (null when extraction failed). */
  searchDocument: SearchDocument | null;
}

export interface ExtractionRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
}

export interface ExtractionResponse extends PooledExtraction {
  id: number;
}

interface Pending {
  resolve: (extraction: PooledExtraction) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const WORKER_MODULE = new URL(`./extraction-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Run from TypeScript sources (the ingest commands run through tsx), a worker does not inherit the
 * TypeScript loader: it registers it first, then loads the worker module.
 */
function startWorker(gazetteer: Gazetteer): Worker {
  if (!WORKER_MODULE.pathname.endsWith('.ts')) return new Worker(WORKER_MODULE, { workerData: { gazetteer } });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { gazetteer } });
}

export function createExtractionPool(gazetteer: Gazetteer, size: number): ExtractionPool {
  let nextId = 0;
  let failure: Error | null = null;
  const workers: PoolWorker[] = [];
  try {
    for (let index = 0; index < size; index++) workers.push({ worker: startWorker(gazetteer), pending: new Map() });
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }

  const fail = (error: Error) => {
    failure ??= error;
    for (const { pending } of workers) {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    }
  };
  for (const { worker, pending } of workers) {
    worker.on('message', ({ id, result, searchDocument }: ExtractionResponse) => {
      pending.get(id)?.resolve({ result, searchDocument });
      pending.delete(id);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
  }

  return {
    extract(bytes, file) {
      if (failure || workers.length === 0) return Promise.reject(failure ?? new Error('the extraction pool has no workers'));
      // The least busy worker takes the document.
      const target = workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      const id = nextId++;
      return new Promise<PooledExtraction>((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        const request: ExtractionRequest = { id, bytes, file };
        target.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
