import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const [t, tOpenData] = await Promise.all([getTranslations('Layout'), getTranslations('OpenData')]);
  return (
    <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p className="mx-auto max-w-6xl px-4">{t('footer')}</p>
      <p className="mx-auto mt-2 max-w-6xl px-4">
        <Link href="/api" className="underline underline-offset-2">
          {tOpenData('footerLink')}
        </Link>
      </p>
    </footer>
  );
}
