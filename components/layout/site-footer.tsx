import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('Layout');
  return (
    <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p className="mx-auto max-w-6xl px-4">{t('footer')}</p>
    </footer>
  );
}
