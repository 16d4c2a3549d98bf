import { describe, expect, test } from 'vitest';
import {
  arcControlPoint,
  arcOffset,
  arcPath,
  isInsideMap,
  MAP_HEIGHT,
  MAP_VIEW_BOX,
  MAP_WIDTH,
  PLACE_RADIUS,
  placeRadius,
  projectPoint,
  sampleArc,
  type ScreenPoint,
} from './geo';

function project(lat: number, lon: number): ScreenPoint {
  const point = projectPoint(lat, lon);
  if (!point) throw new Error(`no projection for ${lat},${lon}`);
  return point;
}

/** Numbers of an `M x,y Q cx,cy x,y` path, in order. */
function pathNumbers(d: string): number[] {
  return (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

const almaty = project(43.24, 76.89);
const astana = project(51.17, 71.45);
const shanghai = project(31.23, 121.47);

describe('projection', () => {
  test('the view box is a landscape frame of the fitted width', () => {
    expect(MAP_VIEW_BOX).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
    expect(MAP_WIDTH / MAP_HEIGHT).toBeGreaterThan(1.4);
    expect(MAP_WIDTH / MAP_HEIGHT).toBeLessThan(2.4);
  });

  test.each([
    ['Almaty', 43.24, 76.89],
    ['Astana', 51.17, 71.45],
    ['Shanghai', 31.23, 121.47],
    ['Urumqi', 43.83, 87.62],
    ['Aktau', 43.65, 51.16],
    ['Harbin', 45.8, 126.53],
    ['Haikou', 20.04, 110.34],
  ])('%s falls inside the map', (_name, lat, lon) => {
    expect(isInsideMap(project(lat, lon))).toBe(true);
  });

  test.each([
    ['Moscow', 55.75, 37.62],
    ['Istanbul', 41.01, 28.98],
    ['Singapore', 1.35, 103.82],
  ])('%s, outside the window, falls outside the map', (_name, lat, lon) => {
    expect(isInsideMap(project(lat, lon))).toBe(false);
  });

  test('west is left and north is up', () => {
    expect(almaty.x).toBeLessThan(shanghai.x);
    expect(astana.y).toBeLessThan(almaty.y);
    expect(almaty.y).toBeLessThan(shanghai.y);
  });

  test('coordinates are rounded to one decimal', () => {
    for (const value of [almaty.x, almaty.y, shanghai.x, shanghai.y]) {
      expect(Math.round(value * 10) / 10).toBe(value);
    }
  });

  test.each([
    ['NaN latitude', Number.NaN, 76],
    ['infinite longitude', 43, Number.POSITIVE_INFINITY],
    ['latitude beyond the pole', 95, 76],
    ['longitude beyond the antimeridian', 43, 190],
  ])('%s has no position', (_case, lat, lon) => {
    expect(projectPoint(lat, lon)).toBeNull();
  });

  test('isInsideMap honours the margin', () => {
    expect(isInsideMap({ x: 2, y: 100 })).toBe(true);
    expect(isInsideMap({ x: 2, y: 100 }, 4)).toBe(false);
    expect(isInsideMap({ x: MAP_WIDTH + 1, y: 100 })).toBe(false);
  });
});

describe('arcs', () => {
  test('an arc path starts at A and ends at B', () => {
    const numbers = pathNumbers(arcPath(almaty, shanghai, 50));
    expect(arcPath(almaty, shanghai, 50).startsWith('M')).toBe(true);
    expect(numbers.slice(0, 2)).toEqual([almaty.x, almaty.y]);
    expect(numbers.slice(-2)).toEqual([shanghai.x, shanghai.y]);
    expect(numbers).toHaveLength(6);
  });

  test('different offsets give different control points', () => {
    const near = arcControlPoint(almaty, shanghai, arcOffset(100, 0));
    const far = arcControlPoint(almaty, shanghai, arcOffset(100, 1));
    expect(far).not.toEqual(near);
    expect(far.y).toBeLessThan(near.y);
  });

  test('offset 0 puts the control point on the chord midpoint', () => {
    expect(arcControlPoint({ x: 0, y: 0 }, { x: 100, y: 40 }, 0)).toEqual({ x: 50, y: 20 });
  });

  test('a horizontal chord bulges up, a vertical one to the right', () => {
    expect(arcControlPoint({ x: 0, y: 100 }, { x: 200, y: 100 }, 30)).toEqual({ x: 100, y: 70 });
    expect(arcControlPoint({ x: 50, y: 0 }, { x: 50, y: 200 }, 30)).toEqual({ x: 80, y: 100 });
  });

  test('the curve does not depend on which end comes first', () => {
    expect(arcControlPoint(shanghai, almaty, 40)).toEqual(arcControlPoint(almaty, shanghai, 40));
  });

  test('a zero-length chord does not produce NaN', () => {
    const d = arcPath({ x: 10, y: 10 }, { x: 10, y: 10 }, 20);
    expect(d).not.toContain('NaN');
  });

  test('each further arc of a pair bends further out, by a minimum step on short chords', () => {
    expect(arcOffset(400, 1)).toBeGreaterThan(arcOffset(400, 0));
    expect(arcOffset(400, 2)).toBeGreaterThan(arcOffset(400, 1));
    expect(arcOffset(20, 1) - arcOffset(20, 0)).toBeGreaterThanOrEqual(18);
  });

  test('samples run from A to B', () => {
    const samples = sampleArc(almaty, shanghai, 60, 10);
    expect(samples).toHaveLength(11);
    expect(samples[0]).toEqual(almaty);
    expect(samples[10]?.x).toBeCloseTo(shanghai.x);
    expect(samples[10]?.y).toBeCloseTo(shanghai.y);
  });
});

describe('placeRadius', () => {
  test.each([
    ['no weight', undefined, 10, PLACE_RADIUS.min],
    ['zero weight', 0, 10, PLACE_RADIUS.min],
    ['negative weight', -5, 10, PLACE_RADIUS.min],
    ['NaN weight', Number.NaN, 10, PLACE_RADIUS.min],
    ['no positive maximum', 5, 0, PLACE_RADIUS.min],
    ['the heaviest place', 10, 10, PLACE_RADIUS.max],
    ['a weight above the maximum (clamped)', 1000, 10, PLACE_RADIUS.max],
    ['a quarter of the maximum (area-proportional)', 25, 100, PLACE_RADIUS.min + (PLACE_RADIUS.max - PLACE_RADIUS.min) / 2],
  ])('%s', (_case, weight, maxWeight, expected) => {
    expect(placeRadius(weight, maxWeight)).toBeCloseTo(expected, 1);
  });

  test('grows with weight and stays within bounds', () => {
    const radii = [1, 2, 5, 10, 50, 100].map((weight) => placeRadius(weight, 100));
    expect([...radii].sort((p, q) => p - q)).toEqual(radii);
    for (const radius of radii) {
      expect(radius).toBeGreaterThanOrEqual(PLACE_RADIUS.min);
      expect(radius).toBeLessThanOrEqual(PLACE_RADIUS.max);
    }
  });
});
