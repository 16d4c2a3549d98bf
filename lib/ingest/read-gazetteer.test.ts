import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GazetteerError } from '@/lib/extract/gazetteer';
import { readGazetteer } from './read-gazetteer';

const kazakhstan = { key: 'kazakhstan', type: 'COUNTRY', names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' } };
const taraz = {
  key: 'taraz',
  type: 'CITY',
  names: { kk: 'Тараз', ru: 'Тараз', en: 'Taraz' },
  parent: 'kazakhstan',
  coordinates: { lat: 42.9, lon: 71.37 },
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temp folder holding the given files (name → text). */
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
const FILES_ONLY = { isoCountries: false };

describe('readGazetteer', () => {
  test('reads every .json file, sorted by name, and ignores other files', () => {
    const folder = folderWith({
      'b-places.json': json([taraz]),
      'a-countries.json': json([kazakhstan]),
      'notes.txt': 'not a gazetteer file',
    });
    const gazetteer = readGazetteer(folder, FILES_ONLY);
    expect(gazetteer.entries.map((entry) => entry.key)).toEqual(['kazakhstan', 'taraz']);
    expect(gazetteer.byKey.get('taraz')?.parent).toBe('kazakhstan');
  });

  test('tolerates a byte-order mark', () => {
    const folder = folderWith({ 'countries.json': `\uFEFF${json([kazakhstan])}` });
    expect(readGazetteer(folder, FILES_ONLY).entries).toHaveLength(1);
  });

  test('a JSON syntax error names the file and the line', () => {
    const folder = folderWith({
      'a-good.json': json([kazakhstan]),
      'b-bad.json': '[\n  { "key": "taraz",\n    type: "CITY" }\n]\n',
    });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(GazetteerError);
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/b-bad\.json: line 3, column 5: invalid JSON/);
  });

  test('a truncated file points at its end', () => {
    const folder = folderWith({ 'cut.json': '[\n  "kazakhstan",' });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/cut\.json: line 2, column 16: invalid JSON \(Unexpected end/);
  });

  test.each([
    ['a CITY without coordinates', { ...taraz, coordinates: undefined }, /places\.json: entry 2 "taraz": coordinates: CITY needs coordinates/],
    ['a PERSON without a role', { key: 'someone', type: 'PERSON', names: kazakhstan.names }, /places\.json: entry 2 "someone": role: PERSON needs a role/],
    ['an entry without a key', { type: 'COUNTRY', names: kazakhstan.names }, /places\.json: entry 2: key: /],
  ])('an invalid entry names the file and the entry: %s', (_label, bad, message) => {
    const folder = folderWith({ 'places.json': json([kazakhstan, bad]) });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(message);
  });

  test('a file that is not an array is named', () => {
    const folder = folderWith({ 'object.json': json(kazakhstan) });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/object\.json: .*one JSON array/);
  });

  test('a key defined in two files names both files', () => {
    const folder = folderWith({ 'a.json': json([kazakhstan]), 'b.json': json([kazakhstan]) });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/b\.json: duplicate key "kazakhstan" \(already defined in .*a\.json\)/);
  });

  test('an alias claimed across files names the files of both entities', () => {
    const folder = folderWith({
      'a.json': json([kazakhstan, taraz]),
      'b.json': json([{ ...taraz, key: 'aulie-ata', names: { kk: 'Әулиеата', ru: 'Аулие-Ата', en: 'Taraz' } }]),
    });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/"Taraz" is claimed by both "taraz" and "aulie-ata".*"taraz" in .*a\.json; "aulie-ata" in .*b\.json/);
  });

  test('an unknown parent names the file of the child', () => {
    const folder = folderWith({ 'places.json': json([taraz]) });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/"taraz" has unknown parent "kazakhstan".*"taraz" in .*places\.json/);
  });

  test('a folder without gazetteer files is an error', () => {
    const folder = folderWith({ 'readme.txt': 'nothing here' });
    expect(() => readGazetteer(folder, FILES_ONLY)).toThrow(/no \.json gazetteer files/);
    expect(() => readGazetteer(path.join(folder, 'missing'), FILES_ONLY)).toThrow(/gazetteer folder not found/);
  });

  test('adds the countries of the world that the files do not hold', () => {
    const folder = folderWith({ 'countries.json': json([{ ...kazakhstan, country: 'KZ' }]) });
    const gazetteer = readGazetteer(folder);
    const countries = gazetteer.entries.filter((entry) => entry.type === 'COUNTRY');
    expect(countries.filter((entry) => entry.country === 'KZ').map((entry) => entry.key)).toEqual(['kazakhstan']);
    expect(gazetteer.byKey.get('israel')).toMatchObject({ country: 'IL', names: { kk: 'Израиль', ru: 'Израиль', en: 'Israel' } });
    expect(countries.length).toBeGreaterThan(240);
  });

  test('a curated key that a library country would take keeps it; the country gets another', () => {
    const folder = folderWith({ 'places.json': json([{ ...taraz, key: 'israel', parent: undefined, country: 'KZ' }]) });
    const gazetteer = readGazetteer(folder);
    expect(gazetteer.byKey.get('israel')?.type).toBe('CITY');
    expect(gazetteer.byKey.get('israel-country')?.country).toBe('IL');
  });

  test('reads the project gazetteer by default', () => {
    const gazetteer = readGazetteer();
    expect(gazetteer.byKey.get('astana')?.type).toBe('CITY');
    expect(gazetteer.byKey.get('consulate-general-kazakhstan-shanghai')?.type).toBe('ORGANIZATION');
  });
});
