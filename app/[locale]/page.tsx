import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { HeadlineFigures } from '@/components/dashboard/headline-figures';
import { LatestArticles } from '@/components/dashboard/latest-articles';
import { MentionVolumePanel } from '@/components/dashboard/mention-volume-panel';
import { PanelSkipLinks } from '@/components/dashboard/panel-skip-links';
import { RelationsPanel } from '@/components/dashboard/relations-panel';
import { TimelinePanel } from '@/components/dashboard/timeline-panel';
import { UpcomingEvents } from '@/components/dashboard/upcoming-events';
import { OpenDataMenu } from '@/components/open-data/open-data-menu';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { resolvePageLocale } from '@/i18n/page-locale';
import { countArticles } from '@/lib/data/articles';
import { siteOrigin } from '@/lib/env';
import { calendarLinks, downloadLink, feedLinks } from '@/lib/open-data/menu-links';
import { todayIso } from '@/lib/present/temporal-label';

// Rebuilt in the background at most every five minutes, so "today" and new articles show up.
export const revalidate = 300;

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolvePageLocale(params);
  const [t, articleCount] = await Promise.all([getTranslations('Dashboard'), countArticles()]);
  const today = todayIso();

  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      <OpenDataMenu
        links={{
          downloads: [
            downloadLink('stories', 'csv', locale),
            downloadLink('relations', 'csv', locale),
            downloadLink('relations', 'geojson', locale),
            downloadLink('relations', 'gexf', locale),
            downloadLink('comentions', 'gexf', locale),
            downloadLink('articles', 'csv', locale),
          ],
          feeds: feedLinks(locale),
          calendar: calendarLinks(siteOrigin, locale),
        }}
      />
      {articleCount === 0 ? (
        <Card title={t('emptyTitle')} titleId="empty-title">
          <p className="text-slate-600 dark:text-slate-300">{t('emptyHint')}</p>
        </Card>
      ) : (
        <>
          <PanelSkipLinks />
          <Suspense fallback={<Skeleton className="h-20" />}>
            <HeadlineFigures today={today} />
          </Suspense>
          <Suspense fallback={<Skeleton className="h-96" />}>
            <TimelinePanel locale={locale} today={today} />
          </Suspense>
          <Suspense fallback={<Skeleton className="h-[32rem]" />}>
            <RelationsPanel locale={locale} />
          </Suspense>
          <div className="grid gap-6 lg:grid-cols-2">
            <Suspense fallback={<Skeleton className="h-80" />}>
              <MentionVolumePanel locale={locale} />
            </Suspense>
            <div className="space-y-6">
              <Suspense fallback={<Skeleton className="h-40" />}>
                <UpcomingEvents locale={locale} today={today} />
              </Suspense>
              <Suspense fallback={<Skeleton className="h-40" />}>
                <LatestArticles />
              </Suspense>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
