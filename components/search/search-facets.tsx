import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { BoundedCount, FacetsDto } from '@/lib/data/search';
import { articleSearchQuery, type ArticleSearchState } from '@/lib/present/article-search-params';
import type { ArticleListPath } from './article-search-form';

interface FacetItem {
  id: string;
  label: string;
  count: BoundedCount;
  /** Whether this value is the filter in force (its link then removes it). */
  active: boolean;
  changes: Partial<ArticleSearchState>;
}

/** Counts per language, per year and for the most mentioned entities of the current matches; each a link that filters by it. */
export async function SearchFacets({ path, state, facets }: { path: ArticleListPath; state: ArticleSearchState; facets: FacetsDto }) {
  const [t, tLanguage, format] = await Promise.all([getTranslations('Search'), getTranslations('Language'), getFormatter()]);
  const countText = ({ count, atLeast }: BoundedCount) =>
    atLeast ? t('facetCountAtLeast', { count: format.number(count) }) : format.number(count);
  const sampled = (count: number | null) => (count === null ? null : t('facetSampled', { count: format.number(count) }));
  const groups: { id: string; title: string; note: string | null; items: FacetItem[] }[] = [
    {
      id: 'language',
      title: t('facetLanguages'),
      note: sampled(facets.sampled.languages),
      items: facets.languages.map(({ language, count }) => {
        const active = state.language === language;
        return { id: language, label: tLanguage(language), count, active, changes: { language: active ? undefined : language } };
      }),
    },
    {
      id: 'year',
      title: t('facetYears'),
      note: null,
      items: facets.years.map(({ year, count }) => {
        const from = `${year}-01-01`;
        const to = `${year}-12-31`;
        const active = state.from === from && state.to === to;
        return { id: String(year), label: String(year), count, active, changes: active ? { from: undefined, to: undefined } : { from, to } };
      }),
    },
    {
      id: 'entity',
      title: t('facetEntities'),
      note: sampled(facets.sampled.entities),
      items: facets.entities.map(({ key, name, count }) => {
        const active = state.entity === key;
        return { id: key, label: name, count, active, changes: { entity: active ? undefined : key } };
      }),
    },
  ];
  return (
    <nav aria-label={t('facetsLabel')} className="space-y-5" data-testid="search-facets">
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={`facet-${group.id}`} data-testid={`facet-${group.id}`}>
            <h2 id={`facet-${group.id}`} className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
              {group.title}
              {group.note ? <span className="ml-1 font-normal text-slate-600 dark:text-slate-400">({group.note})</span> : null}
            </h2>
            <ul className="space-y-1 text-sm">
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link
                    href={{ pathname: path, query: articleSearchQuery(state, item.changes) }}
                    aria-current={item.active ? 'true' : undefined}
                    className={`flex justify-between gap-3 rounded px-1.5 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${
                      item.active ? 'bg-brand-50 font-medium text-brand-900 dark:bg-brand-900 dark:text-brand-50' : 'text-slate-700 dark:text-slate-300'
                    }`}
                  >
                    <span>{item.label}</span>
                    <span className="tabular-nums text-slate-600 dark:text-slate-400">{countText(item.count)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </nav>
  );
}
