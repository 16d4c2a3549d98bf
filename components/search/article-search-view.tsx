import { getFormatter, getTranslations } from 'next-intl/server';
import { OpenDataMenu } from '@/components/open-data/open-data-menu';
import { Pagination } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { searchArticles } from '@/lib/data/search';
import { listEntityOptions, listSourceNames } from '@/lib/data/search-options';
import { downloadLink, feedLinks, type OpenDataLinks } from '@/lib/open-data/menu-links';
import { articleSearchQuery, parseArticleSearch, type ArticleSearchState } from '@/lib/present/article-search-params';
import { kazakhOrdinalEnding } from '@/lib/present/kazakh-ordinal';
import type { RawSearchParams } from '@/lib/present/search-params';
import { ActiveFilters } from './active-filters';
import { ArticleHits } from './article-hits';
import { ArticleSearchForm, type ArticleListPath } from './article-search-form';
import { activeFilters } from './filter-labels';
import { NoResults } from './no-results';
import { SearchFacets } from './search-facets';

const PAGE_SIZE = 10;
/** Names offered by the entity type-ahead. */
const ENTITY_OPTIONS = 400;

/**
 * Search and the archive are one view: words (or none: every article), filters, order, facets
 * and pages, all read from the URL. `path` is the page it stands on, which its links keep.
 */
export async function ArticleSearchView({ path, locale, raw }: { path: ArticleListPath; locale: AppLocale; raw: RawSearchParams }) {
  const { state, truncated, invalid } = parseArticleSearch(raw);
  const [t, tArchive, tLanguage, tPagination, format, result, sources, entityOptions] = await Promise.all([
    getTranslations('Search'),
    getTranslations('Archive'),
    getTranslations('Language'),
    getTranslations('Pagination'),
    getFormatter(),
    searchArticles(
      {
        query: state.query,
        filters: { language: state.language, source: state.source, entity: state.entity, from: state.from, to: state.to },
        sort: state.sort ?? 'relevance',
        page: state.page,
        pageSize: PAGE_SIZE,
      },
      locale,
    ),
    listSourceNames(),
    listEntityOptions(locale, ENTITY_OPTIONS),
  ]);
  // Links carry the entity's key, whatever name the type-ahead sent.
  const linkState = { ...state, entity: result.filters.entity?.key ?? undefined };
  const filters = activeFilters(result.filters, t, tLanguage, format);
  const count = format.number(result.total.count);
  const heading = result.hasQuery
    ? result.total.atLeast
      ? t('resultsAtLeast', { count, query: state.query })
      : t('results', { count: result.total.count, query: state.query })
    : result.total.atLeast
      ? tArchive('countAtLeast', { count })
      : tArchive('count', { count: result.total.count });

  return (
    <div className="space-y-6">
      {path === '/search' ? (
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t('heading')}</h1>
          <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t('hint')}</p>
          <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t('syntax')}</p>
        </div>
      ) : (
        <PageHeader title={tArchive('heading')} intro={tArchive('intro')} />
      )}
      <OpenDataMenu links={articleExportLinks(locale, linkState)} />
      <ArticleSearchForm
        path={path}
        locale={locale}
        state={state}
        entityName={result.filters.entity?.name ?? null}
        sources={sources}
        entityOptions={entityOptions}
        hasQuery={result.hasQuery}
      />
      {truncated ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{t('tooLong')}</p> : null}
      {invalid ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{t('invalidFilter')}</p> : null}
      {result.filters.unknown.map((filter) => (
        <p key={filter} role="status" className="text-sm text-amber-800 dark:text-amber-200">
          {t('unknownFilter', { filter, value: (filter === 'source' ? state.source : state.entity) ?? '' })}
        </p>
      ))}
      <ActiveFilters path={path} state={linkState} filters={filters} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="results-title" className="space-y-4">
          <div role="status">
            <h2 id="results-title" className="text-base font-medium" data-testid="search-count">
              {heading}
            </h2>
          </div>
          {result.matchedEntities.length > 0 ? (
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              {t('matchedEntities')}
              {result.matchedEntities.map((entity) => (
                <Link key={entity.key} href={`/entities/${entity.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                  {entity.name}
                </Link>
              ))}
            </p>
          ) : null}
          {result.hits.length > 0 ? (
            <ArticleHits hits={result.hits} />
          ) : result.hasQuery || filters.length > 0 ? (
            <NoResults path={path} state={linkState} filters={filters} withoutFilter={result.withoutFilter} />
          ) : (
            <p className="text-slate-600 dark:text-slate-400">{tArchive('empty')}</p>
          )}
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(to) => ({ pathname: path, query: articleSearchQuery(linkState, { page: to }) })}
            labels={{
              navigation: tPagination('label'),
              previous: t('previous'),
              next: t('next'),
              position: result.total.atLeast ? t('pageAtLeast', { page: result.page, pages: result.pages, pageEnding: kazakhOrdinalEnding(result.page) }) : t('page', { page: result.page, pages: result.pages, pageEnding: kazakhOrdinalEnding(result.page) }),
            }}
          />
        </section>
        <aside>
          <SearchFacets path={path} state={linkState} facets={result.facets} />
        </aside>
      </div>
    </div>
  );
}

/** The articles of this view (its query, filters and order) as CSV and JSON; the feed of its entity, or of every article. */
function articleExportLinks(locale: AppLocale, state: ArticleSearchState): OpenDataLinks {
  const sort = state.sort ?? (state.query ? 'relevance' : undefined);
  const filters = { q: state.query || undefined, sort, language: state.language, source: state.source, entity: state.entity, from: state.from, to: state.to };
  return {
    downloads: [downloadLink('articles', 'csv', locale, filters), downloadLink('articles', 'json', locale, filters)],
    feeds: feedLinks(locale, state.entity ? { entity: state.entity } : {}),
    calendar: null,
  };
}
