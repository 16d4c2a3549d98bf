import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RelationList } from '@/components/relations/relation-list';
import { LocalizedRelationMap } from '@/components/relations/localized-relation-map';
import { OpenDataMenu } from '@/components/open-data/open-data-menu';
import { Card } from '@/components/ui/card';
import { FilterForm } from '@/components/ui/filter-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { localeAlternates } from '@/i18n/alternates';
import { resolvePageLocale } from '@/i18n/page-locale';
import { countPlaceRelations, listPlaceRelations } from '@/lib/data/relations';
import { RELATION_STATUSES, RELATION_TYPES } from '@/lib/domain/vocabulary';
import { downloadLink } from '@/lib/open-data/menu-links';
import { kazakhOrdinalEnding } from '@/lib/present/kazakh-ordinal';
import { pageWindow, parseRelationFilters, type RawSearchParams } from '@/lib/present/search-params';

const PAGE_SIZE = 30;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Relations');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/relations') };
}

export default async function RelationsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = await searchParams;
  const { values: filter, invalid } = parseRelationFilters(raw);
  const [t, tType, tStatus, tTimeline, tSearch, tPagination, total] = await Promise.all([
    getTranslations('Relations'),
    getTranslations('RelationType'),
    getTranslations('RelationStatus'),
    getTranslations('Timeline'),
    getTranslations('Search'),
    getTranslations('Pagination'),
    countPlaceRelations(filter),
  ]);
  const { page, pages, offset } = pageWindow(raw, total, PAGE_SIZE);
  const relations = await listPlaceRelations(locale, filter, { limit: PAGE_SIZE, offset, evidenceLimit: 10 });
  const pageHref = (to: number) => ({ pathname: '/relations' as const, query: { ...filter, page: to } });

  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      <OpenDataMenu
        links={{
          downloads: (['csv', 'json', 'geojson', 'gexf'] as const).map((format) => downloadLink('relations', format, locale, filter)),
          feeds: null,
          calendar: null,
        }}
      />
      <FilterForm
        path="/relations"
        locale={locale}
        applyLabel={t('apply')}
        resetLabel={t('reset')}
        filters={[
          {
            kind: 'select',
            name: 'type',
            label: t('filterType'),
            value: filter.type,
            anyLabel: t('anyType'),
            options: RELATION_TYPES.map((type) => ({ value: type, label: tType(type) })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('filterStatus'),
            value: filter.status,
            anyLabel: t('anyStatus'),
            options: RELATION_STATUSES.map((status) => ({ value: status, label: tStatus(status) })),
          },
        ]}
      />
      {invalid ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{tTimeline('invalidFilter')}</p> : null}
      <p role="status" className="text-sm font-medium" data-testid="relation-count">
        {t('count', { count: total })}
      </p>
      {relations.length === 0 ? (
        <Card>
          <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-5">
          <Card className="lg:col-span-2 lg:self-start">
            <LocalizedRelationMap locale={locale} relations={relations} title={t('heading')} description={t('intro')} />
          </Card>
          <Card className="lg:col-span-3">
            <RelationList relations={relations} showEvidence />
          </Card>
        </div>
      )}
      <Pagination
        page={page}
        pages={pages}
        hrefFor={pageHref}
        labels={{ navigation: tPagination('label'), previous: tSearch('previous'), next: tSearch('next'), position: tSearch('page', { page, pages, pageEnding: kazakhOrdinalEnding(page) }) }}
      />
    </div>
  );
}
