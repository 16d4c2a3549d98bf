import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from '@/lib/extract/gazetteer';
import { suggestMerges } from './suggest-merges';

const ROLE = { kk: 'Әкім', ru: 'Аким', en: 'Akim' };
const entries: GazetteerEntry[] = [
  { key: 'yerlan-bekzhanov', type: 'PERSON', names: { kk: 'Ерлан Бекжанов', ru: 'Ерлан Бекжанов', en: 'Yerlan Bekzhanov' }, role: ROLE },
  { key: 'urumqi', type: 'CITY', names: { kk: 'Үрімші', ru: 'Урумчи', en: 'Urumqi' }, coordinates: { lat: 43.8, lon: 87.6 } },
  { key: 'li-wei', type: 'PERSON', names: { kk: 'Ли Вэй', ru: 'Ли Вэй', en: 'Li Wei' }, role: ROLE },
];
const gazetteer = buildGazetteer(entries);

describe('suggestMerges', () => {
  it.each([
    ['the same person spelt another way in Latin', { kk: 'Ерлан Бекджанов', ru: 'Ерлан Бекджанов', en: 'Yerlan Bekdzhanov' }, 'PERSON', ['yerlan-bekzhanov']],
    ['a city written in Cyrillic by another scheme', { kk: 'Урумчы', ru: 'Урумчы', en: 'Urumchy' }, 'CITY', ['urumqi']],
  ] as const)('proposes %s', (_name, names, type, keys) => {
    expect(suggestMerges({ key: 'candidate-x', type, names }, gazetteer)).toEqual(keys);
  });

  it.each([
    ['a different person with a similar surname', { kk: 'Марат Бекмаханов', ru: 'Марат Бекмаханов', en: 'Marat Bekmakhanov' }, 'PERSON'],
    ['a name too short to tell (Li Wu)', { kk: 'Ли Ву', ru: 'Ли Ву', en: 'Li Wu' }, 'PERSON'],
    ['a matching name of another type', { kk: 'Урумчы', ru: 'Урумчы', en: 'Urumchy' }, 'ORGANIZATION'],
  ] as const)('does not propose %s', (_name, names, type) => {
    expect(suggestMerges({ key: 'candidate-x', type, names }, gazetteer)).toEqual([]);
  });
});
