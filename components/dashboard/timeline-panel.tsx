import { getFormatter, getTranslations } from 'next-intl/server';
import { EventTimeline, type TimelineItem } from '@/components/timeline/event-timeline';
import { Card } from '@/components/ui/card';
import { DASHBOARD_PANELS } from './panel-ids';
import type { AppLocale } from '@/i18n/routing';
import { listStories } from '@/lib/data/stories';
import { civilDateAtUtcMidnight, shiftDays } from '@/lib/domain/civil-date';
import { axisTickDates } from '@/lib/present/axis-ticks';
import { presentStories } from '@/lib/present/events';

/** How far around today the dashboard timeline looks (days). */
const WINDOW_BEFORE_DAYS = 540;
const WINDOW_AFTER_DAYS = 1100;
const MAX_STORIES = 30;

export async function TimelinePanel({ locale, today }: { locale: AppLocale; today: string }) {
  const [t, format] = await Promise.all([getTranslations('Dashboard'), getFormatter()]);
  const stories = await listStories(
    locale,
    { from: shiftDays(today, -WINDOW_BEFORE_DAYS), to: shiftDays(today, WINDOW_AFTER_DAYS) },
    MAX_STORIES,
  );
  const presented = (await presentStories(stories)).filter((e) => e.start && e.end);
  const items: TimelineItem[] = presented.map((event) => ({
    id: event.id,
    title: event.title,
    href: event.href,
    typeLabel: event.typeLabel,
    type: event.type,
    status: event.status,
    statusLabel: event.statusLabel,
    statusName: event.statusName,
    start: event.start!,
    end: event.end!,
    fuzzy: event.fuzzy,
    dateLabel: event.dateLabel,
    // Only stories of several reports say how many: most stand on one article.
    reportsLabel: event.reports && event.reports.count > 1 ? event.reports.label : undefined,
  }));
  const starts = [today, ...items.map((i) => i.start)].sort();
  const ends = [today, ...items.map((i) => i.end)].sort();
  const axisTicks = axisTickDates(starts[0]!, ends.at(-1)!).map(({ date, step }) => ({
    date,
    label: format.dateTime(civilDateAtUtcMidnight(date), step === 'year' ? { year: 'numeric' } : { month: 'short', year: 'numeric' }),
  }));
  return (
    <Card id={DASHBOARD_PANELS.timeline}>
      <EventTimeline
        items={items}
        today={today}
        todayLabel={t('today')}
        axisTicks={axisTicks}
        title={t('timelineTitle')}
        emptyText={t('timelineEmpty')}
      />
    </Card>
  );
}
