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
    expect(readFileSync(`${databaseFile}.ingest.lock`, 'utf8')).toBe(String(process.pid));
    expect(() => acquireIngestLock(databaseFile)).toThrow(IngestLockedError);
    release();
    expect(existsSync(`${databaseFile}.ingest.lock`)).toBe(false);
    acquireIngestLock(databaseFile)();
  });

  test('a lock left by a process that no longer runs is taken over', () => {
    // Process ids are far below this on Linux, so no process has it.
    writeFileSync(`${databaseFile}.ingest.lock`, '4194303999');
    const release = acquireIngestLock(databaseFile);
    expect(readFileSync(`${databaseFile}.ingest.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
