import { getTranslations } from 'next-intl/server';
import { RelationList } from '@/components/relations/relation-list';
import { LocalizedRelationMap } from '@/components/relations/localized-relation-map';
import { Card } from '@/components/ui/card';
import { DASHBOARD_PANELS } from './panel-ids';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { listPlaceRelations } from '@/lib/data/relations';

/** The dashboard lists the best-attested relations; the relations page has them all. */
const LISTED = 8;
/** The map shows the best-attested relations; more would only tangle the arcs. */
const MAP_RELATIONS = 60;

export async function RelationsPanel({ locale }: { locale: AppLocale }) {
  const [t, tMap, relations] = await Promise.all([
    getTranslations('Dashboard'),
    getTranslations('MapControls'),
    listPlaceRelations(locale, {}, { limit: MAP_RELATIONS, evidenceLimit: 1 }),
  ]);
  return (
    <Card
      title={t('relationsTitle')}
      titleId="relations-title"
      id={DASHBOARD_PANELS.relations}
      action={
        <Link href="/relations" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          {t('relationsAll')}
        </Link>
      }
    >
      <div className="grid gap-6 lg:grid-cols-5">
        <a href={`#${DASHBOARD_PANELS.relationList}`} className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 lg:col-span-5">
          {tMap('skipMap')}
        </a>
        <LocalizedRelationMap
          className="lg:col-span-3"
          locale={locale}
          relations={relations}
          title={t('relationsTitle')}
          description={t('relationsMapDescription')}
        />
        <div id={DASHBOARD_PANELS.relationList} className="lg:col-span-2">
          <RelationList relations={relations.slice(0, LISTED)} />
        </div>
      </div>
    </Card>
  );
}
