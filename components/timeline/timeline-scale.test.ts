import { describe, expect, test } from 'vitest';
import { civilDayNumber } from '@/lib/domain/civil-date';
import {
  dayCenterPercent,
  edgeAnchor,
  percentAt,
  spanPercent,
  timelineDomain,
  visibleTicks,
  type TimelineDomain,
} from './timeline-scale';

/** A domain of exactly `days` days starting at `start`. */
function domainOf(start: string, days: number): TimelineDomain {
  const startDay = civilDayNumber(start);
  return { startDay, endDay: startDay + days };
}

describe('percentAt, dayCenterPercent and spanPercent', () => {
  const january = domainOf('2026-01-01', 30);

  test('the first day starts at 0%, the day after the last at 100%, the midpoint at 50%', () => {
    expect(percentAt(january, '2026-01-01')).toBe(0);
    expect(percentAt(january, '2026-01-16')).toBe(50);
    expect(percentAt(january, '2026-01-31')).toBe(100);
  });

  test('dates outside the domain fall outside 0–100', () => {
    expect(percentAt(january, '2025-12-31')).toBeLessThan(0);
    expect(percentAt(january, '2026-02-10')).toBeGreaterThan(100);
  });

  test('a day marker stands in the middle of its day', () => {
    const tenDays = domainOf('2026-05-01', 10);
    expect(dayCenterPercent(tenDays, '2026-05-01')).toBe(5);
    expect(dayCenterPercent(tenDays, '2026-05-10')).toBe(95);
  });

  test('a range covers whole days, so its width is proportional to its length', () => {
    const week = spanPercent(january, { start: '2026-01-04', end: '2026-01-10' });
    const fortnight = spanPercent(january, { start: '2026-01-04', end: '2026-01-17' });
    expect(week.left).toBe(10);
    expect(week.width).toBe(Math.round((7 / 30) * 100 * 1000) / 1000);
    expect(fortnight.width / week.width).toBeCloseTo(2, 2);
  });

  test('a single day still has a width of one day', () => {
    expect(spanPercent(domainOf('2026-01-01', 100), { start: '2026-01-20', end: '2026-01-20' })).toEqual({ left: 19, width: 1 });
  });

  test('a range given backwards is drawn as its forward range', () => {
    expect(spanPercent(january, { start: '2026-01-10', end: '2026-01-04' })).toEqual(
      spanPercent(january, { start: '2026-01-04', end: '2026-01-10' }),
    );
  });
});

describe('timelineDomain', () => {
  const noPadding = { padRatio: 0, minPadDays: 0, minSpanDays: 0 };

  test('without padding it spans exactly the first start to the last end', () => {
    const domain = timelineDomain(
      [
        { start: '2026-03-10', end: '2026-03-12' },
        { start: '2026-06-01', end: '2026-06-30' },
      ],
      '2026-04-01',
      noPadding,
    );
    expect(domain).toEqual({ startDay: civilDayNumber('2026-03-10'), endDay: civilDayNumber('2026-07-01') });
  });

  test('today after every item extends the domain to include today', () => {
    const items = [{ start: '2026-03-10', end: '2026-03-12' }];
    const domain = timelineDomain(items, '2026-11-24', noPadding);
    expect(domain.endDay).toBe(civilDayNumber('2026-11-25'));
    expect(dayCenterPercent(domain, '2026-11-24')).toBeLessThanOrEqual(100);
  });

  test('today before every item extends the domain backwards', () => {
    const domain = timelineDomain([{ start: '2027-01-01', end: '2027-06-30' }], '2026-11-24', noPadding);
    expect(domain.startDay).toBe(civilDayNumber('2026-11-24'));
  });

  test('padding keeps items off the edges on both sides', () => {
    const items = [
      { start: '2026-01-01', end: '2026-01-01' },
      { start: '2026-12-31', end: '2026-12-31' },
    ];
    const domain = timelineDomain(items, '2026-06-01', { padRatio: 0.05, minPadDays: 3, minSpanDays: 0 });
    const first = spanPercent(domain, items[0]!);
    const last = spanPercent(domain, items[1]!);
    expect(first.left).toBeGreaterThan(3);
    expect(100 - (last.left + last.width)).toBeGreaterThan(3);
    expect(first.left).toBeCloseTo(100 - (last.left + last.width), 5);
  });

  test('a lone one-day event does not fill the track: the minimum span applies around it', () => {
    const domain = timelineDomain([{ start: '2026-05-09', end: '2026-05-09' }], '2026-05-09', { minSpanDays: 30 });
    expect(domain.endDay - domain.startDay).toBe(30);
    expect(dayCenterPercent(domain, '2026-05-09')).toBeGreaterThan(45);
    expect(dayCenterPercent(domain, '2026-05-09')).toBeLessThan(55);
  });
});

describe('edgeAnchor', () => {
  test.each([
    [0, 'start'],
    [3, 'start'],
    [50, 'center'],
    [97, 'end'],
    [100, 'end'],
  ] as const)('a label at %s%% is anchored %s', (percent, anchor) => {
    expect(edgeAnchor(percent, 6)).toBe(anchor);
  });
});

describe('visibleTicks', () => {
  const year = domainOf('2026-01-01', 365);
  const monthly = Array.from({ length: 14 }, (_unused, index) => {
    const month = index % 12;
    const yearNumber = 2026 + Math.floor(index / 12);
    return { date: `${yearNumber}-${String(month + 1).padStart(2, '0')}-01`, label: `M${index + 1}` };
  });

  test('drops ticks off the track (the right edge itself is on it) and orders them by position', () => {
    const ticks = visibleTicks([...monthly].reverse(), year, 0);
    expect(ticks.map((tick) => tick.label)).toEqual(monthly.slice(0, 13).map((tick) => tick.label));
    expect(ticks.at(-1)?.percent).toBe(100);
    expect(ticks[0]?.percent).toBe(0);
  });

  test('thins crowded ticks to every k-th one so neighbours keep the minimum gap', () => {
    const ticks = visibleTicks(monthly, year, 15);
    const gaps = ticks.slice(1).map((tick, index) => tick.percent - (ticks[index]?.percent ?? 0));
    expect(ticks.map((tick) => tick.label)).toEqual(['M1', 'M3', 'M5', 'M7', 'M9', 'M11', 'M13']);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
  });

  test('keeps every tick when they are far enough apart', () => {
    expect(visibleTicks(monthly, year, 5)).toHaveLength(13);
  });

  test('keeps the caller’s labels untouched', () => {
    const [first] = visibleTicks([{ date: '2026-01-01', label: 'қаң. 2026' }], year);
    expect(first).toEqual({ date: '2026-01-01', label: 'қаң. 2026', percent: 0 });
  });
});
