/**
 * The time axis of the event timeline: civil dates (`YYYY-MM-DD`) to percentages of the track.
 * A date stands for its whole day, so a value covering `start..end` spans `end + 1 − start` days
 * and a single day still has a width.
 */

import { civilDayNumber } from '@/lib/domain/civil-date';

/** Inclusive civil-date range; a single day has `start === end`. */
export interface DateSpan {
  start: string;
  end: string;
}

/** The days the track shows, as day numbers: `startDay` inclusive, `endDay` exclusive. */
export interface TimelineDomain {
  startDay: number;
  endDay: number;
}

export interface DomainOptions {
  /** Share of the covered span added on each side, so items never touch the edges. */
  padRatio?: number;
  /** Least padding on each side, in days. */
  minPadDays?: number;
  /** Least total span in days, so one event does not fill the whole track. */
  minSpanDays?: number;
}

/** Where a label sits relative to its point: centred, or pushed inwards near an edge. */
export type EdgeAnchor = 'start' | 'center' | 'end';

/** Percentages are rounded so markup stays short and stable. */
function roundPercent(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The domain covering every span and today, padded on both sides. Spans given backwards
 * (`end` before `start`) count as their reversed range.
 */
export function timelineDomain(spans: readonly DateSpan[], today: string, options: DomainOptions = {}): TimelineDomain {
  const { padRatio = 0.04, minPadDays = 3, minSpanDays = 30 } = options;
  const todayDay = civilDayNumber(today);
  let first = todayDay;
  let last = todayDay + 1;
  for (const span of spans) {
    const a = civilDayNumber(span.start);
    const b = civilDayNumber(span.end);
    first = Math.min(first, a, b);
    last = Math.max(last, Math.max(a, b) + 1);
  }
  const covered = last - first;
  const pad = Math.max(minPadDays, Math.round(covered * padRatio));
  const shortfall = Math.max(0, minSpanDays - (covered + 2 * pad));
  const before = pad + Math.floor(shortfall / 2);
  const after = pad + Math.ceil(shortfall / 2);
  return { startDay: first - before, endDay: last + after };
}

/** Position of the start of `isoDate` on the track, 0–100 (outside when the date is). */
export function percentAt(domain: TimelineDomain, isoDate: string): number {
  return roundPercent(((civilDayNumber(isoDate) - domain.startDay) / (domain.endDay - domain.startDay)) * 100);
}

/** Position of the middle of `isoDate`: where a single-day marker or the today line stands. */
export function dayCenterPercent(domain: TimelineDomain, isoDate: string): number {
  return roundPercent(((civilDayNumber(isoDate) + 0.5 - domain.startDay) / (domain.endDay - domain.startDay)) * 100);
}

/** Left edge and width, in percent of the track, of the whole days `start..end`. */
export function spanPercent(domain: TimelineDomain, span: DateSpan): { left: number; width: number } {
  const a = civilDayNumber(span.start);
  const b = civilDayNumber(span.end);
  const total = domain.endDay - domain.startDay;
  const from = Math.min(a, b);
  const to = Math.max(a, b) + 1;
  return { left: roundPercent(((from - domain.startDay) / total) * 100), width: roundPercent(((to - from) / total) * 100) };
}

/** A label centred on `percent` would spill over the edge within `margin`: anchor it inwards. */
export function edgeAnchor(percent: number, margin = 6): EdgeAnchor {
  if (percent < margin) return 'start';
  if (percent > 100 - margin) return 'end';
  return 'center';
}

/**
 * The caller's ticks that fall on the track, thinned to every k-th one (the smallest k that keeps
 * neighbours at least `minGapPercent` apart), so the kept ticks stay evenly spaced.
 */
export function visibleTicks<T extends { date: string }>(
  ticks: readonly T[],
  domain: TimelineDomain,
  minGapPercent = 10,
): (T & { percent: number })[] {
  const inside = ticks
    .map((tick) => ({ ...tick, percent: percentAt(domain, tick.date) }))
    .filter((tick) => tick.percent >= 0 && tick.percent <= 100)
    .sort((a, b) => a.percent - b.percent);
  for (let stride = 1; stride <= inside.length; stride += 1) {
    const kept = inside.filter((_tick, index) => index % stride === 0);
    const crowded = kept.some((tick, index) => index > 0 && tick.percent - (kept[index - 1]?.percent ?? 0) < minGapPercent);
    if (!crowded) return kept;
  }
  return inside.slice(0, 1);
}
