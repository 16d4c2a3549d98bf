'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { MENTION_CHART_HEIGHT } from './chart-skeleton';
import { countLabelAt, seriesField, toChartRows, type MentionChartRow, type MentionSeries, type MentionVolumeData } from './mention-volume-data';
import { seriesColor } from './series-colors';

export interface MentionVolumeChartProps extends MentionVolumeData {
  /** Accessible name of the chart. */
  title: string;
}

/** With more months than this, points are drawn only under the pointer, not on every month. */
const MAX_MONTHS_WITH_DOTS = 18;

/**
 * Recharts draws grid, axes and cursor with fixed colours in attributes; CSS wins over
 * presentation attributes, so these rules give them the theme's slate greys.
 */
const THEME_CLASS = [
  '[&_.recharts-cartesian-grid_line]:stroke-slate-200 dark:[&_.recharts-cartesian-grid_line]:stroke-slate-800',
  '[&_.recharts-cartesian-axis-line]:stroke-slate-300 dark:[&_.recharts-cartesian-axis-line]:stroke-slate-700',
  '[&_.recharts-cartesian-axis-tick_text]:fill-slate-500 dark:[&_.recharts-cartesian-axis-tick_text]:fill-slate-400',
  '[&_.recharts-tooltip-cursor]:stroke-slate-300 dark:[&_.recharts-tooltip-cursor]:stroke-slate-600',
  '[&_.recharts-surface]:outline-none [&_.recharts-surface:focus-visible]:outline-2 [&_.recharts-surface:focus-visible]:outline-brand-500',
].join(' ');

function SeriesLegend({ series }: { series: MentionSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 pb-2 pl-10 text-xs text-slate-600 dark:text-slate-300">
      {series.map((entry, index) => (
        <li key={entry.key} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-1 w-5 rounded-full" style={{ backgroundColor: seriesColor(index) }} />
          {entry.name}
        </li>
      ))}
    </ul>
  );
}

function MentionTooltip({ active, payload, series, months }: Pick<TooltipContentProps<number, string>, 'active' | 'payload'> & { series: MentionSeries[]; months: string[] }) {
  const row = payload?.[0]?.payload as MentionChartRow | undefined;
  if (!active || !row) return null;
  const monthIndex = months.indexOf(row.month);
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-800">
      <p className="mb-1 font-semibold text-slate-900 dark:text-slate-100">{row.label}</p>
      <ul className="space-y-0.5">
        {series.map((entry, index) => (
          <li key={entry.key} className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
            <span aria-hidden="true" className="inline-block size-2 rounded-full" style={{ backgroundColor: seriesColor(index) }} />
            <span className="flex-1">{entry.name}</span>
            <span className="ml-3 font-medium text-slate-900 tabular-nums dark:text-slate-100">{countLabelAt(entry, monthIndex)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Mentions per month for a few entities as lines. Every string arrives finished from the server;
 * ticks are plain integers (`String(n)`), never Intl on the client. Load it through
 * MentionVolumeChartLazy so Recharts stays off the critical path, and pair it with
 * MentionVolumeTable, its text alternative.
 */
export function MentionVolumeChart({ months, monthLabels, series, title }: MentionVolumeChartProps) {
  const rows = toChartRows({ months, monthLabels, series });
  const showDots = months.length <= MAX_MONTHS_WITH_DOTS;
  return (
    <div className={THEME_CLASS} style={{ height: MENTION_CHART_HEIGHT }}>
      <LineChart responsive style={{ width: '100%', height: '100%' }} data={rows} title={title} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          tickLine={false}
          interval="preserveStartEnd"
          minTickGap={16}
          padding={{ left: 8, right: 8 }}
          tick={{ fontSize: 12 }}
          tickMargin={8}
        />
        <YAxis allowDecimals={false} tickFormatter={(value: number) => String(value)} tickLine={false} axisLine={false} width={40} tick={{ fontSize: 12 }} />
        <Tooltip content={({ active, payload }) => <MentionTooltip active={active} payload={payload} series={series} months={months} />} />
        <Legend verticalAlign="top" align="left" content={() => <SeriesLegend series={series} />} />
        {series.map((entry, index) => (
          <Line
            key={entry.key}
            type="monotone"
            dataKey={seriesField(index)}
            name={entry.name}
            stroke={seriesColor(index)}
            strokeWidth={2}
            dot={showDots ? { r: 2.5, strokeWidth: 0, fill: seriesColor(index) } : false}
            activeDot={{ r: 4.5, strokeWidth: 2, className: 'stroke-white dark:stroke-slate-900' }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
