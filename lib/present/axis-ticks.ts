/** Tick dates (`YYYY-MM-01`) for a time axis from `start` to `end`: months, quarters or years by span. */
export function axisTickDates(start: string, end: string): { date: string; step: 'month' | 'quarter' | 'year' }[] {
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = end.split('-').map(Number) as [number, number];
  const months = (endYear - startYear) * 12 + (endMonth - startMonth);
  const step = months <= 15 ? 'month' : months <= 48 ? 'quarter' : 'year';
  const stride = step === 'month' ? 1 : step === 'quarter' ? 3 : 12;
  const ticks: { date: string; step: typeof step }[] = [];
  // Start on a boundary of the step so ticks read as quarters or years, not arbitrary months.
  let index = startYear * 12 + (startMonth - 1) + (start.slice(8) > '01' ? 1 : 0);
  index = Math.ceil(index / stride) * stride;
  const last = endYear * 12 + (endMonth - 1);
  for (; index <= last; index += stride) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    ticks.push({ date: `${year}-${String(month).padStart(2, '0')}-01`, step });
  }
  return ticks;
}
