import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { readEventStatus, type EventStatusInput } from './event-status-label';
import type { TitleLocale } from './event-title';

const MESSAGES = { en, ru, kk } as const;

/** The label as the UI shows it: the reading rendered through the real messages. */
function statusLabel(input: EventStatusInput, locale: TitleLocale): string {
  const messages = MESSAGES[locale];
  const reading = readEventStatus(input, locale);
  if ('date' in reading) return createTranslator({ locale, messages, namespace: 'EventTitle' })(reading.key, { date: reading.date });
  return createTranslator({ locale, messages, namespace: 'EventStatus' })(reading.key);
}

const TODAY = '2026-06-01';

function input(overrides: Partial<EventStatusInput>): EventStatusInput {
  return { status: 'planned', dateLabel: '', endDay: null, publishedOn: '2026-02-19', publishedLabel: '', today: TODAY, ...overrides };
}

describe('readEventStatus: which reading applies', () => {
  test.each([
    ['held stays held, whatever the date', input({ status: 'held', dateLabel: 'March 15, 2026', endDay: '2026-03-15' }), 'held'],
    ['planned, date still ahead', input({ dateLabel: 'July 2026', endDay: '2026-07-31' }), 'planned'],
    ['planned, ends today: still ahead', input({ dateLabel: 'June 1, 2026', endDay: TODAY }), 'planned'],
    ['planned, a range that started but has not ended', input({ dateLabel: 'May – June 2026', endDay: '2026-06-30' }), 'planned'],
    ['planned, date passed', input({ dateLabel: 'March 15, 2026', endDay: '2026-03-15' }), 'wasPlannedFor'],
    ['planned, undated, from an earlier report', input({ publishedLabel: 'February 19, 2026' }), 'plannedAsOf'],
    ['planned, undated, reported today', input({ publishedOn: TODAY, publishedLabel: 'June 1, 2026' }), 'planned'],
  ])('%s', (_, value, key) => {
    expect(readEventStatus(value, 'en').key).toBe(key);
  });
});

describe('status labels in each locale', () => {
  test.each([
    // a day
    ['en', 'was planned for March 15, 2026', input({ dateLabel: 'March 15, 2026', endDay: '2026-03-15' })],
    ['ru', 'планировалось на 15 марта 2026 г.', input({ dateLabel: '15 марта 2026 г.', endDay: '2026-03-15' })],
    ['kk', '2026 ж. 15 наурызға жоспарланған еді', input({ dateLabel: '2026 ж. 15 наурыз', endDay: '2026-03-15' })],
    // a range of days and of months
    ['kk', '2026 ж. 26–28 наурызға жоспарланған еді', input({ dateLabel: '2026 ж. 26–28 наурыз', endDay: '2026-03-28' })],
    ['kk', '2026 ж. қаңтар – мамырға жоспарланған еді', input({ dateLabel: '2026 ж. қаңтар – мамыр', endDay: '2026-05-31' })],
    ['ru', 'планировалось на январь – май 2026 г.', input({ dateLabel: 'январь – май 2026 г.', endDay: '2026-05-31' })],
    // a year, and a range of years
    ['en', 'was planned for 2025', input({ dateLabel: '2025', endDay: '2025-12-31' })],
    ['ru', 'планировалось на 2025 год', input({ dateLabel: '2025', endDay: '2025-12-31' })],
    ['kk', '2025 жылға жоспарланған еді', input({ dateLabel: '2025', endDay: '2025-12-31' })],
    ['ru', 'планировалось на 2024–2025 годы', input({ dateLabel: '2024–2025', endDay: '2025-12-31' })],
    ['kk', '2024–2025 жылдарға жоспарланған еді', input({ dateLabel: '2024–2025', endDay: '2025-12-31' })],
    // undated, as of the report
    ['en', 'planned as of February 19, 2026', input({ publishedLabel: 'February 19, 2026' })],
    ['ru', 'запланировано по состоянию на 19 февраля 2026 г.', input({ publishedLabel: '19 февраля 2026 г.' })],
    ['kk', '2026 ж. 19 ақпандағы жағдай бойынша жоспарланған', input({ publishedLabel: '2026 ж. 19 ақпан' })],
    // still ahead, and held
    ['ru', 'запланировано', input({ dateLabel: 'июль 2026 г.', endDay: '2026-07-31' })],
    ['kk', 'өтті', input({ status: 'held', dateLabel: '2026 ж. 15 наурыз', endDay: '2026-03-15' })],
  ] as const)('%s: %s', (locale, expected, value) => {
    expect(statusLabel(value, locale)).toBe(expected);
  });
});
