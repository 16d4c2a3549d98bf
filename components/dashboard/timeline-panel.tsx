import { getFormatter, getTranslations } from 'next-intl/server';
import { EventTimeline, type TimelineItem } from '@/components/timeline/event-timeline';
import { Card } from '@/components/ui/card';
import type { AppLocale } from '@/i18n/routing';
import { listEvents } from '@/lib/data/events';
import { civilDate } from '@/lib/format';
import { axisTickDates } from '@/lib/present/axis-ticks';
import { presentEvents } from '@/lib/present/events';

/** How far around today the dashboard timeline looks (days). */
const WINDOW_BEFORE_DAYS = 540;
const WINDOW_AFTER_DAYS = 1100;
const MAX_EVENTS = 30;

function shiftDays(isoDate: string, days: number): string {
  return new Date(civilDate(isoDate).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function TimelinePanel({ locale, today }: { locale: AppLocale; today: string }) {
  const [t, format] = await Promise.all([getTranslations('Dashboard'), getFormatter()]);
  const events = await listEvents(
    locale,
    { from: shiftDays(today, -WINDOW_BEFORE_DAYS), to: shiftDays(today, WINDOW_AFTER_DAYS) },
    MAX_EVENTS,
  );
  const presented = (await presentEvents(events)).filter((e) => e.start && e.end);
  const items: TimelineItem[] = presented.map((event) => ({
    id: event.id,
    title: event.title,
    href: `/articles/${event.articleSlug}`,
    typeLabel: event.typeLabel,
    type: event.type,
    status: event.status,
    statusLabel: event.statusLabel,
    statusName: event.statusName,
    start: event.start!,
    end: event.end!,
    fuzzy: event.fuzzy,
    dateLabel: event.dateLabel,
  }));
  const starts = [today, ...items.map((i) => i.start)].sort();
  const ends = [today, ...items.map((i) => i.end)].sort();
  const axisTicks = axisTickDates(starts[0]!, ends.at(-1)!).map(({ date, step }) => ({
    date,
    label: format.dateTime(civilDate(date), step === 'year' ? { year: 'numeric' } : { month: 'short', year: 'numeric' }),
  }));
  return (
    <Card>
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
