import { describe, expect, test } from 'vitest';
import { buildGazetteer, surfaceForms, type GazetteerEntry } from '@/lib/extract/gazetteer';
import { asWritten, isoCountryEntries, slug } from './iso-countries';

const kazakhstan: GazetteerEntry = {
  key: 'kazakhstan',
  type: 'COUNTRY',
  names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
  country: 'KZ',
};
const togo: GazetteerEntry = {
  key: 'togo',
  type: 'COUNTRY',
  names: { kk: 'Того', ru: 'Того', en: 'Togo' },
  aliases: { ru: ['Тоголезская Республика'] },
  country: 'TG',
  displayOnly: ['kk', 'ru'],
};

describe('asWritten', () => {
  test.each([
    ['Moldova, Republic of', 'en', 'Republic of Moldova'],
    ['Virgin Islands, British', 'en', 'British Virgin Islands'],
    ['Micronesia, Federated States of', 'en', 'Federated States of Micronesia'],
    ['Bonaire, Sint Eustatius and Saba', 'en', 'Bonaire, Sint Eustatius and Saba'],
    ['Netherlands (Kingdom of the)', 'en', 'Netherlands'],
    ['The Gambia', 'en', 'Gambia'],
    ['Мьянма (Бирма)', 'kk', 'Мьянма'],
    ['Кокос (Килинг) аралдары', 'kk', 'Кокос аралдары'],
    ['Острова Святой Елены, Вознесения и Тристан-да-Кунья', 'ru', 'Острова Святой Елены, Вознесения и Тристан-да-Кунья'],
  ] as const)('%s (%s) → %s', (name, language, written) => {
    expect(asWritten(name, language)).toBe(written);
  });
});

describe('slug', () => {
  test.each([
    ['Bosnia and Herzegovina', 'bosnia-and-herzegovina'],
    ['Åland Islands', 'aland-islands'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['Guinea-Bissau', 'guinea-bissau'],
  ])('%s → %s', (name, key) => {
    expect(slug(name)).toBe(key);
  });
});

describe('isoCountryEntries', () => {
  const curated = [kazakhstan, togo];
  const entries = isoCountryEntries(curated);
  const byCode = new Map(entries.map((entry) => [entry.country, entry]));

  test('fills every ISO country that no curated row holds, except the places of China', () => {
    expect(entries.length).toBeGreaterThan(240);
    for (const code of ['KZ', 'TG', 'HK', 'MO', 'TW']) expect(byCode.has(code), code).toBe(false);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
  });

  test.each([
    ['IL', 'israel', 'Израиль', 'Израиль', 'Israel'],
    ['CY', 'cyprus', 'Кипр', 'Кипр', 'Cyprus'],
    ['OM', 'oman', 'Оман', 'Оман', 'Oman'],
    ['GR', 'greece', 'Грекия', 'Греция', 'Greece'],
    ['ES', 'spain', 'Испания', 'Испания', 'Spain'],
    ['AT', 'austria', 'Австрия', 'Австрия', 'Austria'],
  ])('%s is %s with its Kazakh, Russian and English names', (code, key, kk, ru, en) => {
    expect(byCode.get(code)).toMatchObject({ key, type: 'COUNTRY', country: code, names: { kk, ru, en } });
  });

  test('the shortest full name is shown, the official one is an alias', () => {
    expect(byCode.get('TZ')).toMatchObject({ names: { en: 'Tanzania' }, aliases: { en: ['United Republic of Tanzania'] } });
    expect(byCode.get('GM')?.names.en).toBe('Gambia');
  });

  test('a form two countries share is looked for in neither: both Congos are “Congo”', () => {
    for (const code of ['CG', 'CD']) {
      const congo = byCode.get(code);
      if (!congo) throw new Error(`no ${code}`);
      const forms = surfaceForms(congo).map(({ form }) => form.toLowerCase());
      expect(forms).not.toContain('congo');
    }
    expect(['CG', 'CD'].map((code) => byCode.get(code)?.names.en)).toEqual(['Republic of the Congo', 'Democratic Republic of the Congo']);
  });

  test('a name shown for two countries is display-only there', () => {
    const virgins = ['VG', 'VI'].map((code) => byCode.get(code));
    for (const islands of virgins) expect(islands?.displayOnly).toContain('ru');
  });

  test('with the curated rows, every entry passes the gazetteer’s checks', () => {
    expect(() => buildGazetteer([...curated, ...entries])).not.toThrow();
  });
});
