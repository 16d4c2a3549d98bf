import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import type { ArticleSearchDto } from '@/lib/data/search';
import { articleSearchQuery, type ArticleSearchState } from '@/lib/present/article-search-params';
import type { ArticleListPath } from './article-search-form';
import type { ActiveFilter } from './filter-labels';

/** Nothing matched: what to try, and which filters left out how many matches (each a link that removes it). */
export async function NoResults({
  path,
  state,
  filters,
  withoutFilter,
}: {
  path: ArticleListPath;
  state: ArticleSearchState;
  filters: ActiveFilter[];
  withoutFilter: ArticleSearchDto['withoutFilter'];
}) {
  const [t, format] = await Promise.all([getTranslations('Search'), getFormatter()]);
  const excluding = withoutFilter
    .filter(({ count }) => count.count > 0)
    .flatMap(({ filter, count }) => {
      const active = filters.find((candidate) => candidate.name === filter);
      return active ? [{ active, count }] : [];
    });
  return (
    <Card title={t('noResultsTitle')} titleId="no-results-title">
      <div className="space-y-3 text-sm text-slate-700 dark:text-slate-300" data-testid="no-results">
        {excluding.length > 0 ? (
          <>
            <p>{t('excludedBy')}</p>
            <ul className="list-disc space-y-1 pl-5">
              {excluding.map(({ active, count }) => (
                <li key={active.name}>
                  <Link href={{ pathname: path, query: articleSearchQuery(state, active.removal) }} className="text-brand-700 hover:underline dark:text-brand-100">
                    {count.atLeast
                      ? t('withoutFilterAtLeast', { filter: active.label, count: format.number(count.count) })
                      : t('withoutFilter', { filter: active.label, count: count.count })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>{t('noResultsHint')}</p>
      </div>
    </Card>
  );
}
