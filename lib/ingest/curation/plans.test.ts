import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '@/lib/extract/gazetteer';
import { defaultGazetteerDir } from '../read-gazetteer';
import { readGazetteerFiles } from './gazetteer-files';
import { CurationError, planMerge, planPromote, planReject, type CandidateRef } from './plans';

const files = readGazetteerFiles(defaultGazetteerDir);

const PERSON: CandidateRef = {
  key: 'candidate-person-timur-bekzhanov',
  type: 'PERSON',
  names: { kk: 'Тимур Бекжанов', ru: 'Тимур Бекжанов', en: 'Timur Bekzhanov' },
};
const SETTLEMENT: CandidateRef = {
  key: 'candidate-city-sarybulak-village',
  type: 'CITY',
  names: { kk: 'Сарыбұлақ ауылы', ru: 'село Сарыбулак', en: 'Sarybulak village' },
};
const ROLE = { kk: 'Консул', ru: 'Консул', en: 'Consul' };

function entriesOf(text: string): GazetteerEntry[] {
  return JSON.parse(text) as GazetteerEntry[];
}

describe('promote', () => {
  it.each([
    {
      name: 'a person, with a role, into people.json',
      candidate: PERSON,
      options: { key: 'timur-bekzhanov', role: ROLE, country: 'KZ' },
      file: 'people.json',
      expected: { key: 'timur-bekzhanov', type: 'PERSON', names: PERSON.names, country: 'KZ', role: ROLE },
    },
    {
      name: 'a place with reviewed names and coordinates into kz-places.json',
      candidate: SETTLEMENT,
      options: { key: 'sarybulak-village', names: { ru: 'Сарыбулак' }, country: 'KZ', coordinates: { lat: 43.6, lon: 69.7 } },
      file: 'kz-places.json',
      expected: {
        key: 'sarybulak-village',
        type: 'CITY',
        names: { kk: 'Сарыбұлақ ауылы', ru: 'Сарыбулак', en: 'Sarybulak village' },
        country: 'KZ',
        coordinates: { lat: 43.6, lon: 69.7 },
      },
    },
  ])('$name', ({ candidate, options, file, expected }) => {
    const plan = planPromote(files, candidate, options);
    expect(plan.writes.map((write) => write.file)).toEqual([file]);
    const written = entriesOf(plan.writes[0]!.text);
    expect(written.find((entry) => entry.key === expected.key)).toEqual(expected);
    expect(written).toHaveLength(files.find((f) => f.name === file)!.entries.length + 1);
    expect(plan.changedNames).toEqual(expect.arrayContaining(Object.values(expected.names)));
    expect(plan.summary[0]).toContain(expected.key);
  });

  it.each([
    { name: 'a person without a role', candidate: PERSON, options: { key: 'timur-bekzhanov' }, error: /role: PERSON needs a role/ },
    { name: 'a place without coordinates', candidate: SETTLEMENT, options: { key: 'sarybulak-village' }, error: /coordinates/ },
    { name: 'a key that is not kebab-case', candidate: PERSON, options: { key: 'Timur Bekzhanov', role: ROLE }, error: /kebab-case/ },
    { name: 'a key the gazetteer has', candidate: PERSON, options: { key: 'almaty', role: ROLE }, error: /already in the gazetteer/ },
    { name: 'an unknown parent', candidate: SETTLEMENT, options: { key: 'sarybulak-village', coordinates: { lat: 43, lon: 69 }, parent: 'no-such-region' }, error: /unknown parent/ },
  ])('refuses $name', ({ candidate, options, error }) => {
    expect(() => planPromote(files, candidate, options)).toThrow(CurationError);
    expect(() => planPromote(files, candidate, options)).toThrow(error);
  });
});

describe('merge', () => {
  it('adds the candidate names the entity lacks as aliases in their languages', () => {
    const candidate: CandidateRef = { key: 'candidate-city-almaty-qalasy', type: 'CITY', names: { kk: 'Алма-Ата', ru: 'Алма-Ата', en: 'Alma-Ata' } };
    const plan = planMerge(files, candidate, 'almaty');
    const almaty = entriesOf(plan.writes[0]!.text).find((entry) => entry.key === 'almaty')!;
    const before = files.flatMap((file) => file.entries).find((entry) => entry.key === 'almaty')!;
    for (const language of ['kk', 'ru', 'en'] as const) {
      expect(almaty.aliases?.[language]).toEqual(expect.arrayContaining([...(before.aliases?.[language] ?? []), candidate.names[language]]));
    }
    expect(almaty.names).toEqual(before.names);
  });

  it.each([
    { name: 'an unknown entity', into: 'no-such-entity', candidate: PERSON, error: /not in the gazetteer/ },
    { name: 'names the entity already has', into: 'almaty', candidate: { key: 'candidate-city-almaty', type: 'CITY', names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } } as CandidateRef, error: /already has every name/ },
  ])('refuses $name', ({ into, candidate, error }) => {
    expect(() => planMerge(files, candidate, into)).toThrow(error);
  });
});

describe('reject', () => {
  it('adds the candidate to the stop list, kept in key order', () => {
    const earlier = { key: 'candidate-person-zz', type: 'PERSON' as const, names: { kk: 'З', ru: 'З', en: 'Zz' } };
    const plan = planReject([earlier], PERSON, 'seeds/rejected-candidates.json');
    expect(JSON.parse(plan.writes[0]!.text)).toEqual([PERSON, earlier]);
    expect(plan.changedNames).toEqual([]);
  });

  it('refuses a candidate already rejected', () => {
    expect(() => planReject([PERSON], PERSON, 'seeds/rejected-candidates.json')).toThrow(/already rejected/);
  });
});
