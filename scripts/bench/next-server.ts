import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/lib/env';

/**
 * `next build` and the production server (server/serve.ts, as `npm start` runs it) for the
 * benchmark, on a given database. The server runs in its
 * own process group, so stopping it ends every process it started; servers still running when
 * this process exits (an error, Ctrl-C) are stopped too.
 */

const NEXT_BIN = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
// The heap bound `npm run serve` gives the server (package.json), so the benchmark measures its memory.
const SERVE_ARGS = ['--max-old-space-size=384', '--import', 'tsx', path.join(projectRoot, 'server', 'serve.ts')];
const READY_TIMEOUT_MS = 90_000;

export interface RunningServer {
  pid: number;
  origin: string;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();

function nextEnv(databaseUrl: string, port?: number): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', ...(port ? { PORT: String(port) } : {}) };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function runNode(args: readonly string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Stops every server this process started and has not stopped yet. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

export async function buildNext(databaseUrl: string, logFile: string): Promise<{ seconds: number }> {
  const start = performance.now();
  const child = runNode([NEXT_BIN, 'build'], nextEnv(databaseUrl), logFile);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  if (code !== 0) throw new Error(`next build failed (exit ${code}); last lines of ${logFile}:\n${tail(logFile)}`);
  return { seconds: (performance.now() - start) / 1000 };
}

async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(origin, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** `distDir`: the build folder to serve (NEXT_DIST_DIR), `.next` by default. */
export async function startNext(databaseUrl: string, port: number, logFile: string, distDir?: string): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`something already answers on ${origin}: choose another port with --port`);
  const child = runNode([...SERVE_ARGS, '-p', String(port), '-H', '127.0.0.1'], { ...nextEnv(databaseUrl, port), NODE_ENV: 'production', ...(distDir ? { NEXT_DIST_DIR: distDir } : {}) }, logFile);
  const stop = () => stopChild(child);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}); last lines of ${logFile}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${origin}/en`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.ok) return { pid: child.pid as number, origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer on ${origin} within ${READY_TIMEOUT_MS / 1000} s`);
}
