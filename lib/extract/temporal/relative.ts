import type { Language } from '../types';
import { sourceLowerOrSentenceInitial, WORD_START } from './regex-parts';

/**
 * Relative expressions, resolved against the publication date. Each row is a regex source and the
 * shift it stands for; adding a phrase means adding a row.
 */

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeExpression {
  pattern: string;
  unit: RelativeUnit;
  offset: number;
}

/** Day words are lower case anywhere, capitalised only at a sentence start (not «Казахстан Сегодня»). */
const lowerOrInitial = sourceLowerOrSentenceInitial;

const RU_IN = `(?<=${WORD_START}[Вв]о?\\s+)`;
const RU_ON = `(?<=${WORD_START}[Нн]а\\s+)`;

export const RELATIVE_EXPRESSIONS: Record<Language, readonly RelativeExpression[]> = {
  kk: [
    // «бүгінгі таңда» is "nowadays", not a day.
    { pattern: `${lowerOrInitial('бүгін(?:гі)?')}(?!\\s+таң)`, unit: 'day', offset: 0 },
    // «бүгіннен бастап» (from today), the start of a range in «… 7 маусымға дейін».
    { pattern: lowerOrInitial('бүгіннен(?:\\s+бастап)?'), unit: 'day', offset: 0 },
    { pattern: lowerOrInitial('ертеңнен(?:\\s+бастап)?'), unit: 'day', offset: 1 },
    { pattern: lowerOrInitial('кеше(?:гі)?'), unit: 'day', offset: -1 },
    { pattern: lowerOrInitial('ертең(?:гі)?'), unit: 'day', offset: 1 },
    { pattern: '[Бб]иыл(?:ғы)?(?:\\s+жыл(?:ы|ғы|дың))?', unit: 'year', offset: 0 },
    { pattern: '(?:[Аа]ғымдағы|[Оо]сы)\\s+жыл(?:ы|ғы|дың|да)', unit: 'year', offset: 0 },
    { pattern: '[Бб]ылтыр(?:ғы)?', unit: 'year', offset: -1 },
    { pattern: '[Өө]ткен\\s+жыл(?:ы|ғы|дың|да|мен)', unit: 'year', offset: -1 },
    { pattern: '(?:[Кк]елесі|[Кк]елер|[Аа]лдағы)\\s+жыл(?:ы|ғы|дың|да|ға)', unit: 'year', offset: 1 },
    { pattern: '(?:[Оо]сы|[Аа]ғымдағы)\\s+апта(?:да|ның|ғы)', unit: 'week', offset: 0 },
    { pattern: '[Өө]ткен\\s+апта(?:да|ның|ғы)', unit: 'week', offset: -1 },
    { pattern: '(?:[Кк]елесі|[Аа]лдағы)\\s+апта(?:да|ның|ғы|ға)', unit: 'week', offset: 1 },
    { pattern: '(?:[Аа]ғымдағы|[Оо]сы)\\s+ай(?:да|дың|ғы)', unit: 'month', offset: 0 },
    { pattern: '[Өө]ткен\\s+ай(?:да|дың|ғы)', unit: 'month', offset: -1 },
    { pattern: '(?:[Кк]елесі|[Аа]лдағы)\\s+ай(?:да|дың|ғы|ға)', unit: 'month', offset: 1 },
  ],
  ru: [
    { pattern: lowerOrInitial('сегодня'), unit: 'day', offset: 0 },
    // «с сегодняшнего дня», the start of a range in «… по 7 июня».
    { pattern: '[Сс]егодняшн(?:его|ий|им|ему)\\s+(?:дня|день|числа|дню|днём|днем)', unit: 'day', offset: 0 },
    { pattern: '[Зз]автрашн(?:его|ий|им|ему)\\s+(?:дня|день|числа|дню|днём|днем)', unit: 'day', offset: 1 },
    { pattern: lowerOrInitial('вчера'), unit: 'day', offset: -1 },
    { pattern: lowerOrInitial('позавчера'), unit: 'day', offset: -2 },
    { pattern: lowerOrInitial('завтра'), unit: 'day', offset: 1 },
    { pattern: lowerOrInitial('послезавтра'), unit: 'day', offset: 2 },
    { pattern: `${RU_IN}(?:этом|текущем|нынешнем)\\s+году`, unit: 'year', offset: 0 },
    { pattern: `${RU_IN}(?:прошлом|минувшем|прошедшем)\\s+году`, unit: 'year', offset: -1 },
    { pattern: `${RU_IN}позапрошлом\\s+году`, unit: 'year', offset: -2 },
    { pattern: `${RU_IN}(?:следующем|будущем|наступающем)\\s+году`, unit: 'year', offset: 1 },
    { pattern: '(?:[Ээ]того|[Тт]екущего|[Нн]ынешнего)\\s+года', unit: 'year', offset: 0 },
    { pattern: '(?:[Пп]рошлого|[Мм]инувшего|[Пп]рошедшего)\\s+года', unit: 'year', offset: -1 },
    // «по сравнению с прошлым годом».
    { pattern: '(?:[Пп]рошлым|[Мм]инувшим|[Пп]редыдущим)\\s+годом', unit: 'year', offset: -1 },
    { pattern: '(?:[Сс]ледующего|[Бб]удущего|[Нн]аступающего)\\s+года', unit: 'year', offset: 1 },
    { pattern: `${RU_ON}(?:этой|текущей)\\s+неделе`, unit: 'week', offset: 0 },
    { pattern: `${RU_ON}(?:прошлой|минувшей|прошедшей)\\s+неделе`, unit: 'week', offset: -1 },
    { pattern: `${RU_ON}(?:следующей|будущей|предстоящей)\\s+неделе`, unit: 'week', offset: 1 },
    { pattern: `${RU_IN}(?:этом|текущем|нынешнем)\\s+месяце`, unit: 'month', offset: 0 },
    { pattern: `${RU_IN}(?:прошлом|минувшем)\\s+месяце`, unit: 'month', offset: -1 },
    { pattern: `${RU_IN}(?:следующем|будущем)\\s+месяце`, unit: 'month', offset: 1 },
    { pattern: '(?:[Ээ]того|[Тт]екущего)\\s+месяца', unit: 'month', offset: 0 },
    { pattern: '(?:[Пп]рошлого|[Мм]инувшего)\\s+месяца', unit: 'month', offset: -1 },
    { pattern: '(?:[Сс]ледующего|[Бб]удущего)\\s+месяца', unit: 'month', offset: 1 },
  ],
  en: [
    { pattern: lowerOrInitial('today'), unit: 'day', offset: 0 },
    { pattern: lowerOrInitial('yesterday'), unit: 'day', offset: -1 },
    { pattern: lowerOrInitial('tomorrow'), unit: 'day', offset: 1 },
    { pattern: '(?:[Tt]his|[Tt]he current)\\s+year', unit: 'year', offset: 0 },
    { pattern: '[Ll]ast\\s+year', unit: 'year', offset: -1 },
    { pattern: '(?:[Nn]ext|[Tt]he coming)\\s+year', unit: 'year', offset: 1 },
    { pattern: '[Tt]his\\s+week', unit: 'week', offset: 0 },
    { pattern: '[Ll]ast\\s+week', unit: 'week', offset: -1 },
    { pattern: '(?:[Nn]ext|[Tt]he coming)\\s+week', unit: 'week', offset: 1 },
    { pattern: '(?:[Tt]his|[Tt]he current)\\s+month', unit: 'month', offset: 0 },
    { pattern: '[Ll]ast\\s+month', unit: 'month', offset: -1 },
    { pattern: '(?:[Nn]ext|[Tt]he coming)\\s+month', unit: 'month', offset: 1 },
  ],
};

/**
 * Phrases naming a year inside a larger expression: «биылғы 15 наурызда», «в марте прошлого года»,
 * "the first half of next year". `periodOnly` rows (bare «жылдың», «года», "the year") name the
 * current year only after a part of a year: «жылдың бірінші жартысы», «второй половине года».
 */
export interface YearReference {
  pattern: string;
  offset: number;
  periodOnly?: boolean;
}

export const YEAR_REFERENCES: Record<Language, readonly YearReference[]> = {
  kk: [
    { pattern: '[Бб]иылғы(?:\\s+жыл(?:дың|ғы))?', offset: 0 },
    { pattern: '[Бб]иыл', offset: 0 },
    { pattern: '(?:[Аа]ғымдағы|[Оо]сы)\\s+жыл(?:дың|ғы)', offset: 0 },
    { pattern: '[Бб]ылтырғы(?:\\s+жыл(?:дың|ғы))?', offset: -1 },
    { pattern: '[Бб]ылтыр', offset: -1 },
    { pattern: '[Өө]ткен\\s+жыл(?:дың|ғы)', offset: -1 },
    { pattern: '(?:[Кк]елесі|[Кк]елер|[Аа]лдағы)\\s+жыл(?:дың|ғы)', offset: 1 },
    { pattern: '[Жж]ылдың', offset: 0, periodOnly: true },
  ],
  ru: [
    { pattern: '(?:этого|текущего|нынешнего)\\s+года', offset: 0 },
    // «т. г.» (текущего года) in official texts.
    { pattern: 'т\\.\\s?г\\.', offset: 0 },
    { pattern: '(?:прошлого|минувшего|прошедшего|предыдущего)\\s+года', offset: -1 },
    { pattern: 'позапрошлого\\s+года', offset: -2 },
    { pattern: '(?:следующего|будущего|наступающего)\\s+года', offset: 1 },
    { pattern: 'года', offset: 0, periodOnly: true },
  ],
  en: [
    { pattern: '(?:this|the current)\\s+year', offset: 0 },
    { pattern: 'last\\s+year', offset: -1 },
    { pattern: 'the\\s+(?:previous|preceding|prior)\\s+year', offset: -1 },
    { pattern: '(?:next|the coming)\\s+year', offset: 1 },
    { pattern: 'the\\s+year', offset: 0, periodOnly: true },
  ],
};

/** `last` / `this` / `next` before a weekday, month or season. */
export type RelativeModifier = 'last' | 'this' | 'next';

export const RELATIVE_MODIFIERS: Record<Language, readonly { pattern: string; modifier: RelativeModifier }[]> = {
  kk: [
    { pattern: '[Өө]ткен', modifier: 'last' },
    { pattern: '(?:[Кк]елесі|[Аа]лдағы)', modifier: 'next' },
    { pattern: '(?:[Оо]сы|[Бб]иылғы|[Аа]ғымдағы)', modifier: 'this' },
  ],
  ru: [
    { pattern: '(?:[Пп]рошл|[Мм]инувш|[Пп]рошедш)\\p{L}*', modifier: 'last' },
    { pattern: '(?:[Сс]ледующ|[Бб]удущ|[Бб]лижайш|[Нн]аступающ)\\p{L}*', modifier: 'next' },
    { pattern: '(?:[Ээ]т(?:от|у|а|о|ой|им|ом|ого)|[Тт]екущ\\p{L}*|[Нн]ынешн\\p{L}*)', modifier: 'this' },
  ],
  en: [
    { pattern: '[Ll]ast', modifier: 'last' },
    { pattern: '(?:[Nn]ext|[Cc]oming)', modifier: 'next' },
    { pattern: '[Tt]his', modifier: 'this' },
  ],
};

const wholeMatchers = new Map<string, RegExp>();

/** Whether `text` is exactly one match of `source` (compiled once per source). */
function wholeMatch(source: string, text: string): boolean {
  let matcher = wholeMatchers.get(source);
  if (!matcher) {
    matcher = new RegExp(`^(?:${source})$`, 'u');
    wholeMatchers.set(source, matcher);
  }
  return matcher.test(text);
}

export function yearReferencePattern(language: Language, { periods }: { periods: boolean }): string {
  const rows = YEAR_REFERENCES[language].filter((row) => periods || !row.periodOnly);
  return `(?:${rows.map((row) => row.pattern).join('|')})`;
}

/** The year shift a matched year phrase stands for («прошлого года» → -1), or null. */
export function yearReferenceOffset(language: Language, text: string): number | null {
  return YEAR_REFERENCES[language].find((row) => wholeMatch(row.pattern, text))?.offset ?? null;
}

export function modifierPattern(language: Language): string {
  return `(?:${RELATIVE_MODIFIERS[language].map((row) => row.pattern).join('|')})`;
}

export function modifierOf(language: Language, text: string): RelativeModifier | null {
  return RELATIVE_MODIFIERS[language].find((row) => wholeMatch(row.pattern, text))?.modifier ?? null;
}
