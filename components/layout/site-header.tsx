import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';
import { SearchForm } from './search-form';

const NAVIGATION = [
  { href: '/', label: 'dashboard' },
  { href: '/timeline', label: 'timeline' },
  { href: '/relations', label: 'relations' },
  { href: '/articles', label: 'articles' },
  { href: '/search', label: 'search' },
] as const;

export async function SiteHeader() {
  const [t, tLocale, locale] = await Promise.all([getTranslations('Layout'), getTranslations('LocaleSwitcher'), getLocale()]);
  const localeOptions = routing.locales.map((code) => ({ code, label: tLocale(code) }));

  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-lg font-semibold tracking-tight text-brand-700 dark:text-brand-100">{t('brand')}</span>
          <span className="hidden text-sm text-slate-600 lg:inline dark:text-slate-300">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {NAVIGATION.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="text-slate-700 hover:text-brand-700 dark:text-slate-200 dark:hover:text-brand-100">
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex w-full flex-wrap items-center gap-3 sm:ml-auto sm:w-auto sm:flex-nowrap">
          <SearchForm />
          <LocaleSwitcher current={locale} label={tLocale('label')} options={localeOptions} />
        </div>
      </div>
    </header>
  );
}
