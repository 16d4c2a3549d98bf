import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EventList } from '@/components/events/event-list';
import { OpenDataMenu } from '@/components/open-data/open-data-menu';
import { Card } from '@/components/ui/card';
import { FilterForm } from '@/components/ui/filter-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import { listEventEntityOptions } from '@/lib/data/events';
import { countStories, listStories } from '@/lib/data/stories';
import { EVENT_TYPES } from '@/lib/domain/vocabulary';
import { civilDateAtUtcMidnight } from '@/lib/domain/civil-date';
import { formatDayInput, isReversedPeriod } from '@/lib/present/day-input';
import { siteOrigin } from '@/lib/env';
import { feedAlternates } from '@/lib/open-data/feed-links';
import { calendarLinks, downloadLink, feedLinks } from '@/lib/open-data/menu-links';
import { presentStories, type PresentedEvent } from '@/lib/present/events';
import { kazakhOrdinalEnding } from '@/lib/present/kazakh-ordinal';
import { pageWindow, parseTimelineFilters, type RawSearchParams } from '@/lib/present/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const PAGE_SIZE = 50;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { type } = parseTimelineFilters(await searchParams).values;
  const [t, tOpenData, tType] = await Promise.all([getTranslations('Timeline'), getTranslations('OpenData'), getTranslations('EventType')]);
  // The articles that report this type of event; the whole timeline's news is the site's feed.
  const feed = type ? feedAlternates(locale, tOpenData('feedScoped', { scope: tType(type) }), { type }) : feedAlternates(locale, tOpenData('feedLatest'));
  return { title: t('heading'), description: t('intro'), alternates: { ...localeAlternates(locale, '/timeline'), types: feed } };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = await searchParams;
  const { values, invalid } = parseTimelineFilters(raw);
  const filter = { type: values.type, entityKey: values.entity, from: values.from, to: values.to };
  const reversed = isReversedPeriod(values.from, values.to);
  const [t, tType, tPagination, tDay, format, total, entityOptions] = await Promise.all([
    getTranslations('Timeline'),
    getTranslations('EventType'),
    getTranslations('Pagination'),
    getTranslations('DateInput'),
    getFormatter(),
    reversed ? Promise.resolve(0) : countStories(filter),
    listEventEntityOptions(locale, 200),
  ]);
  const { page, pages, offset } = pageWindow(raw, total, PAGE_SIZE);
  const stories = reversed ? [] : await listStories(locale, filter, PAGE_SIZE, offset);
  const longDay = (iso: string) => format.dateTime(civilDateAtUtcMidnight(iso), { day: 'numeric', month: 'long', year: 'numeric' });
  const presented = await presentStories(stories);
  const months = groupByMonth(presented);

  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      <OpenDataMenu
        links={{
          downloads: [
            downloadLink('stories', 'csv', locale, values),
            downloadLink('stories', 'json', locale, values),
            downloadLink('events', 'csv', locale, values),
          ],
          feeds: values.entity || values.type ? feedLinks(locale, values.entity ? { entity: values.entity } : { type: values.type }) : feedLinks(locale),
          calendar: calendarLinks(siteOrigin, locale, values),
        }}
      />
      <FilterForm
        path="/timeline"
        locale={locale}
        applyLabel={t('apply')}
        resetLabel={t('reset')}
        filters={[
          {
            kind: 'select',
            name: 'type',
            label: t('filterType'),
            value: values.type,
            anyLabel: t('anyType'),
            options: EVENT_TYPES.map((type) => ({ value: type, label: tType(type) })),
          },
          {
            kind: 'select',
            name: 'entity',
            label: t('filterEntity'),
            value: values.entity,
            anyLabel: t('anyEntity'),
            options: entityOptions.map((e) => ({ value: e.key, label: e.name })),
          },
          ...(['from', 'to'] as const).map((name) => ({
            kind: 'input' as const,
            type: 'text' as const,
            name,
            label: t(name === 'from' ? 'filterFrom' : 'filterTo'),
            value: values[name] ? formatDayInput(values[name], locale) : undefined,
            placeholder: tDay('placeholder'),
            inputMode: 'numeric' as const,
          })),
        ]}
      />
      {invalid ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{t('invalidFilter')}</p> : null}
      {reversed && values.from && values.to ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-200" data-testid="reversed-period">
          {tDay('reversed', { from: longDay(values.from), to: longDay(values.to) })}{' '}
          <Link href={{ pathname: '/timeline', query: { ...values, from: values.to, to: values.from } }} className="font-medium underline">
            {tDay('swap', { from: longDay(values.from), to: longDay(values.to) })}
          </Link>
        </p>
      ) : null}
      <p role="status" className="text-sm font-medium" data-testid="event-count">
        {t('count', { count: total })}
      </p>
      {presented.length === 0 ? (
        <Card>
          <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>
        </Card>
      ) : (
        <ol className="space-y-6">
          {months.map(({ month, events: monthEvents }) => (
            <li key={month ?? 'undated'}>
              <Card title={month ? format.dateTime(civilDateAtUtcMidnight(`${month}-01`), { month: 'long', year: 'numeric' }) : t('undated')} titleId={`month-${month ?? 'undated'}`}>
                <EventList events={monthEvents} showEvidence linkEntities />
              </Card>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pages={pages}
        hrefFor={(to) => ({ pathname: '/timeline' as const, query: { ...values, page: to } })}
        labels={{ navigation: t('pages'), previous: tPagination('previous'), next: tPagination('next'), position: tPagination('position', { page, pages, pageEnding: kazakhOrdinalEnding(page) }) }}
      />
    </div>
  );
}

/** Stories grouped by the month they start in, in order; undated ones last. */
function groupByMonth(events: PresentedEvent[]): { month: string | null; events: PresentedEvent[] }[] {
  const groups = new Map<string | null, PresentedEvent[]>();
  for (const event of events) {
    const month = event.start?.slice(0, 7) ?? null;
    groups.set(month, [...(groups.get(month) ?? []), event]);
  }
  return [...groups.entries()].map(([month, grouped]) => ({ month, events: grouped }));
}
