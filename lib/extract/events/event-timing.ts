import type { EventStatus, EventType, TemporalValue } from '../types';
import { PROSPECTIVE_EVENT_TYPES } from './event-triggers';
import { placeRelativeTo } from './value-interval';

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
 * 2. otherwise (no date, or a date around publication such as «биыл») the governing verb decides:
 *    future, intent or proposal → planned; past → held;
 * 3. with no verb in sight, held.
 * Plans (roadmaps, programmes) are planned unless their period lies wholly before publication.
 * A held event reported in the past tense without a date of its own shares the date of its clause
 * when there is one, else took place on the day of the news and takes the publication date; unless
 * it merely points back to an event told earlier.
 */
export function decideEventTiming(input: EventTimingInput): EventTiming {
  const { temporal, tense, publishedAt } = input;
  if (temporal !== null) {
    const place = placeRelativeTo(temporal, publishedAt);
    const status: EventStatus =
      place === 'after' ? 'planned' : place === 'before' ? 'held' : statusAroundPublication(input.type, tense);
    return { status, value: temporal, valueSource: 'text' };
  }
  const status = statusAroundPublication(input.type, tense);
  if (status === 'held' && tense === 'past' && !input.anaphoric) {
    const { clauseDate } = input;
    if (clauseDate !== null && placeRelativeTo(clauseDate, publishedAt) !== 'after') {
      return { status, value: clauseDate, valueSource: 'text' };
    }
    return { status, value: publishedAt, valueSource: 'publication' };
  }
  return { status, value: null, valueSource: 'none' };
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
