import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { BarSparkline } from '@/components/charts/bar-sparkline';
import { EventList } from '@/components/events/event-list';
import { PlaceLocator } from '@/components/map/place-locator';
import { OpenDataMenu } from '@/components/open-data/open-data-menu';
import { RelationList } from '@/components/relations/relation-list';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolveSlugPage } from '@/lib/present/slug-page';
import {
  countCoMentionedEntities,
  getEntity,
  getEntityMentionTimeline,
  listCoMentionedEntities,
  listEntityArticles,
  type EntityDto,
} from '@/lib/data/entities';
import { countStories, listStories } from '@/lib/data/stories';
import { countPlaceRelations, listPlaceRelations } from '@/lib/data/relations';
import { civilDateAtUtcMidnight } from '@/lib/domain/civil-date';
import { siteOrigin } from '@/lib/env';
import { feedAlternates } from '@/lib/open-data/feed-links';
import { calendarLinks, downloadLink, feedLinks } from '@/lib/open-data/menu-links';
import { presentStories } from '@/lib/present/events';
import { kazakhOrdinalEnding } from '@/lib/present/kazakh-ordinal';
import { pageWindow, type PageWindow, type RawSearchParams } from '@/lib/present/search-params';

type Params = Promise<{ locale: string; slug: string }>;

/** Items per page of each list: a place like Almaty is named in thousands of articles. */
const PAGE_SIZE = { articles: 20, events: 20, related: 12, relations: 10 } as const;
type PagedList = keyof typeof PAGE_SIZE;

/** Each list pages on its own (`?articles=3&events=2`). */
function pageOf(raw: RawSearchParams, list: PagedList, total: number): PageWindow {
  return pageWindow(raw, total, PAGE_SIZE[list], list);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug: key } = await resolveSlugPage(params);
  const entity = key ? await getEntity(key, locale) : null;
  if (!entity) return {};
  const [tType, tOpenData] = await Promise.all([getTranslations('EntityType'), getTranslations('OpenData')]);
  return {
    title: entity.name,
    description: [tType(entity.type), entity.role].filter(Boolean).join(' · '),
    alternates: {
      ...localeAlternates(locale, `/entities/${entity.key}`),
      types: feedAlternates(locale, tOpenData('feedScoped', { scope: entity.name }), { entity: entity.key }),
    },
  };
}

export default async function EntityPage({ params, searchParams }: { params: Params; searchParams: Promise<RawSearchParams> }) {
  const { locale, slug: key } = await resolveSlugPage(params);
  const entity = key ? await getEntity(key, locale) : null;
  if (!entity) notFound();

  const raw = await searchParams;
  const isPlace = entity.type === 'CITY' || entity.type === 'REGION';
  const [eventTotal, relatedTotal, relationTotal] = await Promise.all([
    countStories({ entityKey: entity.key }),
    countCoMentionedEntities(entity.key),
    isPlace ? countPlaceRelations({ placeKey: entity.key }) : Promise.resolve(0),
  ]);
  const paging = {
    articles: pageOf(raw, 'articles', entity.articleCount),
    events: pageOf(raw, 'events', eventTotal),
    related: pageOf(raw, 'related', relatedTotal),
    relations: pageOf(raw, 'relations', relationTotal),
  };
  const [t, tPagination, tType, format, timeline, related, events, articles, relations] = await Promise.all([
    getTranslations('Entity'),
    getTranslations('Pagination'),
    getTranslations('EntityType'),
    getFormatter(),
    getEntityMentionTimeline(entity.key),
    listCoMentionedEntities(entity.key, locale, PAGE_SIZE.related, paging.related.offset),
    listStories(locale, { entityKey: entity.key }, PAGE_SIZE.events, paging.events.offset),
    listEntityArticles(entity.key, PAGE_SIZE.articles, paging.articles.offset),
    isPlace
      ? listPlaceRelations(locale, { placeKey: entity.key }, { limit: PAGE_SIZE.relations, offset: paging.relations.offset, evidenceLimit: 3 })
      : Promise.resolve([]),
  ]);
  const current = Object.fromEntries(Object.entries(paging).filter(([, p]) => p.page > 1).map(([list, p]) => [list, p.page]));
  const pager = (list: PagedList, navigation: string) => {
    const { page, pages } = paging[list];
    return (
      <div className="mt-4">
        <Pagination
          page={page}
          pages={pages}
          hrefFor={(to) => ({ pathname: `/entities/${entity.key}`, query: { ...current, [list]: to } })}
          labels={{ navigation, previous: tPagination('previous'), next: tPagination('next'), position: tPagination('position', { page, pages, pageEnding: kazakhOrdinalEnding(page) }) }}
        />
      </div>
    );
  };
  const points = timeline.map(({ month, count }) => ({
    label: format.dateTime(civilDateAtUtcMidnight(`${month}-01`), { month: 'short', year: 'numeric' }),
    value: count,
    valueLabel: format.number(count),
  }));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="brand">{tType(entity.type)}</Badge>
          {!entity.known ? <Badge tone="planned">{t('candidate')}</Badge> : null}
        </div>
        <h1 className="text-3xl font-semibold tracking-tight">{entity.name}</h1>
        {entity.role ? <p className="text-lg text-slate-700 dark:text-slate-300">{entity.role}</p> : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('mentionSummary', { mentions: entity.mentionCount, articles: entity.articleCount })}
        </p>
        {!entity.known ? <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">{t('candidateHint')}</p> : null}
        <OpenDataMenu
          links={{
            downloads: [
              downloadLink('articles', 'csv', locale, { entity: entity.key }),
              downloadLink('stories', 'csv', locale, { entity: entity.key }),
              downloadLink('events', 'csv', locale, { entity: entity.key }),
              ...(isPlace ? [downloadLink('relations', 'csv', locale, { place: entity.key }), downloadLink('relations', 'geojson', locale, { place: entity.key })] : []),
            ],
            feeds: feedLinks(locale, { entity: entity.key }),
            calendar: calendarLinks(siteOrigin, locale, { entity: entity.key }),
          }}
        />
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t('names')} titleId="names-title">
          <EntityNames entity={entity} />
        </Card>
        <Card title={t('mentionTimeline')} titleId="timeline-title" className="lg:col-span-2">
          <BarSparkline points={points} title={t('mentionTimeline')} />
        </Card>
      </div>

      {isPlace && entity.coordinates ? (
        <Card title={t('location')} titleId="location-title">
          <PlaceLocator lat={entity.coordinates.lat} lon={entity.coordinates.lon} label={entity.name} title={t('location')} />
          <p className="mt-2 text-sm text-slate-600 tabular-nums dark:text-slate-400">
            {t('coordinates')}: {format.number(entity.coordinates.lat, { maximumFractionDigits: 3 })},{' '}
            {format.number(entity.coordinates.lon, { maximumFractionDigits: 3 })}
          </p>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('events')} titleId="events-title">
          {events.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('noEvents')}</p>
          ) : (
            <EventList events={await presentStories(events)} showEvidence />
          )}
          {pager('events', t('eventsPages'))}
        </Card>
        <div className="space-y-6">
          {relations.length > 0 ? (
            <Card title={t('relations')} titleId="relations-title">
              <RelationList relations={relations} showEvidence />
              {pager('relations', t('relationsPages'))}
            </Card>
          ) : null}
          {related.length > 0 ? (
            <Card title={t('related')} titleId="related-title">
              <ul className="space-y-1.5 text-sm">
                {related.map((other) => (
                  <li key={other.key} className="flex justify-between gap-3">
                    <Link href={`/entities/${other.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                      {other.name}
                    </Link>
                    <span className="text-slate-600 dark:text-slate-400">{t('sharedArticles', { count: other.sharedArticles })}</span>
                  </li>
                ))}
              </ul>
              {pager('related', t('relatedPages'))}
            </Card>
          ) : null}
          <Card title={t('articles')} titleId="articles-title">
            <ArticleList articles={articles} />
            {pager('articles', t('articlesPages'))}
          </Card>
        </div>
      </div>
    </div>
  );
}

async function EntityNames({ entity }: { entity: EntityDto }) {
  const t = await getTranslations('Entity');
  const rows = [
    { lang: 'kk', label: t('languageKk'), name: entity.names.kk },
    { lang: 'ru', label: t('languageRu'), name: entity.names.ru },
    { lang: 'en', label: t('languageEn'), name: entity.names.en },
    ...(entity.names.zh ? [{ lang: 'zh', label: t('languageZh'), name: entity.names.zh }] : []),
  ];
  const aliases = entity.aliases.filter((a) => !rows.some((r) => r.lang === a.language && r.name === a.form));
  const parent = entity.parent;
  return (
    <div className="space-y-2 text-sm">
      {parent ? (
        <p data-testid="entity-parent">
          {t.rich('partOf', {
            parent: parent.name,
            link: (chunks) => (
              <Link href={`/entities/${parent.key}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <dl className="space-y-2">
        {rows.map((row) => (
          <div key={row.lang} className="flex justify-between gap-3">
            <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
            <dd lang={row.lang} className="text-right font-medium">
              {row.name}
            </dd>
          </div>
        ))}
        {aliases.length > 0 ? (
          <div>
            <dt className="text-slate-600 dark:text-slate-400">{t('aliases')}</dt>
            <dd className="mt-1 flex flex-wrap gap-1.5">
              {aliases.map((alias) => (
                <Badge key={`${alias.language}-${alias.form}`} lang={alias.language}>
                  {alias.form}
                </Badge>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
