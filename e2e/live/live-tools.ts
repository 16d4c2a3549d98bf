import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { e2eDatabaseFile, e2eDatabaseUrl, e2eRevalidateSecret, e2eRevalidateUrl } from '../e2e-server';

export const projectRoot = path.join(import.meta.dirname, '..', '..');
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Resolves when the process has exited. */
  done: Promise<CliRun>;
  seconds: number;
}

/**
 * Runs one of the project's commands (`tsx <script> …args`) as a child process against the test
 * server's database, with the server's revalidation URL and secret unless `env` says otherwise.
 */
export function runCommand(script: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
  const started = performance.now();
  const run = { status: null, stdout: '', stderr: '', seconds: 0 } as CliRun;
  const child = spawn(tsx, [path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl,
      REVALIDATE_URL: e2eRevalidateUrl,
      REVALIDATE_SECRET: e2eRevalidateSecret,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  run.done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      run.status = status;
      run.seconds = (performance.now() - started) / 1000;
      resolve(run);
    });
  });
  return run;
}

export function ingest(inputs: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCommand('lib/ingest/cli/ingest.ts', inputs, env).done;
}

/** A temporary folder, removed by the returned function. */
export function temporaryFolder(prefix: string): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), `bauyrlas-${prefix}-`));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The number of articles in the test server's database, read directly. */
export function countStoredArticles(file = e2eDatabaseFile): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** The digits of a figure as the page shows it ("2,003", "2 003", "2003" → 2003). */
export function figureValue(text: string): number {
  return Number(text.replace(/\D/g, ''));
}
