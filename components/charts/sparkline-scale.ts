/**
 * Bar heights for a sparkline, in percent of the tallest bar. A non-zero value never drops below
 * `minPercent`, so one mention next to a hundred still shows; zero stays zero. Negative and
 * non-finite values count as zero.
 */
export function barHeightPercents(values: readonly number[], minPercent = 4): number[] {
  const clean = values.map((value) => (Number.isFinite(value) && value > 0 ? value : 0));
  const max = Math.max(0, ...clean);
  if (max === 0) return clean.map(() => 0);
  return clean.map((value) => (value === 0 ? 0 : Math.max(minPercent, Math.round((value / max) * 1000) / 10)));
}
