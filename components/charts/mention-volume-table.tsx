import { countLabelAt, type MentionVolumeData } from './mention-volume-data';
import { seriesColor } from './series-colors';

export interface MentionVolumeTableProps extends MentionVolumeData {
  /** Table caption, e.g. "Mentions per month". */
  caption: string;
  /** Header of the month column, e.g. "Month". */
  monthHeader: string;
  /** Text of the disclosure that opens the table, e.g. "Show the data as a table". */
  summary: string;
  className?: string;
}

/**
 * The mention-volume chart's data as a table: one row per month, one column per series. It sits
 * in a closed `<details>` right under the chart: one keystroke away for screen readers and
 * keyboards (the summary is a disclosure button), available to sighted readers who want exact
 * numbers, and out of the way otherwise. It renders on the server, so it is there before the
 * chart's script loads, and without it.
 */
export function MentionVolumeTable({ months, monthLabels, series, caption, monthHeader, summary, className = '' }: MentionVolumeTableProps) {
  return (
    <details className={`group mt-2 text-sm ${className}`}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded text-brand-700 select-none hover:underline dark:text-brand-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 transition-transform group-open:rotate-90">
          <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {summary}
      </summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left tabular-nums">
          <caption className="mb-2 text-left text-xs text-slate-600 dark:text-slate-400">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1.5 pr-4 font-medium text-slate-600 dark:text-slate-300">
                {monthHeader}
              </th>
              {series.map((entry, index) => (
                <th key={entry.key} scope="col" className="py-1.5 pl-4 text-right font-medium text-slate-600 dark:text-slate-300">
                  <span className="inline-flex items-center gap-1.5">
                    <span aria-hidden="true" className="inline-block size-2 rounded-full" style={{ backgroundColor: seriesColor(index) }} />
                    {entry.name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, monthIndex) => (
              <tr key={month} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-4 font-normal whitespace-nowrap text-slate-700 dark:text-slate-300">
                  {monthLabels[monthIndex] ?? month}
                </th>
                {series.map((entry) => (
                  <td key={entry.key} className="py-1.5 pl-4 text-right text-slate-900 dark:text-slate-100">
                    {countLabelAt(entry, monthIndex)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
