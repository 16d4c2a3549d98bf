/** Height of the mention-volume chart, legend included; its skeleton takes the same box. */
export const MENTION_CHART_HEIGHT = 260;

const GRID_LINES = [0, 1, 2, 3] as const;

/**
 * Placeholder with the chart's footprint (legend row, plot with gridlines, axis row) so nothing
 * moves when the chart arrives. Decorative: the data table beside the chart carries the content.
 */
export function ChartSkeleton() {
  return (
    <div aria-hidden="true" className="flex animate-pulse flex-col gap-3" style={{ height: MENTION_CHART_HEIGHT }}>
      <div className="flex gap-4 pl-10">
        <span className="h-3 w-20 rounded-full bg-slate-200 dark:bg-slate-800" />
        <span className="h-3 w-16 rounded-full bg-slate-200 dark:bg-slate-800" />
        <span className="h-3 w-24 rounded-full bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="relative ml-10 flex-1 border-b border-slate-200 dark:border-slate-800">
        {GRID_LINES.map((line) => (
          <span
            key={line}
            className="absolute inset-x-0 border-t border-dashed border-slate-200 dark:border-slate-800"
            style={{ top: `${line * 25}%` }}
          />
        ))}
      </div>
      <div className="ml-10 flex justify-between">
        {GRID_LINES.map((line) => (
          <span key={line} className="h-2.5 w-10 rounded-full bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}
