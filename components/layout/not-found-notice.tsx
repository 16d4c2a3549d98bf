import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** The localized "page not found" message with a way back to the dashboard. */
export async function NotFoundNotice() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <p className="text-6xl font-semibold text-brand-600 dark:text-brand-100">404</p>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-600 dark:text-slate-300">{t('description')}</p>
      <Link href="/" className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
        {t('backHome')}
      </Link>
    </div>
  );
}
