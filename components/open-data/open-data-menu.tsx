import { getTranslations } from 'next-intl/server';
import type { OpenDataLinks } from '@/lib/open-data/menu-links';

const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json', gexf: 'application/gexf+xml' } as const;

const linkClass = 'underline decoration-slate-300 underline-offset-2 hover:decoration-current focus-visible:outline-2 focus-visible:outline-offset-2';

/**
 * Download / Subscribe: the view's data in every format it comes in, with its filters. A disclosure
 * (details/summary): opened and closed with Enter or Space, its links reached with Tab, no script.
 */
export async function OpenDataMenu({ links }: { links: OpenDataLinks }) {
  const t = await getTranslations('OpenData');
  return (
    <details className="group w-fit rounded-md border border-slate-200 text-sm dark:border-slate-700" data-testid="open-data-menu">
      <summary className="cursor-pointer rounded-md px-3 py-1.5 font-medium select-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 dark:hover:bg-slate-800">
        {t('menuLabel')}
      </summary>
      <div className="space-y-3 border-t border-slate-200 px-3 py-2 dark:border-slate-700">
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('withFilters')}</p>
        {links.downloads.length > 0 ? (
          <section aria-labelledby="open-data-downloads">
            <p id="open-data-downloads" className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {t('downloads')}
            </p>
            <ul className="mt-1 space-y-1">
              {links.downloads.map((link) => (
                <li key={link.href}>
                  <a href={link.href} download className={linkClass} type={MEDIA_TYPES[link.format]}>
                    {t('downloadAs', { dataset: t(`dataset.${link.dataset}`), format: t(`format.${link.format}`) })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {links.feeds || links.calendar ? (
          <section aria-labelledby="open-data-subscriptions">
            <p id="open-data-subscriptions" className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {t('subscriptions')}
            </p>
            <ul className="mt-1 space-y-1">
              {links.feeds ? (
                <>
                  <li>
                    <a href={links.feeds.rss} className={linkClass} type="application/rss+xml">
                      {t('rss')}
                    </a>
                  </li>
                  <li>
                    <a href={links.feeds.atom} className={linkClass} type="application/atom+xml">
                      {t('atom')}
                    </a>
                  </li>
                </>
              ) : null}
              {links.calendar ? (
                <>
                  <li>
                    <a href={links.calendar.webcal} className={linkClass}>
                      {t('webcal')}
                    </a>
                  </li>
                  <li>
                    <a href={links.calendar.ics} className={linkClass} type="text/calendar">
                      {t('ics')}
                    </a>
                  </li>
                </>
              ) : null}
            </ul>
          </section>
        ) : null}
      </div>
    </details>
  );
}
