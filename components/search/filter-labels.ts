import type { getTranslations } from 'next-intl/server';
import type { FilterName, ResolvedFilters } from '@/lib/data/search';
import type { ArticleSearchState } from '@/lib/present/article-search-params';
import { formatDay, type Formatter } from '@/lib/present/temporal-label';

type Translate = Awaited<ReturnType<typeof getTranslations<'Search'>>>;
type TranslateLanguage = Awaited<ReturnType<typeof getTranslations<'Language'>>>;

export interface ActiveFilter {
  name: FilterName;
  /** What the filter keeps, in the UI locale ("Language: Kazakh"). */
  label: string;
  /** The URL change that removes it. */
  removal: Partial<ArticleSearchState>;
}

/** The filters in force, each with its label and the change that removes it. */
export function activeFilters(filters: ResolvedFilters, t: Translate, tLanguage: TranslateLanguage, format: Formatter): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.language) active.push({ name: 'language', label: t('filterLanguageValue', { value: tLanguage(filters.language) }), removal: { language: undefined } });
  if (filters.source) active.push({ name: 'source', label: t('filterSourceValue', { value: filters.source.name }), removal: { source: undefined } });
  if (filters.entity) active.push({ name: 'entity', label: t('filterEntityValue', { value: filters.entity.name }), removal: { entity: undefined } });
  if (filters.from || filters.to) {
    const period = [
      filters.from ? t('periodFrom', { from: formatDay(format, filters.from) }) : null,
      filters.to ? t('periodTo', { to: formatDay(format, filters.to) }) : null,
    ]
      .filter((part) => part !== null)
      .join(' ');
    active.push({ name: 'period', label: t('filterPeriodValue', { period }), removal: { from: undefined, to: undefined } });
  }
  return active;
}
