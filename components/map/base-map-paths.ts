import { geoPath } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { mapProjection } from './geo';

/** ISO 3166-1 numeric codes, as Natural Earth's TopoJSON uses them for ids. */
const KAZAKHSTAN_ID = '398';
const CHINA_ID = '156';

export interface BaseMapPaths {
  /** Every country except the two in focus, merged into one shape. */
  neighbours: string;
  kazakhstan: string;
  china: string;
  /** Land borders between countries (coastlines excluded). */
  borders: string;
}

/**
 * Country shapes projected and clipped to the map window, computed once at module load.
 * The 1:110m data at one decimal is about one pixel of detail at full width, which keeps the
 * markup near 20 kB.
 */
function buildBaseMapPaths(): BaseMapPaths {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = topology.objects.countries;
  const path = geoPath(mapProjection).digits(1);
  const byId = (id: string) => {
    const geometry = countries.geometries.find((g) => String(g.id) === id);
    if (!geometry) throw new Error(`Country ${id} is missing from the base map data`);
    return path(feature(topology, geometry)) ?? '';
  };
  const focus = new Set([KAZAKHSTAN_ID, CHINA_ID]);
  // Every country in the atlas is a Polygon or MultiPolygon, which merge requires.
  const others = countries.geometries.filter((g) => !focus.has(String(g.id))) as (Polygon | MultiPolygon)[];
  return {
    neighbours: path(merge(topology, others)) ?? '',
    kazakhstan: byId(KAZAKHSTAN_ID),
    china: byId(CHINA_ID),
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
  };
}

export const BASE_MAP_PATHS: BaseMapPaths = buildBaseMapPaths();
