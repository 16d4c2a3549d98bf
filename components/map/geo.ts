import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/** The part of the world every map shows: Kazakhstan, China and their neighbours. */
export const MAP_WINDOW = { west: 45, east: 135, south: 18, north: 56 } as const;

export const MAP_WIDTH = 960;

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Points along the window's edges, so the fit accounts for the conic projection's curved sides. */
function windowOutline(): MultiPoint {
  const { west, east, south, north } = MAP_WINDOW;
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 5) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 2) coordinates.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates };
}

function buildProjection(): { projection: GeoProjection; height: number } {
  const outline = windowOutline();
  // Equal-area conic centred on the window: shapes stay honest across 90° of longitude.
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-90, 0]).fitWidth(MAP_WIDTH, outline);
  const [, [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  return { projection, height };
}

const built = buildProjection();

export const mapProjection: GeoProjection = built.projection;
export const MAP_HEIGHT: number = built.height;
export const MAP_VIEW_BOX = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;

export function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Screen position of a place, or null when the coordinates are not finite numbers. */
export function projectPoint(lat: number, lon: number): ScreenPoint | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const projected = mapProjection([lon, lat]);
  if (!projected) return null;
  const [x, y] = projected;
  return { x: roundCoordinate(x), y: roundCoordinate(y) };
}

export function isInsideMap(point: ScreenPoint, margin = 0): boolean {
  return point.x >= margin && point.x <= MAP_WIDTH - margin && point.y >= margin && point.y <= MAP_HEIGHT - margin;
}

/**
 * Control point of a quadratic arc from `a` to `b`, `offset` units away from the chord's midpoint.
 * The bulge always points up the screen (or right for a vertical chord), so the same pair gives
 * the same curve whichever end comes first.
 */
export function arcControlPoint(a: ScreenPoint, b: ScreenPoint, offset: number): ScreenPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (length === 0) return { x: roundCoordinate(mid.x), y: roundCoordinate(mid.y) };
  let nx = -dy / length;
  let ny = dx / length;
  if (ny > 0 || (ny === 0 && nx < 0)) {
    nx = -nx;
    ny = -ny;
  }
  return { x: roundCoordinate(mid.x + nx * offset), y: roundCoordinate(mid.y + ny * offset) };
}

/** SVG path data of a quadratic Bézier arc from `a` to `b`. */
export function arcPath(a: ScreenPoint, b: ScreenPoint, offset: number): string {
  const c = arcControlPoint(a, b, offset);
  const f = roundCoordinate;
  return `M${f(a.x)},${f(a.y)}Q${c.x},${c.y} ${f(b.x)},${f(b.y)}`;
}

/** Points along the quadratic arc, `segments + 1` of them from `a` to `b`. */
export function sampleArc(a: ScreenPoint, b: ScreenPoint, offset: number, segments: number): ScreenPoint[] {
  const c = arcControlPoint(a, b, offset);
  return Array.from({ length: segments + 1 }, (_, i) => {
    const t = i / segments;
    const u = 1 - t;
    return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
  });
}

const ARC_BASE_BEND = 0.26;
const ARC_STEP_BEND = 0.18;
const ARC_MIN_STEP = 18;

/**
 * Control-point offset for the `index`-th relation between one pair of places: each further
 * relation bends further out, by at least ARC_MIN_STEP so arcs between close places still separate.
 */
export function arcOffset(chordLength: number, index: number): number {
  return chordLength * ARC_BASE_BEND + index * Math.max(chordLength * ARC_STEP_BEND, ARC_MIN_STEP);
}

export const PLACE_RADIUS = { min: 3.5, max: 9 } as const;

/**
 * Circle radius of a place: area grows with weight relative to the heaviest place, clamped to
 * PLACE_RADIUS; a place without a usable weight gets the minimum.
 */
export function placeRadius(weight: number | undefined, maxWeight: number): number {
  if (weight === undefined || !Number.isFinite(weight) || weight <= 0 || !(maxWeight > 0)) return PLACE_RADIUS.min;
  const share = Math.min(1, weight / maxWeight);
  const radius = PLACE_RADIUS.min + (PLACE_RADIUS.max - PLACE_RADIUS.min) * Math.sqrt(share);
  return roundCoordinate(Math.min(PLACE_RADIUS.max, Math.max(PLACE_RADIUS.min, radius)));
}
