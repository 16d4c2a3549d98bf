import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { MAX_QUERY_LENGTH } from '@/lib/present/search-params';
import { HideOnPages } from './hide-on-pages';

/** Pages with their own search box (with filters): the header's is not shown there, so a page has one. */
const PAGES_WITH_SEARCH = ['/search', '/articles'];

/** The header's search box: a plain GET form, so search works without JavaScript and the URL can be shared. */
export async function SearchForm() {
  const [t, locale] = await Promise.all([getTranslations('Layout'), getLocale()]);
  return (
    <HideOnPages pages={PAGES_WITH_SEARCH}>
      <form role="search" aria-label={t('searchLabel')} action={getPathname({ href: '/search', locale })} method="get" className="flex w-full gap-1 sm:w-72">
        <label htmlFor="site-search" className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="site-search"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('searchPlaceholder')}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
          {t('searchSubmit')}
        </button>
      </form>
    </HideOnPages>
  );
}
