import { getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { SEARCH_SORTS } from '@/lib/data/search';
import { formatDayInput } from '@/lib/present/day-input';
import { MAX_QUERY_LENGTH } from '@/lib/present/search-params';
import type { ArticleSearchState } from '@/lib/present/article-search-params';
import { LANGUAGES } from '@/lib/domain/vocabulary';

export type ArticleListPath = '/search' | '/articles';

const SORT_LABELS = { relevance: 'sortRelevance', newest: 'sortNewest', oldest: 'sortOldest' } as const;
const control =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-normal placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400';

/**
 * The page's one search box with its filters and order, as a GET form: the URL holds them all,
 * so a view can be shared, and it works without JavaScript. The entity box suggests names in the
 * UI locale (a datalist) and sends the name; the page resolves it.
 */
export async function ArticleSearchForm({
  path,
  locale,
  state,
  entityName,
  sources,
  entityOptions,
  hasQuery,
}: {
  path: ArticleListPath;
  locale: AppLocale;
  state: ArticleSearchState;
  /** The chosen entity's name in the UI locale, when the filter names a known entity. */
  entityName: string | null;
  sources: string[];
  entityOptions: { key: string; name: string }[];
  /** Without words the list has no relevance order: newest first is the default. */
  hasQuery: boolean;
}) {
  const [t, tLanguage, tDay] = await Promise.all([getTranslations('Search'), getTranslations('Language'), getTranslations('DateInput')]);
  return (
    <form role="search" aria-label={t('heading')} action={getPathname({ href: path, locale })} method="get" className="space-y-3">
      <div className="flex gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          {t('queryLabel')}
        </label>
        <input
          id="search-page-query"
          name="q"
          type="search"
          defaultValue={state.query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900">
          {t('submit')}
        </button>
      </div>
      <fieldset className="grid grid-cols-1 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
        <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">{t('filtersLabel')}</legend>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filterLanguage')}
          <select name="language" defaultValue={state.language ?? ''} className={control}>
            <option value="">{t('anyLanguage')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {tLanguage(language)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filterSource')}
          <select name="source" defaultValue={state.source ?? ''} className={control}>
            <option value="">{t('anySource')}</option>
            {sources.map((source) => (
              <option key={source} value={source}>
                {source}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filterEntity')}
          <input
            name="entity"
            type="text"
            list="entity-options"
            autoComplete="off"
            defaultValue={entityName ?? state.entity ?? ''}
            maxLength={200}
            placeholder={t('entityPlaceholder')}
            className={control}
          />
          <datalist id="entity-options">
            {entityOptions.map((entity) => (
              <option key={entity.key} value={entity.name} />
            ))}
          </datalist>
        </label>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filterFrom')}
          <input
            name="from"
            type="text"
            inputMode="numeric"
            defaultValue={state.from ? formatDayInput(state.from, locale) : ''}
            placeholder={tDay('placeholder')}
            maxLength={40}
            className={control}
          />
        </label>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('filterTo')}
          <input
            name="to"
            type="text"
            inputMode="numeric"
            defaultValue={state.to ? formatDayInput(state.to, locale) : ''}
            placeholder={tDay('placeholder')}
            maxLength={40}
            className={control}
          />
        </label>
        <label className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('sort')}
          <select name="sort" defaultValue={state.sort ?? ''} className={control}>
            {SEARCH_SORTS.filter((sort) => hasQuery || sort !== 'relevance').map((sort) => (
              <option key={sort} value={sort === (hasQuery ? 'relevance' : 'newest') ? '' : sort}>
                {t(SORT_LABELS[sort])}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end sm:col-span-2 lg:col-span-3">
          <Link href={path} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
            {t('reset')}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
