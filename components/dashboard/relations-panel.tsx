import { getTranslations } from 'next-intl/server';
import { RelationMap } from '@/components/map/relation-map';
import { RelationList } from '@/components/relations/relation-list';
import { relationMapData } from '@/components/relations/relation-map-data';
import { Card } from '@/components/ui/card';
import { getPathname, Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { listPlaceRelations } from '@/lib/data/relations';
import { RELATION_TYPES } from '@/lib/extract/types';

/** The dashboard lists the best-attested relations; the relations page has them all. */
const LISTED = 8;
/** The map shows the best-attested relations; more would only tangle the arcs. */
const MAP_RELATIONS = 60;

export async function RelationsPanel({ locale }: { locale: AppLocale }) {
  const [t, tType, relations] = await Promise.all([
    getTranslations('Dashboard'),
    getTranslations('RelationType'),
    listPlaceRelations(locale, {}, { limit: MAP_RELATIONS, evidenceLimit: 1 }),
  ]);
  const { places, arcs } = relationMapData(
    relations,
    (key) => getPathname({ href: `/entities/${key}`, locale }),
    (r) => `${r.a.name} – ${r.b.name}: ${tType(r.type)}`,
  );
  const typeLabels = Object.fromEntries(RELATION_TYPES.map((type) => [type, tType(type)])) as Record<(typeof RELATION_TYPES)[number], string>;
  return (
    <Card
      title={t('relationsTitle')}
      titleId="relations-title"
      action={
        <Link href="/relations" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          {t('relationsAll')}
        </Link>
      }
    >
      <div className="grid gap-6 lg:grid-cols-5">
        <RelationMap
          className="lg:col-span-3"
          places={places}
          arcs={arcs}
          title={t('relationsTitle')}
          description={t('relationsMapDescription')}
          typeLabels={typeLabels}
          compact
        />
        <div className="lg:col-span-2">
          <RelationList relations={relations.slice(0, LISTED)} />
        </div>
      </div>
    </Card>
  );
}
