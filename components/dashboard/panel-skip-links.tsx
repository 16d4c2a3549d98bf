import { getTranslations } from 'next-intl/server';
import { DASHBOARD_PANELS } from './panel-ids';

/**
 * Links to each dashboard panel, first on the page: a keyboard user reaches the relation list or
 * the latest articles without tabbing through every point of the timeline and the map.
 */
export async function PanelSkipLinks() {
  const [t, tDashboard] = await Promise.all([getTranslations('SkipLinks'), getTranslations('Dashboard')]);
  const links = [
    { id: DASHBOARD_PANELS.timeline, label: tDashboard('timelineTitle') },
    { id: DASHBOARD_PANELS.relations, label: tDashboard('relationsTitle') },
    { id: DASHBOARD_PANELS.relationList, label: t('relationList') },
    { id: DASHBOARD_PANELS.volume, label: tDashboard('volumeTitle') },
    { id: DASHBOARD_PANELS.upcoming, label: tDashboard('upcomingTitle') },
    { id: DASHBOARD_PANELS.latest, label: tDashboard('latestTitle') },
  ];
  return (
    <nav aria-label={t('label')} className="text-sm" data-testid="panel-skip-links">
      <span className="text-slate-600 dark:text-slate-400">{t('label')}:</span>{' '}
      <ul className="inline">
        {links.map((link, index) => (
          <li key={link.id} className="inline">
            {index > 0 ? <span aria-hidden="true" className="px-1.5 text-slate-400">·</span> : null}
            <a href={`#${link.id}`} className="text-brand-700 hover:underline dark:text-brand-100">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
