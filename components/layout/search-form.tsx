import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';

/** A plain GET form: search works without JavaScript and the URL can be shared. */
export async function SearchForm({
  defaultValue = '',
  id = 'site-search',
  landmarkLabel,
}: {
  defaultValue?: string;
  id?: string;
  /** Names the search landmark when a page has more than one. */
  landmarkLabel?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('Layout'), getLocale()]);
  return (
    <form role="search" aria-label={landmarkLabel ?? t('searchLabel')} action={getPathname({ href: '/search', locale })} method="get" className="flex w-full gap-1 sm:w-72">
      <label htmlFor={id} className="sr-only">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={t('searchPlaceholder')}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
      >
        {t('searchSubmit')}
      </button>
    </form>
  );
}
