import { firstIndex } from '../first-index';
import { shiftYears, type Resolution } from './resolve';

/**
 * «өткен жылдың осы кезеңімен», «аналогичный период прошлого года», "the same period of the
 * previous year" name the period the text is counting, one year earlier: after "1–3 January …",
 * the same period last year is 1–3 January of the year before.
 *
 * The period referred to is the nearest expression before the phrase that spans more than one
 * day (a range, a month, a season, a counted period, a part of a month or year), or a year named
 * in the same or the previous sentence («В 2025 году … по сравнению с аналогичным периодом
 * прошлого года»). Single days and weekdays are dates, not periods. With no such period, the phrase keeps the
 * year it names (the previous year, or the year written: «аналогичным периодом 2024 года»).
 */

interface Placed {
  start: number;
  end: number;
  resolution: Resolution;
}

/** A sentence ends where a full stop (or ! ? …), maybe with a closing quote, comes before a space. */
const SENTENCE_END = /[.!?…]["»”)]?\s/gu;

function sentenceEnds(body: string): number[] {
  return [...body.matchAll(SENTENCE_END)].map((match) => match.index);
}

/** How many of the sorted `ends` lie in [from, to). */
function countBetween(ends: readonly number[], from: number, to: number): number {
  return firstIndex(ends, (at) => at >= to) - firstIndex(ends, (at) => at >= from);
}

function isSingleDay({ from, to }: Resolution): boolean {
  return from.day !== undefined && from.year === to.year && from.month === to.month && from.day === to.day;
}

function isYearOnly({ from, to }: Resolution): boolean {
  return from.month === undefined && to.month === undefined && from.year === to.year;
}

/** Resolves every same-period expression against the period before it; `expressions` are sorted by start. */
export function resolveSamePeriods<T extends Placed>(body: string, expressions: readonly T[]): T[] {
  if (!expressions.some(({ resolution }) => resolution.kind === 'samePeriod')) return [...expressions];
  const ends = sentenceEnds(body);
  let period: Placed | null = null;
  let year: Placed | null = null;
  return expressions.map((expression) => {
    const { resolution } = expression;
    if (resolution.kind !== 'samePeriod') {
      if (isYearOnly(resolution)) year = expression;
      else if (!isSingleDay(resolution) && resolution.kind !== 'weekday') period = expression;
      return expression;
    }
    const nearYear: Placed | null =
      year && (!period || year.start > period.start) && countBetween(ends, year.end, expression.start) <= 1 ? year : null;
    const reference = nearYear ?? period;
    const target = resolution.samePeriodYear;
    if (!reference || !target) return expression;
    const years = 'shift' in target ? target.shift : target.year - reference.resolution.from.year;
    const shifted = shiftYears(reference.resolution, years);
    return shifted ? { ...expression, resolution: { ...shifted, kind: 'samePeriod' } } : expression;
  });
}
