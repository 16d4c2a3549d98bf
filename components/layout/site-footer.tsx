import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const [t, tAbout, tSources, tDirectory, tOpenData] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('About'),
    getTranslations('Sources'),
    getTranslations('EntityDirectory'),
    getTranslations('OpenData'),
  ]);
  const links = [
    { href: '/about', label: tAbout('heading') },
    { href: '/sources', label: tSources('heading') },
    { href: '/entities', label: tDirectory('heading') },
    { href: '/api', label: tOpenData('footerLink') },
  ] as const;
  return (
    <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <p className="mx-auto max-w-6xl px-4">{t('footer')}</p>
      <nav aria-label={tAbout('footerNavigation')} className="mx-auto mt-3 max-w-6xl px-4">
        <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1">
          {links.map(({ href, label }) => (
            <li key={href}>
              <Link href={href} className="text-brand-700 hover:underline dark:text-brand-100">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
