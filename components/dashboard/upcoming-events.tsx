import { getTranslations } from 'next-intl/server';
import { EventList } from '@/components/events/event-list';
import { Card } from '@/components/ui/card';
import { DASHBOARD_PANELS } from './panel-ids';
import type { AppLocale } from '@/i18n/routing';
import { listUpcomingStories } from '@/lib/data/stories';
import { presentStories } from '@/lib/present/events';

export async function UpcomingEvents({ locale, today }: { locale: AppLocale; today: string }) {
  const [t, events] = await Promise.all([getTranslations('Dashboard'), listUpcomingStories(locale, today, 6)]);
  return (
    <Card title={t('upcomingTitle')} titleId="upcoming-title" id={DASHBOARD_PANELS.upcoming}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('upcomingEmpty')}</p>
      ) : (
        <EventList events={await presentStories(events)} />
      )}
    </Card>
  );
}
