import { kkInflectWord, type KkCase } from '@/lib/extract/morphology/kk-inflect';
import type { EventStatus } from '@/lib/domain/vocabulary';
import type { TitleLocale } from './event-title-templates';

/**
 * How an event's status reads today. A status is what its report said on the day it was
 * published: a planned event whose date has passed reads as planned *then* ("was planned for
 * 15 March 2026"), and an undated planned event from an earlier report as planned as of that
 * report's day. Messages `EventStatus.*` and `EventTitle.wasPlannedFor` / `plannedAsOf` hold the
 * words; this module decides which applies and puts the date in the form the message needs.
 */

export interface EventStatusInput {
  status: EventStatus;
  /** The event's date as the UI shows it ("15 марта 2026 г."); empty when undated. */
  dateLabel: string;
  /** The last day of the event's date, `YYYY-MM-DD`; null when undated. */
  endDay: string | null;
  /** The report's publication day, `YYYY-MM-DD`, and as the UI shows it. */
  publishedOn: string;
  publishedLabel: string;
  /** `YYYY-MM-DD`. */
  today: string;
}

export type EventStatusReading =
  | { key: EventStatus }
  | { key: EventStatusReadingKey; date: string };

type EventStatusReadingKey = 'wasPlannedFor' | 'plannedAsOf';

/** A label of years only: "2026", "2026–2028". */
const YEARS_ONLY = /^\d{4}(?:\s*[–-]\s*\d{4})?$/;

/**
 * Words a bare year takes in each message, one year and a range of years: Russian «на 2026 год»,
 * «на 2026–2028 годы»; Kazakh «2026 жылға», «2026–2028 жылдарға», «2026 жылғы».
 */
const YEAR_WORDS: Readonly<Record<TitleLocale, Readonly<Record<EventStatusReadingKey, readonly [string, string]>>>> = {
  en: { wasPlannedFor: ['', ''], plannedAsOf: ['', ''] },
  ru: { wasPlannedFor: ['год', 'годы'], plannedAsOf: ['год', 'годы'] },
  kk: { wasPlannedFor: ['жылға', 'жылдарға'], plannedAsOf: ['жылғы', 'жылдардағы'] },
};

/** The Kazakh ending each message puts on the date's last word: «наурызға жоспарланған», «ақпандағы жағдай бойынша». */
const KK_DATE_CASE: Readonly<Record<EventStatusReadingKey, KkCase>> = {
  wasPlannedFor: 'dative',
  plannedAsOf: 'locativeRelative',
};

/** A Kazakh abbreviated year word at the end of a date label, and the full word it stands for. */
const KK_YEAR_ABBREVIATION = { short: 'ж.', full: 'жыл' };

function dateFor(key: EventStatusReadingKey, label: string, locale: TitleLocale): string {
  const trimmed = label.trim();
  if (YEARS_ONLY.test(trimmed)) {
    const [one, many] = YEAR_WORDS[locale][key];
    const word = /[–-]/.test(trimmed) ? many : one;
    return word ? `${trimmed} ${word}` : trimmed;
  }
  if (locale !== 'kk') return trimmed;
  const cut = trimmed.lastIndexOf(' ');
  let last = trimmed.slice(cut + 1);
  if (last === KK_YEAR_ABBREVIATION.short) last = KK_YEAR_ABBREVIATION.full;
  return `${trimmed.slice(0, cut + 1)}${kkInflectWord(last, KK_DATE_CASE[key])}`;
}

/** Which status message applies today, with the date in the form that message takes. */
export function readEventStatus(input: EventStatusInput, locale: TitleLocale): EventStatusReading {
  if (input.status === 'held') return { key: 'held' };
  if (input.endDay !== null && input.dateLabel.trim() !== '') {
    return input.endDay < input.today ? { key: 'wasPlannedFor', date: dateFor('wasPlannedFor', input.dateLabel, locale) } : { key: 'planned' };
  }
  if (input.publishedOn < input.today) return { key: 'plannedAsOf', date: dateFor('plannedAsOf', input.publishedLabel, locale) };
  return { key: 'planned' };
}
