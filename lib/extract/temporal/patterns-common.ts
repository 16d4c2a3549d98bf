import { DASH, DAY_DIGITS, MONTH_DIGITS, NUMBER_END, NUMBER_START, WORD_END, YEAR_DIGITS } from './regex-parts';
import { resolveInterval, resolvePoint } from './resolve';
import { defineRule, IMPOSSIBLE_DATE, readNumber, type TemporalRule } from './rule';

/** Numeric forms that read the same in every language. */

/** A year range written with digits only is taken at face value when it is short and forward: 2026–2028. */
const MAX_YEAR_RANGE = 50;

/** Year words that may follow a numeric date: «15.03.2026 ж.», «15.03.2026 года». */
const NUMERIC_DATE_YEAR_WORD = `(?:\\s*(?:(?:жылы|жылғы|года|год)${WORD_END}|ж\\.|г\\.|г${WORD_END}))?`;

export const COMMON_RULES: readonly TemporalRule[] = [
  defineRule(
    'iso-date',
    `${NUMBER_START}(?<y>${YEAR_DIGITS})-(?<m>1[0-2]|0[1-9])-(?<d>3[01]|[12]\\d|0[1-9])(?![\\p{N}])`,
    (groups) => {
      const [year, month, day] = [readNumber(groups, 'y'), readNumber(groups, 'm'), readNumber(groups, 'd')];
      if (year === null || month === null || day === null) return null;
      return resolvePoint({ year, month, day }, true) ?? IMPOSSIBLE_DATE;
    },
  ),
  defineRule(
    'numeric-date',
    `${NUMBER_START}(?<d>${DAY_DIGITS})\\.(?<m>${MONTH_DIGITS})\\.(?<y>${YEAR_DIGITS})(?![\\p{N}])${NUMERIC_DATE_YEAR_WORD}`,
    (groups) => {
      const [year, month, day] = [readNumber(groups, 'y'), readNumber(groups, 'm'), readNumber(groups, 'd')];
      if (year === null || month === null || day === null) return null;
      return resolvePoint({ year, month, day }, true) ?? IMPOSSIBLE_DATE;
    },
  ),
  defineRule('year-range-digits', `${NUMBER_START}(?<a>${YEAR_DIGITS})${DASH}(?<b>${YEAR_DIGITS})${NUMBER_END}`, (groups) => {
    const [first, last] = [readNumber(groups, 'a'), readNumber(groups, 'b')];
    if (first === null || last === null || last <= first || last - first > MAX_YEAR_RANGE) return null;
    return resolveInterval({ year: first }, { year: last }, true);
  }),
];
