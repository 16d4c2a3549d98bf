/** Mention counts per month for a few entities, as the mention-volume chart and table take them. */
export interface MentionSeries {
  /** Stable identity (e.g. an entity key); used for React keys, never as a chart data path. */
  key: string;
  /** Display name, finished and localized. */
  name: string;
  /** One count per month, parallel to `months`; a missing count reads as 0. */
  counts: number[];
  /** Finished count strings parallel to `counts` (server-formatted); without them `String(count)`. */
  countLabels?: string[];
}

export interface MentionVolumeData {
  /** `YYYY-MM`, oldest first. */
  months: string[];
  /** Finished, localized month names parallel to `months`. */
  monthLabels: string[];
  series: MentionSeries[];
}

/** One chart row per month: `s0`, `s1`, … hold the counts, so entity keys never become data paths. */
export interface MentionChartRow {
  month: string;
  label: string;
  [seriesField: `s${number}`]: number;
}

/** The chart's field name for the series at `index`. */
export function seriesField(index: number): `s${number}` {
  return `s${index}`;
}

function countAt(series: MentionSeries, monthIndex: number): number {
  const count = series.counts[monthIndex];
  return typeof count === 'number' && Number.isFinite(count) ? count : 0;
}

/** The shown text for a series' count in a month: the server's label when given, else the plain integer. */
export function countLabelAt(series: MentionSeries, monthIndex: number): string {
  return series.countLabels?.[monthIndex] ?? String(countAt(series, monthIndex));
}

/** Rows for Recharts, one per month, with each series' count under its field. */
export function toChartRows({ months, monthLabels, series }: MentionVolumeData): MentionChartRow[] {
  return months.map((month, monthIndex) => {
    const row: MentionChartRow = { month, label: monthLabels[monthIndex] ?? month };
    series.forEach((entry, seriesIndex) => {
      row[seriesField(seriesIndex)] = countAt(entry, monthIndex);
    });
    return row;
  });
}
