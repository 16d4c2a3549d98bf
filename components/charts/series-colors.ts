/**
 * Line colours for chart series, in the order series are drawn. Mid-tones with 3:1 contrast
 * (WCAG non-text) against both card backgrounds in CHART_BACKGROUND; neighbours in the list are
 * far apart in hue so the first few series, the ones usually shown, are easiest to tell apart.
 */
export const SERIES_COLORS = ['#2563eb', '#ea580c', '#059669', '#c026d3', '#0891b2', '#dc2626', '#8b5cf6', '#65a30d'] as const;

/** The card a chart sits on: Tailwind white (light) and slate-900 (dark). */
export const CHART_BACKGROUND = { light: '#ffffff', dark: '#0f172a' } as const;

/** The colour of the series at `index`; the palette repeats past its end. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}
