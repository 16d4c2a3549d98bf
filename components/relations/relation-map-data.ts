import type { MapArc, MapPlace } from '@/components/map/relation-map-layout';
import type { PlaceRelationDto } from '@/lib/data/relations';

/**
 * The map's points and arcs from relations: each place with coordinates once, weighted by the
 * number of relations it takes part in. `href` and `describe` localize links and arc labels.
 */
export function relationMapData(
  relations: readonly PlaceRelationDto[],
  href: (entityKey: string) => string,
  describe: (relation: PlaceRelationDto) => string,
): { places: MapPlace[]; arcs: MapArc[] } {
  const places = new Map<string, MapPlace>();
  const arcs: MapArc[] = [];
  for (const relation of relations) {
    const ends = [relation.a, relation.b];
    if (ends.some((p) => p.lat === null || p.lon === null)) continue;
    for (const place of ends) {
      const known = places.get(place.key);
      if (known) known.weight = (known.weight ?? 0) + 1;
      else places.set(place.key, { key: place.key, label: place.name, lat: place.lat!, lon: place.lon!, href: href(place.key), weight: 1 });
    }
    arcs.push({ aKey: relation.a.key, bKey: relation.b.key, type: relation.type, label: describe(relation) });
  }
  return { places: [...places.values()], arcs };
}
