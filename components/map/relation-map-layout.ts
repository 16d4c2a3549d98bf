import { arcOffset, arcPath, isInsideMap, MAP_HEIGHT, MAP_WIDTH, placeRadius, projectPoint, sampleArc, type ScreenPoint } from './geo';
import { layoutLabels, type PlacedLabel } from './label-layout';
import { RELATION_TYPES, type RelationType } from '@/lib/domain/vocabulary';

export interface MapPlace {
  key: string;
  label: string;
  lat: number;
  lon: number;
  href: string;
  /** Importance, e.g. a mention count: sets the circle size and who gets a label first. */
  weight?: number;
}

export interface MapArc {
  aKey: string;
  bKey: string;
  type: RelationType;
  /** Accessible description, e.g. "Almaty – Shanghai: sister cities". */
  label: string;
  href?: string;
}

export interface PositionedPlace {
  place: MapPlace;
  x: number;
  y: number;
  radius: number;
  arcCount: number;
  /** Where the place's name is drawn, when it has room. */
  label: PlacedLabel | null;
  /**
   * A place whose name has no room gets a number instead, drawn beside its point; the map's key
   * lists the numbers with the names, so every point is labelled.
   */
  marker: { number: number; label: PlacedLabel } | null;
}

export interface PositionedArc {
  arc: MapArc;
  /** Stable React key: the pair, the type and the position among the pair's arcs. */
  id: string;
  d: string;
}

export interface RelationMapLayout {
  /** Largest circle first, so small circles stay clickable on top of big ones. */
  places: PositionedPlace[];
  /** Outer arcs first, so the inner ones of a pair are drawn on top. */
  arcs: PositionedArc[];
  /** Relation types with at least one drawn arc, in the canonical order. */
  types: RelationType[];
  /** The numbered places in number order (by name). */
  key: { number: number; place: MapPlace }[];
}

export interface LayoutSettings {
  fontSize: number;
  maxLabels: number;
  /** Multiplies circle radii (compact maps render smaller, so their marks grow). */
  radiusScale: number;
  /** Label only places that take part in a drawn relation (when there is any). */
  labelArcPlacesOnly: boolean;
}

/** Keeps points a little away from the frame, where a circle would be cut in half. */
const FRAME_MARGIN = 4;

/** Spacing of the points sampled along arcs, below a label's height so none slips between two. */
const ARC_SAMPLE_SPACING = 8;

const typeRank = (type: RelationType) => RELATION_TYPES.indexOf(type);

/**
 * Screen geometry of a relation map: places outside the window or with unusable coordinates are
 * left out, and so are arcs that miss an end; arcs between the same pair fan out by type.
 */
export function layoutRelationMap(
  places: readonly MapPlace[],
  arcs: readonly MapArc[],
  settings: LayoutSettings,
): RelationMapLayout {
  const located = new Map<string, { place: MapPlace; x: number; y: number }>();
  for (const place of places) {
    if (located.has(place.key)) continue;
    const point = projectPoint(place.lat, place.lon);
    if (point && isInsideMap(point, FRAME_MARGIN)) located.set(place.key, { place, ...point });
  }

  const byPair = new Map<string, MapArc[]>();
  for (const arc of arcs) {
    if (arc.aKey === arc.bKey || !located.has(arc.aKey) || !located.has(arc.bKey)) continue;
    const pairKey = [arc.aKey, arc.bKey].sort().join('\u0000');
    byPair.set(pairKey, [...(byPair.get(pairKey) ?? []), arc]);
  }

  const arcCounts = new Map<string, number>();
  const positionedArcs: (PositionedArc & { offset: number })[] = [];
  const arcSamples: ScreenPoint[] = [];
  for (const [pairKey, pairArcs] of byPair) {
    const ordered = [...pairArcs].sort((p, q) => typeRank(p.type) - typeRank(q.type));
    ordered.forEach((arc, index) => {
      const a = located.get(arc.aKey);
      const b = located.get(arc.bKey);
      if (!a || !b) return;
      const chord = Math.hypot(b.x - a.x, b.y - a.y);
      const offset = arcOffset(chord, index);
      positionedArcs.push({ arc, id: `${pairKey}\u0000${arc.type}\u0000${index}`, d: arcPath(a, b, offset), offset });
      arcSamples.push(...sampleArc(a, b, offset, Math.max(4, Math.ceil((chord * 1.2) / ARC_SAMPLE_SPACING))));
      for (const key of [arc.aKey, arc.bKey]) arcCounts.set(key, (arcCounts.get(key) ?? 0) + 1);
    });
  }
  positionedArcs.sort((p, q) => q.offset - p.offset);

  const maxWeight = Math.max(0, ...[...located.values()].map(({ place }) => place.weight ?? 0));
  const circles = [...located.values()].map(({ place, x, y }) => ({
    place,
    x,
    y,
    radius: Math.round(placeRadius(place.weight, maxWeight) * settings.radiusScale * 10) / 10,
    arcCount: arcCounts.get(place.key) ?? 0,
  }));

  const byImportance = [...circles].sort(
    (p, q) =>
      Number(q.arcCount > 0) - Number(p.arcCount > 0) ||
      (q.place.weight ?? 0) - (p.place.weight ?? 0) ||
      q.arcCount - p.arcCount ||
      p.place.label.localeCompare(q.place.label),
  );
  const restrictToArcs = settings.labelArcPlacesOnly && arcCounts.size > 0;
  const labelled = byImportance.filter((c) => !restrictToArcs || c.arcCount > 0);
  const labels = layoutLabels(
    labelled.map((c) => ({ key: c.place.key, text: c.place.label, x: c.x, y: c.y, radius: c.radius })),
    {
      fontSize: settings.fontSize,
      maxLabels: settings.maxLabels,
      width: MAP_WIDTH,
      height: MAP_HEIGHT,
      obstacles: circles,
      softObstacles: arcSamples.map((point) => ({ ...point, radius: 2 })),
    },
  );
  const labelByKey = new Map(labels.map((label) => [label.key, label]));
  const unnamed = circles.filter((c) => !labelByKey.has(c.place.key)).sort((p, q) => p.place.label.localeCompare(q.place.label));
  const numberOf = new Map(unnamed.map((c, index) => [c.place.key, index + 1]));
  // Numbers are short: each takes the first free side, or the right-hand side when none is free.
  const numberLabels = layoutLabels(
    unnamed.map((c) => ({ key: c.place.key, text: String(numberOf.get(c.place.key)), x: c.x, y: c.y, radius: c.radius })),
    { fontSize: settings.fontSize, maxLabels: unnamed.length, width: MAP_WIDTH, height: MAP_HEIGHT, obstacles: circles },
  );
  const numberLabelByKey = new Map(numberLabels.map((label) => [label.key, label]));
  const markerOf = (c: (typeof circles)[number]): PositionedPlace['marker'] => {
    const number = numberOf.get(c.place.key);
    if (number === undefined) return null;
    const label = numberLabelByKey.get(c.place.key) ?? { key: c.place.key, x: c.x + c.radius + 3, y: c.y + settings.fontSize * 0.35, anchor: 'start' as const };
    return { number, label };
  };

  const types = RELATION_TYPES.filter((type) => positionedArcs.some(({ arc }) => arc.type === type));

  return {
    places: circles
      .map((c) => ({ ...c, label: labelByKey.get(c.place.key) ?? null, marker: markerOf(c) }))
      .sort((p, q) => q.radius - p.radius),
    arcs: positionedArcs.map(({ arc, id, d }) => ({ arc, id, d })),
    types,
    key: unnamed.map((c) => ({ number: numberOf.get(c.place.key)!, place: c.place })),
  };
}
