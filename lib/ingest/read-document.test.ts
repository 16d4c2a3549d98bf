import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { formatSize, readDocument } from './read-document';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-read-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('readDocument', () => {
  test('reads a file within the limit', () => {
    const file = path.join(folder, 'small.txt');
    writeFileSync(file, 'date 2026-01-01 Title\nBody.');
    const read = readDocument(file, 1024);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('date 2026-01-01 Title\nBody.');
  });

  test('a file exactly at the limit is read; one byte more is refused with its size and the limit', () => {
    const file = path.join(folder, 'edge.txt');
    writeFileSync(file, 'x'.repeat(2048));
    expect(readDocument(file, 2048).ok).toBe(true);
    expect(readDocument(file, 2047)).toEqual({ ok: false, reason: 'the file is 2 KB, over the 2 KB limit for one document' });
    writeFileSync(file, 'x'.repeat(3 * 1024 * 1024 + 100 * 1024));
    expect(readDocument(file, 2 * 1024 * 1024)).toEqual({ ok: false, reason: 'the file is 3.1 MB, over the 2 MB limit for one document' });
  });

  test('a folder or a missing file is refused with a reason, not thrown', () => {
    expect(readDocument(folder)).toEqual({ ok: false, reason: 'not a regular file' });
    expect(readDocument(path.join(folder, 'missing.txt'))).toEqual({ ok: false, reason: 'cannot read the file (ENOENT)' });
  });
});

describe('formatSize', () => {
  test.each([
    [512, '1 KB'],
    [2047, '2 KB'],
    [1024 * 1024, '1 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [Math.round(10.04 * 1024 * 1024), '10.0 MB'],
    [Math.round(2.5 * 1024 * 1024), '2.5 MB'],
  ])('%i bytes are %s', (bytes, shown) => {
    expect(formatSize(bytes)).toBe(shown);
  });
});
