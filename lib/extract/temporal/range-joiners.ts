import type { Language } from '../types';
import { resolveInterval, withYear, type Resolution } from './resolve';

/**
 * Two complete expressions joined into a range: «30 сәуір – 2 мамыр», «с 30 апреля по 2 мая»,
 * "from January to March 2026", «30 сәуірден 2 мамырға дейін». Each row says what may stand
 * before the first expression, between the two, and after the second.
 */
export interface RangeJoiner {
  /** Text that ends right before the first expression; joins the span. */
  lead?: RegExp;
  leadRequired?: boolean;
  /** The whole text between the two expressions. */
  gap: RegExp;
  /** Text that starts right after the second expression; joins the span. */
  tail?: RegExp;
  tailRequired?: boolean;
  /** The first expression's own text must match (a Kazakh ablative ending). */
  firstText?: RegExp;
  /** The first expression may be a day named relative to publication: «с сегодняшнего дня по 7 июня». */
  fromRelativeDay?: boolean;
}

const DASH_GAP = /^\s*[-–—]\s*$/u;

export const RANGE_JOINERS: Record<Language, readonly RangeJoiner[]> = {
  kk: [
    { gap: DASH_GAP, tail: /^\s+(?:аралығында|аралығындағы|аралығы|аралықта|күндері)(?![\p{L}\p{N}])/u },
    {
      // «30 сәуірден 2 мамырға дейін», «бүгіннен бастап 7 маусымға дейін».
      firstText: /(?:дан|ден|тан|тен|нан|нен)(?:\s+бастап)?$/u,
      gap: /^\s+(?:бастап\s+)?$/u,
      tail: /^\s+(?:дейін|шейін)(?:гі)?(?![\p{L}\p{N}])/u,
      tailRequired: true,
      fromRelativeDay: true,
    },
  ],
  ru: [
    { gap: DASH_GAP },
    { lead: /(?<![\p{L}\p{N}])[Сс]о?\s+$/u, leadRequired: true, gap: /^\s+(?:по|до)\s+$/u, fromRelativeDay: true },
    { lead: /(?<![\p{L}\p{N}])[Оо]т\s+$/u, leadRequired: true, gap: /^\s+до\s+$/u },
  ],
  en: [
    { lead: /(?<![\p{L}\p{N}])[Ff]rom\s+$/u, gap: DASH_GAP },
    {
      lead: /(?<![\p{L}\p{N}])[Ff]rom\s+$/u,
      leadRequired: true,
      gap: /^\s+(?:to|till|until)\s+$/u,
      fromRelativeDay: true,
    },
    { lead: /(?<![\p{L}\p{N}])[Ff]rom\s+$/u, gap: /^\s+through\s+$/u },
    { lead: /(?<![\p{L}\p{N}])[Bb]etween\s+$/u, leadRequired: true, gap: /^\s+and\s+$/u },
  ],
};

/** A weekday next to its date: "Thursday, February 19", «4 наурыз, сәрсенбі күні». The date wins. */
export const APPOSITION_GAP = /^,\s*$/u;

/** How far back a lead word is looked for. */
export const LEAD_WINDOW = 24;

function dayOfYearOrder({ from }: Resolution): number {
  return (from.month ?? 1) * 100 + (from.day ?? 1);
}

const JOINABLE_KINDS = new Set(['day', 'month', 'year']);

/**
 * The range from `first` to `second`, both plain calendar points of the same precision (or, with
 * `fromRelativeDay`, today or tomorrow up to a day). A side without a written year borrows it
 * from the other (stepping a year when the range crosses New Year: "December 28 – January 3,
 * 2027"); null when the range would run backwards.
 */
export function joinResolutions(first: Resolution, second: Resolution, { fromRelativeDay = false } = {}): Resolution | null {
  const firstKind = fromRelativeDay && first.kind === 'relativeDay' ? 'day' : first.kind;
  if (firstKind !== second.kind || !JOINABLE_KINDS.has(firstKind)) return null;
  const crossesNewYear = dayOfYearOrder(second) < dayOfYearOrder(first);
  let start: Resolution | null = first;
  let end: Resolution | null = second;
  if (!first.yearStated && second.yearStated) {
    start = withYear(first, second.from.year - (crossesNewYear ? 1 : 0));
  } else if (!second.yearStated) {
    end = withYear(second, first.from.year + (crossesNewYear ? 1 : 0));
  }
  if (!start || !end) return null;
  return resolveInterval(start.from, end.to, first.yearStated || second.yearStated);
}
