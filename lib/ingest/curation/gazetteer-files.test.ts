import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '@/lib/extract/gazetteer';
import { defaultGazetteerDir } from '../read-gazetteer';
import { fileForNewEntry, formatEntry, readGazetteerFiles, withEntry } from './gazetteer-files';

const files = readGazetteerFiles(defaultGazetteerDir);

const NEW_CITY: GazetteerEntry = {
  key: 'kk-test-town',
  type: 'CITY',
  names: { kk: 'Сынақ', ru: 'Испытание', en: 'Test Town' },
  aliases: { en: ['Testtown', 'Test-Town'] },
  country: 'KZ',
  coordinates: { lat: 43.5, lon: 77 },
};

describe('the gazetteer files', () => {
  it.each(files.map((file) => [file.name, file] as const))('%s keeps its entries in key order', (_name, file) => {
    const keys = file.entries.map((entry) => entry.key);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('withEntry', () => {
  it.each(files.map((file) => [file.name, file] as const))('adds an entry to %s at its place and changes no other line', (_name, file) => {
    const changed = withEntry(file.text, NEW_CITY);
    const entries = JSON.parse(changed) as GazetteerEntry[];
    expect(entries.map((entry) => entry.key)).toEqual([...file.entries.map((entry) => entry.key), NEW_CITY.key].sort());
    expect(entries.find((entry) => entry.key === NEW_CITY.key)).toEqual(NEW_CITY);
    const before = file.text.split('\n');
    const after = changed.split('\n');
    const added = formatEntry(NEW_CITY).split('\n').length;
    expect(after.length).toBe(before.length + added);
    // Every old line is still there, in order (one closing brace may gain a comma).
    const unchanged = after.filter((line) => before.includes(line) || before.includes(line.replace(/,$/, '')));
    expect(unchanged.length).toBeGreaterThanOrEqual(before.length - 1);
  });

  it('puts a changed entry in place of the old one', () => {
    const file = files.find((candidate) => candidate.name === 'people.json')!;
    const [first] = file.entries;
    const updated = { ...first!, aliases: { ...first!.aliases, en: [...(first!.aliases?.en ?? []), 'A New Alias'] } };
    const changed = withEntry(file.text, updated);
    const entries = JSON.parse(changed) as GazetteerEntry[];
    expect(entries).toHaveLength(file.entries.length);
    expect(entries[0]).toEqual(updated);
    expect(entries.slice(1)).toEqual(file.entries.slice(1));
  });

  it('writes a new entry with name lists and coordinates on one line', () => {
    expect(formatEntry(NEW_CITY)).toBe(
      [
        '  {',
        '    "key": "kk-test-town",',
        '    "type": "CITY",',
        '    "names": {',
        '      "kk": "Сынақ",',
        '      "ru": "Испытание",',
        '      "en": "Test Town"',
        '    },',
        '    "aliases": {',
        '      "en": ["Testtown", "Test-Town"]',
        '    },',
        '    "country": "KZ",',
        '    "coordinates": { "lat": 43.5, "lon": 77 }',
        '  }',
      ].join('\n'),
    );
  });
});

describe('fileForNewEntry', () => {
  it.each([
    [{ type: 'PERSON' }, 'people.json'],
    [{ type: 'ORGANIZATION', country: 'KZ' }, 'organizations.json'],
    [{ type: 'COUNTRY' }, 'countries.json'],
    [{ type: 'CITY', country: 'KZ' }, 'kz-places.json'],
    [{ type: 'REGION', country: 'CN' }, 'cn-places.json'],
    [{ type: 'CITY', country: 'UZ' }, 'world-cities.json'],
  ] as const)('%o goes to %s', (entry, file) => {
    expect(fileForNewEntry(entry)).toBe(file);
  });
});
