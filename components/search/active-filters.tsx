import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { articleSearchQuery, type ArticleSearchState } from '@/lib/present/article-search-params';
import type { ArticleListPath } from './article-search-form';
import type { ActiveFilter } from './filter-labels';

/** The filters in force, each with a link that removes it. */
export async function ActiveFilters({ path, state, filters }: { path: ArticleListPath; state: ArticleSearchState; filters: ActiveFilter[] }) {
  if (filters.length === 0) return null;
  const t = await getTranslations('Search');
  return (
    <section aria-label={t('activeFilters')} className="flex flex-wrap items-center gap-2" data-testid="active-filters">
      {filters.map((filter) => (
        <Link
          key={filter.name}
          href={{ pathname: path, query: articleSearchQuery(state, filter.removal) }}
          aria-label={t('removeFilter', { filter: filter.label })}
          className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 hover:bg-brand-100 dark:bg-brand-900 dark:text-brand-50"
        >
          {filter.label}
          <span aria-hidden="true">×</span>
        </Link>
      ))}
    </section>
  );
}
