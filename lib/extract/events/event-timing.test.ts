import { describe, expect, test } from 'vitest';
import type { EventType } from '../types';
import { decideEventTiming, type EventTiming, type EventTimingInput } from './event-timing';

const PUBLISHED_AT = '2026-02-19';

describe('decideEventTiming', () => {
  test.each<[string, EventType, string | null, 'future' | 'past' | null, boolean, EventTiming]>([
    ['a held event without a date of its own shares the clause date', 'VISIT', null, 'past', false, { status: 'held', value: '2026-02-17', valueSource: 'text' }],
    ['a later date is planned whatever the verb', 'MEETING', '2026-03-01', 'past', false, { status: 'planned', value: '2026-03-01', valueSource: 'text' }],
    ['an earlier date is held whatever the verb', 'VISIT', '2026-02-01', 'future', false, { status: 'held', value: '2026-02-01', valueSource: 'text' }],
    ['a date around publication follows a future verb', 'VISIT', '2026', 'future', false, { status: 'planned', value: '2026', valueSource: 'text' }],
    ['a date around publication follows a past verb', 'VISIT', '2026', 'past', false, { status: 'held', value: '2026', valueSource: 'text' }],
    ['a plan around publication is planned even after a past verb', 'PLAN', '2026/2028', 'past', false, { status: 'planned', value: '2026/2028', valueSource: 'text' }],
    ['a plan whose period is over is held', 'PLAN', '2021/2025', null, false, { status: 'held', value: '2021/2025', valueSource: 'text' }],
    ['a held event without a date takes the publication date', 'MEETING', null, 'past', false, { status: 'held', value: PUBLISHED_AT, valueSource: 'publication' }],
    ['an event pointed back to keeps no date', 'CONFERENCE', null, 'past', true, { status: 'held', value: null, valueSource: 'none' }],
    ['an intended event without a date stays undated', 'VISIT', null, 'future', false, { status: 'planned', value: null, valueSource: 'none' }],
    ['no tense and no date: held but undated', 'MEETING', null, null, false, { status: 'held', value: null, valueSource: 'none' }],
    ['a period of days that began by publication is under way', 'OTHER', '2026-02-15/2026-03-15', 'future', false, { status: 'held', value: '2026-02-15/2026-03-15', valueSource: 'text' }],
    ['a half-year around publication follows the verb', 'VISIT', '2026-01/2026-06', 'future', false, { status: 'planned', value: '2026-01/2026-06', valueSource: 'text' }],
    ['a plan for days that began by publication stays planned', 'PLAN', '2026-02-15/2026-03-15', null, false, { status: 'planned', value: '2026-02-15/2026-03-15', valueSource: 'text' }],
  ])('%s', (_name, type, temporal, tense, anaphoric, expected) => {
    const clauseDate = _name.includes('clause date') ? '2026-02-17' : null;
    expect(decideEventTiming({ type, temporal, tense, anaphoric, clauseDate, publishedAt: PUBLISHED_AT })).toEqual(expected);
  });

  test.each<[string, Partial<EventTimingInput>, EventTiming]>([
    ['a held happening recalled («Напомним») keeps no publication date', { recall: true }, { status: 'held', value: null, valueSource: 'none' }],
    ['a clause date of a plan’s years is no moment of a meeting', { clauseDate: '2026/2028' }, { status: 'held', value: PUBLISHED_AT, valueSource: 'publication' }],
    ['a clause date of a day is shared', { clauseDate: '2026-02-17' }, { status: 'held', value: '2026-02-17', valueSource: 'text' }],
  ])('%s', (_name, input, expected) => {
    const base: EventTimingInput = { type: 'MEETING', temporal: null, tense: 'past', anaphoric: false, clauseDate: null, publishedAt: PUBLISHED_AT };
    expect(decideEventTiming({ ...base, ...input })).toEqual(expected);
  });
});
