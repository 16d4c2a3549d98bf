import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFolderName, ensureCorpus, markerMatches } from './corpus-cache';

describe('markerMatches', () => {
  const wanted = { count: 20, seed: 3, fingerprint: 'abc' };

  it('accepts the marker of the same seed, count and generator', () => {
    expect(markerMatches({ ...wanted, bytes: 61_000 }, wanted)).toBe(true);
  });

  it('rejects another seed, count or generator, and anything that is not a marker', () => {
    expect(markerMatches({ ...wanted, seed: 4, bytes: 1 }, wanted)).toBe(false);
    expect(markerMatches({ ...wanted, count: 21, bytes: 1 }, wanted)).toBe(false);
    expect(markerMatches({ ...wanted, fingerprint: 'abd', bytes: 1 }, wanted)).toBe(false);
    expect(markerMatches({ ...wanted }, wanted)).toBe(false);
    expect(markerMatches(null, wanted)).toBe(false);
    expect(markerMatches('corpus', wanted)).toBe(false);
  });
});

describe('ensureCorpus', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'bauyrlas-corpus-cache-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('generates the corpus once, then reuses the folder', () => {
    const first = ensureCorpus(parent, 7, 12);
    expect(first.reused).toBe(false);
    expect(first.folder).toBe(path.join(parent, corpusFolderName(7, 12)));
    expect(readdirSync(first.folder).filter((name) => name.endsWith('.txt'))).toHaveLength(12);

    const second = ensureCorpus(parent, 7, 12);
    expect(second.reused).toBe(true);
    expect(second.bytes).toBe(first.bytes);
  });

  it('generates again when the marker is damaged (an interrupted run)', () => {
    const { folder } = ensureCorpus(parent, 8, 6);
    writeFileSync(path.join(folder, 'corpus.json'), '{"count": 6');
    const again = ensureCorpus(parent, 8, 6);
    expect(again.reused).toBe(false);
    expect(readdirSync(folder).filter((name) => name.endsWith('.txt'))).toHaveLength(6);
  });
});
