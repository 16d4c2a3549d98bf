import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acquireIngestLock, IngestLockedError } from './ingest-lock';

let dir: string;
let databaseFile: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-lock-'));
  databaseFile = path.join(dir, 'x.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireIngestLock', () => {
  test('a second ingestion is refused while the first holds the lock, and allowed after', () => {
    const release = acquireIngestLock(databaseFile);
    expect(readFileSync(`${databaseFile}.ingest.lock`, 'utf8').split(' ')[0]).toBe(String(process.pid));
    expect(() => acquireIngestLock(databaseFile)).toThrow(IngestLockedError);
    release();
    expect(existsSync(`${databaseFile}.ingest.lock`)).toBe(false);
    acquireIngestLock(databaseFile)();
  });

  test('a lock left by a process that no longer runs is taken over', () => {
    // Process ids are far below this on Linux, so no process has it.
    writeFileSync(`${databaseFile}.ingest.lock`, '4194303999');
    const release = acquireIngestLock(databaseFile);
    expect(readFileSync(`${databaseFile}.ingest.lock`, 'utf8').split(' ')[0]).toBe(String(process.pid));
    release();
  });

  test('an empty lock (its owner died before writing) is taken over', () => {
    writeFileSync(`${databaseFile}.ingest.lock`, '');
    acquireIngestLock(databaseFile)();
  });

  // Linux: the process table under /proc is what tells these apart.
  test('the lock holds the start time of its owner, read from the process table', () => {
    const release = acquireIngestLock(databaseFile);
    expect(readFileSync(`${databaseFile}.ingest.lock`, 'utf8')).toBe(`${process.pid} ${ownStartTime()}`);
    release();
  });

  test('a lock whose process id now belongs to another process (other start time) is taken over', () => {
    writeFileSync(`${databaseFile}.ingest.lock`, `${process.pid} 1`);
    acquireIngestLock(databaseFile)();
    writeFileSync(`${databaseFile}.ingest.lock`, `${process.pid} ${ownStartTime()}`);
    expect(() => acquireIngestLock(databaseFile)).toThrow(IngestLockedError);
  });

  test('a lock whose owner was killed but not yet reaped (a zombie) is taken over', async () => {
    // The background child exits at once; its parent becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 20'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number((await once(parent.stdout, 'data'))[0].toString().trim());
      await waitFor(() => readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false);
      writeFileSync(`${databaseFile}.ingest.lock`, String(zombie));
      acquireIngestLock(databaseFile)();
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

function ownStartTime(): string {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
}
