import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { BarSparkline } from '@/components/charts/bar-sparkline';
import { EventList } from '@/components/events/event-list';
import { PlaceLocator } from '@/components/map/place-locator';
import { RelationList } from '@/components/relations/relation-list';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolveSlugPage } from '@/i18n/page-locale';
import {
  getEntity,
  getEntityMentionTimeline,
  listCoMentionedEntities,
  listEntityArticles,
  type EntityDto,
} from '@/lib/data/entities';
import { listEvents } from '@/lib/data/events';
import { listPlaceRelations } from '@/lib/data/relations';
import { civilDate } from '@/lib/format';
import { presentEvents } from '@/lib/present/events';

type Params = Promise<{ locale: string; slug: string }>;

// Rendered on first request, then served from the cache and refreshed in the background every
// five minutes, so re-ingested articles show up without a rebuild.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug: key } = await resolveSlugPage(params);
  const entity = key ? await getEntity(key, locale) : null;
  if (!entity) return {};
  const tType = await getTranslations('EntityType');
  return {
    title: entity.name,
    description: [tType(entity.type), entity.role].filter(Boolean).join(' · '),
    alternates: localeAlternates(locale, `/entities/${entity.key}`),
  };
}

export default async function EntityPage({ params }: { params: Params }) {
  const { locale, slug: key } = await resolveSlugPage(params);
  const entity = key ? await getEntity(key, locale) : null;
  if (!entity) notFound();

  const isPlace = entity.type === 'CITY' || entity.type === 'REGION';
  const [t, tType, format, timeline, related, events, articles, relations] = await Promise.all([
    getTranslations('Entity'),
    getTranslations('EntityType'),
    getFormatter(),
    getEntityMentionTimeline(entity.key),
    listCoMentionedEntities(entity.key, locale),
    listEvents(locale, { entityKey: entity.key }, 50),
    listEntityArticles(entity.key),
    isPlace ? listPlaceRelations(locale, { placeKey: entity.key }, { limit: 20, evidenceLimit: 3 }) : Promise.resolve([]),
  ]);
  const points = timeline.map(({ month, count }) => ({
    label: format.dateTime(civilDate(`${month}-01`), { month: 'short', year: 'numeric' }),
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
            <EventList events={await presentEvents(events)} showEvidence />
          )}
        </Card>
        <div className="space-y-6">
          {relations.length > 0 ? (
            <Card title={t('relations')} titleId="relations-title">
              <RelationList relations={relations} showEvidence />
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
            </Card>
          ) : null}
          <Card title={t('articles')} titleId="articles-title">
            <ArticleList articles={articles} />
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
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((row) => (
        <div key={row.lang} className="flex justify-between gap-3">
          <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
          <dd lang={row.lang} className="text-right font-medium">
            {row.name}
          </dd>
        </div>
      ))}
      {entity.parent ? (
        <div className="flex justify-between gap-3">
          <dt className="text-slate-600 dark:text-slate-400">{t('partOf')}</dt>
          <dd className="text-right">
            <Link href={`/entities/${entity.parent.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
              {entity.parent.name}
            </Link>
          </dd>
        </div>
      ) : null}
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
  );
}
