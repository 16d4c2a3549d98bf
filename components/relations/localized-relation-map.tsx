import { getTranslations } from 'next-intl/server';
import { RelationMap } from '@/components/map/relation-map';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { PlaceRelationDto } from '@/lib/data/relations';
import { RELATION_TYPES, tableOf } from '@/lib/domain/vocabulary';
import { relationMapData } from './relation-map-data';

/** The relation map with its links, arc labels and legend in the UI locale. */
export async function LocalizedRelationMap({
  locale,
  relations,
  title,
  description,
  className,
}: {
  locale: AppLocale;
  relations: readonly PlaceRelationDto[];
  title: string;
  description: string;
  className?: string;
}) {
  const [tType, tMap] = await Promise.all([getTranslations('RelationType'), getTranslations('MapControls')]);
  const { places, arcs } = relationMapData(
    relations,
    (key) => getPathname({ href: `/entities/${key}`, locale }),
    (r) => `${r.a.name} – ${r.b.name}: ${tType(r.type)}`,
  );
  const typeLabels = tableOf(RELATION_TYPES, (type) => tType(type));
  return (
    <RelationMap
      className={className}
      places={places}
      arcs={arcs}
      title={title}
      description={description}
      typeLabels={typeLabels}
      keyTitle={tMap('placesKey')}
      enlargeLabel={tMap('enlarge')}
      compact
    />
  );
}
