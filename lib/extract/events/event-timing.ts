import type { EventStatus, EventType, TemporalValue } from '../types';
import { PROSPECTIVE_EVENT_TYPES } from './event-triggers';
import { placeRelativeTo, toDayInterval, widthInDays } from './value-interval';

/** Where an event's value came from: the text, the publication date (a held event told without a date), or nowhere. */
export type ValueSource = 'text' | 'publication' | 'none';

export interface EventTimingInput {
  type: EventType;
  /** The date the sentence gives the event, if any. */
  temporal: TemporalValue | null;
  /** Tense of the verb that governs the event word, if one was found. */
  tense: 'future' | 'past' | null;
  /** The event word points back to an event told earlier («аталған конференция»). */
  anaphoric: boolean;
  /**
   * The nearest date of the clause even though another event of the sentence took it («визит …
   * 17 июня состоялись переговоры»): a held event told without a date of its own shares it.
   */
  clauseDate: TemporalValue | null;
  /** The sentence recalls the past («Напомним», "As reported earlier", «Жуырда»): not today's news. */
  recall?: boolean;
  publishedAt: string;
}

export interface EventTiming {
  status: EventStatus;
  value: TemporalValue | null;
  valueSource: ValueSource;
}

/**
 * Held or planned, relative to the publication date:
 * 1. a date wholly after publication → planned; wholly before → held;
 * 2. a period that began by the publication day («с 29 мая по 7 июня», from the day of the news)
 *    has begun → held;
 * 3. otherwise (no date, or a date around publication such as «биыл») the governing verb decides:
 *    future, intent or proposal → planned; past → held;
 * 4. with no verb in sight, held.
 * Plans (roadmaps, programmes) are planned unless their period lies wholly before publication.
 * A held event reported in the past tense without a date of its own shares the date of its clause
 * when there is one and it names a moment (a day, a month, not a plan's years), else took place on
 * the day of the news and takes the publication date;
 * unless it merely points back to an event told earlier, or the sentence recalls the past.
 */
export function decideEventTiming(input: EventTimingInput): EventTiming {
  const { temporal, tense, publishedAt } = input;
  if (temporal !== null) {
    const place = placeRelativeTo(temporal, publishedAt);
    const status: EventStatus =
      place === 'after'
        ? 'planned'
        : place === 'before' || (place === 'around' && periodHasBegun(input.type, temporal, publishedAt))
          ? 'held'
          : statusAroundPublication(input.type, tense);
    return { status, value: temporal, valueSource: 'text' };
  }
  const status = statusAroundPublication(input.type, tense);
  if (status === 'held' && tense === 'past' && !input.anaphoric) {
    const { clauseDate } = input;
    if (clauseDate !== null && isMoment(clauseDate) && placeRelativeTo(clauseDate, publishedAt) !== 'after') {
      return { status, value: clauseDate, valueSource: 'text' };
    }
    if (!input.recall) return { status, value: publishedAt, valueSource: 'publication' };
  }
  return { status, value: null, valueSource: 'none' };
}

const DAY_START = /^\d{4}-\d{2}-\d{2}\//u;
/** The longest date one moment of a story is told with (a day, a week, a month): a three-year span dates a plan, not a meeting. */
const MOMENT_DAYS = 31;

export function isMoment(value: TemporalValue): boolean {
  const interval = toDayInterval(value);
  return interval !== null && widthInDays(interval) <= MOMENT_DAYS;
}

/** A period written from a day («с 29 мая по 7 июня») whose first day is not after publication: it is under way. */
function periodHasBegun(type: EventType, value: TemporalValue, publishedAt: string): boolean {
  if (PROSPECTIVE_EVENT_TYPES.has(type) || !DAY_START.test(value)) return false;
  const interval = toDayInterval(value);
  return interval !== null && interval.start <= publishedAt && interval.end > publishedAt;
}

/** A plan is about its period, not about the meeting that discussed it: it stays planned until its period is over. */
function statusAroundPublication(type: EventType, tense: 'future' | 'past' | null): EventStatus {
  if (PROSPECTIVE_EVENT_TYPES.has(type)) return 'planned';
  return statusFromTense(tense) ?? 'held';
}

function statusFromTense(tense: 'future' | 'past' | null): EventStatus | null {
  if (tense === 'future') return 'planned';
  if (tense === 'past') return 'held';
  return null;
}
