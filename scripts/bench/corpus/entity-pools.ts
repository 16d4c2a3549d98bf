import type { Gazetteer, GazetteerEntry } from '@/lib/extract/gazetteer';
import type { Language, LocalizedNames } from '@/lib/extract/types';

/**
 * The entities a synthetic document talks about: places, people and organisations of the
 * gazetteer, plus a few invented people the gazetteer does not know (real news names many
 * officials no list holds; they exercise candidate detection).
 */

export interface NamedEntity {
  key: string;
  names: LocalizedNames;
}

export interface Person extends NamedEntity {
  /** The post written before the name: «Шанхай мэрі», «мэр Шанхая», "Mayor of Shanghai". */
  role: LocalizedNames;
  /** ISO country code, e.g. KZ, CN. */
  country: string;
}

export interface EntityPools {
  kzCities: NamedEntity[];
  cnCities: NamedEntity[];
  kzRegions: NamedEntity[];
  cnRegions: NamedEntity[];
  people: Person[];
  organizations: NamedEntity[];
  airlines: NamedEntity[];
}

const AIRLINE_KEYS = new Set([
  'air-astana',
  'scat-airlines',
  'flyarystan',
  'qazaq-air',
  'air-china',
  'china-southern-airlines',
  'china-eastern-airlines',
  'hainan-airlines',
  'sichuan-airlines',
]);

/** Names with brackets («Қорғас (ҚХР)») are gazetteer disambiguations, never written that way in news. */
function writable(entry: GazetteerEntry): boolean {
  return !Object.values(entry.names).some((name) => /[()]/.test(name));
}

function names(entry: GazetteerEntry): LocalizedNames {
  return { kk: entry.names.kk, ru: entry.names.ru, en: entry.names.en };
}

/** "Akim (Mayor) of Almaty (since May 2025)" → "Akim of Almaty": the post as a byline writes it. */
function shortRole(role: string): string {
  const first = role.split(/[;,]/)[0] ?? role;
  return first.replace(/\s*\([^)]*\)/g, '').trim();
}

export function buildEntityPools(gazetteer: Gazetteer): EntityPools {
  const entries = gazetteer.entries.filter(writable);
  const places = (type: 'CITY' | 'REGION', country: string) =>
    entries.filter((entry) => entry.type === type && entry.country === country).map((entry) => ({ key: entry.key, names: names(entry) }));
  const people: Person[] = entries
    .filter((entry) => entry.type === 'PERSON' && entry.role)
    .map((entry) => {
      const role = entry.role as LocalizedNames;
      return {
        key: entry.key,
        names: names(entry),
        role: { kk: shortRole(role.kk), ru: shortRole(role.ru), en: shortRole(role.en) },
        country: entry.country ?? '',
      };
    });
  const organizations = entries.filter((entry) => entry.type === 'ORGANIZATION');
  return {
    kzCities: places('CITY', 'KZ'),
    cnCities: places('CITY', 'CN'),
    kzRegions: places('REGION', 'KZ'),
    cnRegions: places('REGION', 'CN'),
    people,
    organizations: organizations.filter((entry) => !AIRLINE_KEYS.has(entry.key)).map((entry) => ({ key: entry.key, names: names(entry) })),
    airlines: organizations.filter((entry) => AIRLINE_KEYS.has(entry.key)).map((entry) => ({ key: entry.key, names: names(entry) })),
  };
}

/** Invented officials: common given names and surnames, never a real person's full name on purpose. */
export const INVENTED_KAZAKH_PEOPLE: readonly LocalizedNames[] = [
  { kk: 'Ерлан Сапаров', ru: 'Ерлан Сапаров', en: 'Yerlan Saparov' },
  { kk: 'Айгүл Жұмабекова', ru: 'Айгуль Жумабекова', en: 'Aigul Zhumabekova' },
  { kk: 'Бауыржан Оспанов', ru: 'Бауыржан Оспанов', en: 'Baurzhan Ospanov' },
  { kk: 'Динара Қасенова', ru: 'Динара Касенова', en: 'Dinara Kassenova' },
  { kk: 'Асхат Әлімов', ru: 'Асхат Алимов', en: 'Askhat Alimov' },
  { kk: 'Гүлнар Төлеуова', ru: 'Гульнар Тлеуова', en: 'Gulnar Tleuova' },
  { kk: 'Серік Байжанов', ru: 'Серик Байжанов', en: 'Serik Baizhanov' },
  { kk: 'Мадина Нұрланова', ru: 'Мадина Нурланова', en: 'Madina Nurlanova' },
];

export const INVENTED_CHINESE_PEOPLE: readonly LocalizedNames[] = [
  { kk: 'Чжан Вэй', ru: 'Чжан Вэй', en: 'Zhang Wei' },
  { kk: 'Лю Ян', ru: 'Лю Ян', en: 'Liu Yang' },
  { kk: 'Ван Лэй', ru: 'Ван Лэй', en: 'Wang Lei' },
  { kk: 'Чэнь Цзе', ru: 'Чэнь Цзе', en: 'Chen Jie' },
  { kk: 'Чжоу Мин', ru: 'Чжоу Мин', en: 'Zhou Ming' },
  { kk: 'Сунь Хао', ru: 'Сунь Хао', en: 'Sun Hao' },
  { kk: 'Ху Бинь', ru: 'Ху Бинь', en: 'Hu Bin' },
  { kk: 'Го Линь', ru: 'Го Линь', en: 'Guo Lin' },
];

export function nameIn(entity: { names: LocalizedNames }, language: Language): string {
  return entity.names[language];
}
