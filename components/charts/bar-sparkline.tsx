import { barHeightPercents } from './sparkline-scale';

export interface BarSparklinePoint {
  /** Finished, localized, e.g. "Mar 2026". */
  label: string;
  value: number;
  /** Finished, localized count, e.g. "1 234". */
  valueLabel: string;
}

export interface BarSparklineProps {
  points: BarSparklinePoint[];
  /** Caption of the table that reads the bars out, e.g. "Mentions per month". */
  title: string;
  className?: string;
}

/**
 * A small monthly bar chart in plain HTML and CSS, rendered on the server with no script. The
 * bars are decorative (hover shows each month's value); a visually hidden table captioned with
 * `title` carries the same data for screen readers. The caller shows its own visible heading.
 */
export function BarSparkline({ points, title, className = '' }: BarSparklineProps) {
  const heights = barHeightPercents(points.map((point) => point.value));
  const first = points[0];
  const last = points.at(-1);
  return (
    <div className={className}>
      <div aria-hidden="true">
        <div className="flex h-16 items-end gap-0.5 border-b border-slate-300 dark:border-slate-700">
          {points.map((point, index) => (
            <div key={`${index}-${point.label}`} title={`${point.label}: ${point.valueLabel}`} className="group flex h-full min-w-0 flex-1 items-end">
              {heights[index] ? (
                <div
                  className="w-full rounded-t-sm bg-brand-500 group-hover:bg-brand-700 dark:bg-cyan-400 dark:group-hover:bg-cyan-200"
                  style={{ height: `${heights[index]}%` }}
                />
              ) : (
                <div className="h-px w-full bg-slate-200 dark:bg-slate-700" />
              )}
            </div>
          ))}
        </div>
        {first && last && (
          <div className="mt-1 flex justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
            <span>{first.label}</span>
            {points.length > 1 && <span>{last.label}</span>}
          </div>
        )}
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {points.map((point, index) => (
            <tr key={`${index}-${point.label}`}>
              <th scope="row">{point.label}</th>
              <td>{point.valueLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
