import { useId, type CSSProperties } from 'react';
import { Link } from '@/i18n/navigation';
import { civilDayNumber, isCivilDate } from '@/lib/domain/civil-date';
import { EVENT_TYPES, type EventStatus, type EventType } from '@/lib/domain/vocabulary';
import { EVENT_TYPE_COLORS } from './event-type-colors';
import { layoutTimelineRows, type TimelineRow } from './timeline-lanes';
import { dayCenterPercent, edgeAnchor, timelineDomain, visibleTicks, type EdgeAnchor } from './timeline-scale';

export { EVENT_TYPE_COLORS } from './event-type-colors';

export interface TimelineItem {
  id: string;
  title: string;
  /** App path without the locale prefix (`/events/…`); the locale-aware Link adds it. */
  href: string;
  /** Language of the title when it differs from the page's, e.g. an article title shown as written. */
  lang?: string;
  typeLabel: string;
  type: EventType;
  status: EventStatus;
  /** How the status reads for this item ("was planned for 15 March 2026"). */
  statusLabel: string;
  /** The status's plain name, shown in the legend. */
  statusName: string;
  /** `YYYY-MM-DD`: the first and last day the value covers. */
  start: string;
  end: string;
  /** Year, half, quarter or month precision: drawn faded at both ends. */
  fuzzy: boolean;
  /** Finished, localized, e.g. "Mar 26–28, 2026" or "H1 2026". */
  dateLabel: string;
  /** Finished, localized, e.g. "3 reports · kk ru en". */
  reportsLabel?: string;
}

export interface EventTimelineProps {
  items: TimelineItem[];
  /** `YYYY-MM-DD`. */
  today: string;
  todayLabel: string;
  /** Localized tick labels (e.g. each month); those off the track or too crowded are left out. */
  axisTicks: { date: string; label: string }[];
  title: string;
  emptyText: string;
  /** Legend entry for the faded "approximate date" drawing; without it the legend omits the entry. */
  fuzzyLabel?: string;
  /** Least track width each event's title gets on wide screens, in percent. */
  labelWidthPercent?: number;
  className?: string;
}

type Row = TimelineRow<TimelineItem>;
type PlacedTick = { date: string; label: string; percent: number };

/** CSS custom properties carry the layout, so the positions apply only from the `md` breakpoint. */
function cssVariables(variables: Record<`--${string}`, string | number>): CSSProperties {
  return variables as CSSProperties;
}

const ANCHOR_CLASS: Record<EdgeAnchor, string> = {
  start: '',
  center: '-translate-x-1/2',
  end: '-translate-x-full',
};

const FADE_BOTH_ENDS = '[mask-image:linear-gradient(to_right,transparent,black_25%,black_75%,transparent)]';

/** Keeps text legible where it crosses the today line or a gridline on the track. */
const TEXT_HALO =
  'md:[text-shadow:0_0_2px_white,0_0_3px_white,0_0_4px_white] md:dark:[text-shadow:0_0_2px_var(--color-slate-900),0_0_3px_var(--color-slate-900),0_0_4px_var(--color-slate-900)]';

const HOLLOW = 'border-2 border-(--type-color) bg-white dark:bg-slate-900';

/** A range: filled when held, outlined when planned; faded at both ends (and dashed when outlined) when approximate. */
function barClass(item: TimelineItem): string {
  const fill =
    item.status === 'held' ? 'bg-(--type-color)' : `border-2 border-(--type-color) bg-(--type-color)/20 ${item.fuzzy ? 'border-dashed' : ''}`;
  return `absolute top-1/2 left-(--bar-left) h-3 w-(--bar-width) min-w-3 -translate-y-1/2 rounded-full ${fill} ${item.fuzzy ? FADE_BOTH_ENDS : ''}`;
}

/** A single day: a diamond centred on it. */
function diamondClass(item: TimelineItem): string {
  const fill = item.status === 'held' ? 'bg-(--type-color)' : HOLLOW;
  return `absolute top-1/2 left-[calc(var(--bar-left)+var(--bar-width)/2)] size-3 -translate-x-1/2 -translate-y-1/2 rotate-45 rounded-[2px] ${fill}`;
}

/** The phone list's bullet on the rail: filled when held, a ring when planned. */
function bulletClass(item: TimelineItem): string {
  const fill = item.status === 'held' ? 'bg-(--type-color)' : `${HOLLOW} ${item.fuzzy ? 'border-dashed' : ''}`;
  return `absolute top-1 -left-[27px] size-3 rounded-full md:hidden ${fill}`;
}

/**
 * A pill and a rule where the list passes today. On phones it sits in the list; on wide screens
 * the drawn line takes over and this stays for screen readers only, in reading order.
 */
function TodayMarker({ label, className = '' }: { label: string; className?: string }) {
  return (
    <p className={`flex items-center gap-2 text-xs font-semibold md:sr-only ${className}`}>
      <span className="rounded-full bg-slate-900 px-2 py-0.5 text-white dark:bg-slate-100 dark:text-slate-900">{label}</span>
      <span aria-hidden="true" className="h-0.5 flex-1 rounded-full bg-slate-900 dark:bg-slate-100" />
    </p>
  );
}

function EventEntry({ row, todayLabel, todayBefore }: { row: Row; todayLabel: string; todayBefore: boolean }) {
  const { item, slot, barInSlot, lane, point } = row;
  return (
    <li
      className="relative pl-5 md:col-start-1 md:row-start-(--lane) md:ml-(--slot-left) md:w-(--slot-width) md:self-start md:pl-0"
      style={cssVariables({
        '--lane': lane + 1,
        '--slot-left': `${slot.left}%`,
        '--slot-width': `${slot.width}%`,
        '--bar-left': `${barInSlot.left}%`,
        '--bar-width': `${barInSlot.width}%`,
        '--type-color': EVENT_TYPE_COLORS[item.type],
      })}
      data-status={item.status}
      data-fuzzy={item.fuzzy ? 'true' : undefined}
    >
      {todayBefore && <TodayMarker label={todayLabel} className="mb-4 -ml-8" />}
      <div className="relative">
        <span aria-hidden="true" className={bulletClass(item)} />
        <div aria-hidden="true" className="relative mb-1.5 hidden h-4 md:block">
          <span className={point ? diamondClass(item) : barClass(item)} />
        </div>
        <div className={`${TEXT_HALO} ${slot.anchor === 'end' ? 'md:text-right' : ''}`}>
          <p className="text-sm leading-5 font-medium md:line-clamp-2">
            <Link
              href={item.href}
              lang={item.lang}
              title={item.title}
              className="text-slate-900 decoration-brand-500 underline-offset-2 hover:text-brand-700 hover:underline dark:text-slate-100 dark:hover:text-brand-100"
            >
              {item.title}
            </Link>
          </p>
          <p className="mt-0.5 text-xs leading-4 text-slate-600 dark:text-slate-400">
            <span className="font-medium text-slate-700 dark:text-slate-300">{item.dateLabel}</span>
            <span aria-hidden="true"> · </span>
            <span>{item.typeLabel}</span>
            <span aria-hidden="true"> · </span>
            <span>{item.statusLabel}</span>
            {item.reportsLabel ? (
              <>
                <span aria-hidden="true"> · </span>
                <span data-testid="story-reports">{item.reportsLabel}</span>
              </>
            ) : null}
          </p>
        </div>
      </div>
    </li>
  );
}

/** The track behind the list on wide screens: past shading, gridlines, axis, today line. */
function TrackBackdrop({ ticks, todayPercent, todayLabel }: { ticks: PlacedTick[]; todayPercent: number; todayLabel: string }) {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0 hidden md:block">
      <div className="absolute top-7 bottom-8 left-0 rounded-l-md bg-slate-100/80 dark:bg-slate-800/40" style={{ width: `${todayPercent}%` }} />
      {ticks.map((tick) => (
        <div
          key={tick.date}
          className="absolute top-7 bottom-6 border-l border-slate-200 dark:border-slate-800"
          style={{ left: `${tick.percent}%` }}
        />
      ))}
      <div className="absolute inset-x-0 bottom-8 border-t border-slate-300 dark:border-slate-700" />
      {ticks.map((tick) => (
        <span
          key={tick.date}
          className={`absolute bottom-0 h-6 pt-1 text-xs leading-5 whitespace-nowrap text-slate-500 dark:text-slate-400 ${ANCHOR_CLASS[edgeAnchor(tick.percent, 4)]}`}
          style={{ left: `${tick.percent}%` }}
        >
          {tick.label}
        </span>
      ))}
      <div className="absolute top-6 bottom-8 -ml-px border-l-2 border-slate-900 dark:border-slate-100" style={{ left: `${todayPercent}%` }} />
      <span
        className={`absolute top-0 rounded-full bg-slate-900 px-2 py-0.5 text-xs leading-5 font-semibold whitespace-nowrap text-white dark:bg-slate-100 dark:text-slate-900 ${ANCHOR_CLASS[edgeAnchor(todayPercent, 5)]}`}
        style={{ left: `${todayPercent}%` }}
      >
        {todayLabel}
      </span>
    </div>
  );
}

/** Colours of the types shown, then the drawing of held, planned and approximate. */
function Legend({ rows, fuzzyLabel }: { rows: Row[]; fuzzyLabel?: string }) {
  const typeLabels = new Map<EventType, string>();
  const statusLabels = new Map<TimelineItem['status'], string>();
  for (const { item } of rows) {
    if (!typeLabels.has(item.type)) typeLabels.set(item.type, item.typeLabel);
    if (!statusLabels.has(item.status)) statusLabels.set(item.status, item.statusName);
  }
  const types = EVENT_TYPES.filter((type) => typeLabels.has(type));
  const swatch = 'inline-block h-2.5 w-6 rounded-full';
  const list = 'flex flex-wrap gap-x-5 gap-y-1.5';
  const entry = 'flex items-center gap-2';
  return (
    <div className="mt-4 space-y-1.5 text-xs text-slate-600 dark:text-slate-300">
      <ul className={list}>
        {types.map((type) => (
          <li key={type} className={entry}>
            <span aria-hidden="true" className={swatch} style={{ backgroundColor: EVENT_TYPE_COLORS[type] }} />
            {typeLabels.get(type)}
          </li>
        ))}
      </ul>
      <ul className={list}>
        {statusLabels.has('held') && (
          <li className={entry}>
            <span aria-hidden="true" className={`${swatch} bg-slate-500 dark:bg-slate-400`} />
            {statusLabels.get('held')}
          </li>
        )}
        {statusLabels.has('planned') && (
          <li className={entry}>
            <span aria-hidden="true" className={`${swatch} border-2 border-slate-500 bg-slate-500/20 dark:border-slate-400`} />
            {statusLabels.get('planned')}
          </li>
        )}
        {fuzzyLabel && (
          <li className={`${entry} max-md:hidden`}>
            <span aria-hidden="true" className={`${swatch} w-10 bg-slate-500 dark:bg-slate-400 ${FADE_BOTH_ENDS}`} />
            {fuzzyLabel}
          </li>
        )}
      </ul>
    </div>
  );
}

function byDate(a: TimelineItem, b: TimelineItem): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}

/**
 * Past and upcoming events on one time axis: ranges as bars, single days as diamonds, held solid
 * and planned outlined, approximate dates faded at both ends, today as a labelled line. The markup
 * is an ordered list in date order; from the `md` breakpoint each entry is placed on the track by
 * CSS variables (lanes are grid rows), below it the list reads top to bottom along a rail.
 * Items with malformed dates are left out rather than breaking the page.
 */
export function EventTimeline({
  items,
  today,
  todayLabel,
  axisTicks,
  title,
  emptyText,
  fuzzyLabel,
  labelWidthPercent,
  className = '',
}: EventTimelineProps) {
  const headingId = `${useId()}-title`;
  const valid = items.filter((item) => isCivilDate(item.start) && isCivilDate(item.end)).sort(byDate);
  const heading = (
    <h2 id={headingId} className="text-sm font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
      {title}
    </h2>
  );

  if (valid.length === 0 || !isCivilDate(today)) {
    return (
      <section aria-labelledby={headingId} className={className}>
        {heading}
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">{emptyText}</p>
      </section>
    );
  }

  const domain = timelineDomain(valid, today);
  const { rows } = layoutTimelineRows(valid, domain, { labelWidthPercent });
  const ticks = visibleTicks(
    axisTicks.filter((tick) => isCivilDate(tick.date)),
    domain,
  );
  const todayDay = civilDayNumber(today);
  const firstUpcoming = rows.findIndex(({ item }) => civilDayNumber(item.start) > todayDay);

  return (
    <section aria-labelledby={headingId} className={className}>
      {heading}
      <div className="relative mt-4 md:pt-7 md:pb-8">
        <TrackBackdrop ticks={ticks} todayPercent={dayCenterPercent(domain, today)} todayLabel={todayLabel} />
        <ol className="relative ml-1.5 space-y-4 border-l-2 border-slate-200 md:ml-0 md:grid md:grid-cols-1 md:gap-y-4 md:space-y-0 md:border-0 md:py-4 dark:border-slate-700">
          {rows.map((row, index) => (
            <EventEntry key={row.item.id} row={row} todayLabel={todayLabel} todayBefore={index === firstUpcoming} />
          ))}
        </ol>
        {firstUpcoming === -1 && <TodayMarker label={todayLabel} className="mt-4 -ml-0.5" />}
      </div>
      <Legend rows={rows} fuzzyLabel={fuzzyLabel} />
    </section>
  );
}
