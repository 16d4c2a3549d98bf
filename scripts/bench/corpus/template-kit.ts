import type { LocalizedNames } from '@/lib/extract/types';
import type { DatePhrases } from './date-phrases';
import type { NamedEntity, Person } from './entity-pools';
import type { Random } from './random';

/** What a sentence template draws from: the document's places and people, dates, numbers. */
export interface TemplateKit {
  random: Random;
  dates: DatePhrases;
  /** The document's main Kazakh and Chinese city most of the time, another one now and then. */
  kzCity(): NamedEntity;
  cnCity(): NamedEntity;
  kzRegion(): NamedEntity;
  cnRegion(): NamedEntity;
  kazakhOfficial(): Person;
  chineseOfficial(): Person;
  /** An official the gazetteer does not know. */
  inventedPerson(chinese: boolean): LocalizedNames;
  organization(): NamedEntity;
  airline(): NamedEntity;
  /** A count that is not a year (companies, tourists, millions): 12–480. */
  count(): number;
  percent(): number;
}

export type Template = (kit: TemplateKit) => string;

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

/** Invented event names, in each language. */
export const FORUM_NAMES: readonly LocalizedNames[] = [
  { kk: 'Дала жолы', ru: 'Степной путь', en: 'Steppe Road' },
  { kk: 'Жаңа белес', ru: 'Новый рубеж', en: 'New Horizon' },
  { kk: 'Көпір', ru: 'Мост', en: 'Bridge' },
];

export const EXPO_NAMES: readonly LocalizedNames[] = [
  { kk: 'Азия тауарлары', ru: 'Товары Азии', en: 'Asian Goods' },
  { kk: 'Жасыл технологиялар', ru: 'Зелёные технологии', en: 'Green Tech' },
  { kk: 'Агро Еуразия', ru: 'Агро Евразия', en: 'Agro Eurasia' },
];
