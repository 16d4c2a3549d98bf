import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Layout');
  const tLocale = await getTranslations('LocaleSwitcher');
  const locale = await getLocale();
  const localeOptions = routing.locales.map((code) => ({ code, label: tLocale(code) }));

  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2">
          <span className="text-lg font-semibold tracking-tight text-brand-700 dark:text-brand-100">{t('brand')}</span>
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-300">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/" className="text-slate-700 hover:text-brand-700 dark:text-slate-200">
                {t('dashboard')}
              </Link>
            </li>
          </ul>
        </nav>
        <LocaleSwitcher current={locale} label={tLocale('label')} options={localeOptions} />
      </div>
    </header>
  );
}
