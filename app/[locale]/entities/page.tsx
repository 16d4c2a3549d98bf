import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { FilterForm } from '@/components/ui/filter-form';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import {
  countDirectoryEntities,
  DIRECTORY_SORTS,
  DIRECTORY_STATUSES,
  listDirectoryEntities,
  type DirectorySort,
} from '@/lib/data/entity-directory';
import { ENTITY_TYPES } from '@/lib/domain/vocabulary';
import { kazakhOrdinalEnding } from '@/lib/present/kazakh-ordinal';
import { pageWindow, parseFields, type RawSearchParams } from '@/lib/present/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const PAGE_SIZE = 50;

const DIRECTORY_FIELDS = {
  type: z.enum(ENTITY_TYPES),
  status: z.enum(DIRECTORY_STATUSES),
  name: z.string().max(100),
  sort: z.enum(DIRECTORY_SORTS),
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('EntityDirectory');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/entities') };
}

export default async function EntityDirectoryPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = await searchParams;
  const { values, invalid } = parseFields(raw, DIRECTORY_FIELDS);
  const sort: DirectorySort = values.sort ?? 'mentions';
  const filter = { type: values.type, status: values.status, text: values.name };
  const [t, tType, tPagination, tTimeline, format, total] = await Promise.all([
    getTranslations('EntityDirectory'),
    getTranslations('EntityType'),
    getTranslations('Pagination'),
    getTranslations('Timeline'),
    getFormatter(),
    countDirectoryEntities(filter),
  ]);
  const { page, pages, offset } = pageWindow(raw, total, PAGE_SIZE);
  const entries = await listDirectoryEntities(locale, filter, sort, PAGE_SIZE, offset);
  const query = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<string, string>;

  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      <FilterForm
        path="/entities"
        locale={locale}
        applyLabel={t('apply')}
        resetLabel={t('reset')}
        filters={[
          { kind: 'input', type: 'text', name: 'name', label: t('filterName'), value: values.name, placeholder: t('namePlaceholder') },
          {
            kind: 'select',
            name: 'type',
            label: t('filterType'),
            value: values.type,
            anyLabel: t('anyType'),
            options: ENTITY_TYPES.map((type) => ({ value: type, label: tType(type) })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('filterStatus'),
            value: values.status,
            anyLabel: t('anyStatus'),
            options: [
              { value: 'known', label: t('statusKnown') },
              { value: 'candidate', label: t('statusCandidate') },
            ],
          },
          {
            kind: 'select',
            name: 'sort',
            label: t('sort'),
            value: values.sort,
            anyLabel: t('sortMentions'),
            options: [{ value: 'name', label: t('sortName') }],
          },
        ]}
      />
      {invalid ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{tTimeline('invalidFilter')}</p> : null}
      <p role="status" className="text-sm font-medium" data-testid="entity-count">
        {t('count', { count: total })}
      </p>
      {entries.length === 0 ? (
        <Card>
          <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('tableCaption')}</caption>
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium" aria-sort={sort === 'name' ? 'ascending' : undefined}>
                  {t('columnName')}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">{t('columnType')}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t('columnStatus')}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium" aria-sort={sort === 'mentions' ? 'descending' : undefined}>
                  {t('columnMentions')}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t('columnArticles')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {entries.map((entry) => (
                <tr key={entry.key} data-testid="directory-entry">
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/entities/${entry.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                      {entry.name}
                    </Link>
                  </th>
                  <td className="px-4 py-2">{tType(entry.type)}</td>
                  <td className="px-4 py-2">
                    {entry.known ? t('statusKnown') : <Badge tone="planned">{t('statusCandidate')}</Badge>}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{format.number(entry.mentionCount)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{format.number(entry.articleCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pages={pages}
        hrefFor={(to) => ({ pathname: '/entities' as const, query: { ...query, page: to } })}
        labels={{
          navigation: t('pages'),
          previous: tPagination('previous'),
          next: tPagination('next'),
          position: tPagination('position', { page, pages, pageEnding: kazakhOrdinalEnding(page) }),
        }}
      />
    </div>
  );
}
