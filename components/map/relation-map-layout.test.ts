import { describe, expect, test } from 'vitest';
import { layoutRelationMap, type LayoutSettings, type MapArc, type MapPlace } from './relation-map-layout';

const settings: LayoutSettings = { fontSize: 14, maxLabels: 14, radiusScale: 1, labelArcPlacesOnly: false };

const place = (key: string, lat: number, lon: number, weight?: number): MapPlace => ({
  key,
  label: key[0]?.toUpperCase() + key.slice(1),
  lat,
  lon,
  href: `/en/entities/${key}`,
  weight,
});

const almaty = place('almaty', 43.24, 76.89, 40);
const astana = place('astana', 51.17, 71.45, 20);
const shanghai = place('shanghai', 31.23, 121.47, 30);
const harbin = place('harbin', 45.8, 126.53);
const moscow = place('moscow', 55.75, 37.62, 5);

const arc = (aKey: string, bKey: string, type: MapArc['type']): MapArc => ({
  aKey,
  bKey,
  type,
  label: `${aKey} – ${bKey}: ${type}`,
});

describe('layoutRelationMap', () => {
  test('places outside the window or without usable coordinates are left out, with their arcs', () => {
    const broken = place('broken', Number.NaN, 70);
    const layout = layoutRelationMap(
      [almaty, moscow, broken],
      [arc('almaty', 'moscow', 'OTHER'), arc('almaty', 'broken', 'OTHER')],
      settings,
    );
    expect(layout.places.map((p) => p.place.key)).toEqual(['almaty']);
    expect(layout.arcs).toEqual([]);
    expect(layout.types).toEqual([]);
  });

  test('arcs to unknown places and from a place to itself are skipped', () => {
    const layout = layoutRelationMap([almaty, shanghai], [arc('almaty', 'nowhere', 'VISIT'), arc('almaty', 'almaty', 'VISIT')], settings);
    expect(layout.arcs).toEqual([]);
  });

  test('two relations of one pair get different curves, whichever way round they are given', () => {
    const layout = layoutRelationMap(
      [almaty, shanghai],
      [arc('almaty', 'shanghai', 'SISTER_CITIES'), arc('shanghai', 'almaty', 'FLIGHTS')],
      settings,
    );
    expect(layout.arcs).toHaveLength(2);
    const [first, second] = layout.arcs;
    expect(first?.d).not.toBe(second?.d);
    expect(new Set(layout.arcs.map((a) => a.id)).size).toBe(2);
    // The same curve for a type whatever the other relations' order.
    const swapped = layoutRelationMap(
      [shanghai, almaty],
      [arc('shanghai', 'almaty', 'FLIGHTS'), arc('almaty', 'shanghai', 'SISTER_CITIES')],
      settings,
    );
    const controlOf = (d: string | undefined) => d?.split('Q')[1]?.split(' ')[0];
    const byType = (l: typeof layout, type: MapArc['type']) => controlOf(l.arcs.find((a) => a.arc.type === type)?.d);
    expect(byType(swapped, 'FLIGHTS')).toBe(byType(layout, 'FLIGHTS'));
    expect(byType(swapped, 'SISTER_CITIES')).toBe(byType(layout, 'SISTER_CITIES'));
  });

  test('types lists only the types drawn, in the canonical order', () => {
    const layout = layoutRelationMap(
      [almaty, astana, shanghai, moscow],
      [arc('astana', 'shanghai', 'VISIT'), arc('almaty', 'shanghai', 'COOPERATION'), arc('astana', 'moscow', 'AGREEMENT')],
      settings,
    );
    expect(layout.types).toEqual(['COOPERATION', 'VISIT']);
  });

  test('the first place with a key wins', () => {
    const layout = layoutRelationMap([almaty, { ...almaty, label: 'Duplicate' }], [], settings);
    expect(layout.places).toHaveLength(1);
    expect(layout.places[0]?.place.label).toBe('Almaty');
  });

  test('places are ordered largest first and counted by their relations', () => {
    const layout = layoutRelationMap(
      [harbin, astana, almaty, shanghai],
      [arc('almaty', 'shanghai', 'SISTER_CITIES'), arc('almaty', 'astana', 'VISIT')],
      settings,
    );
    const radii = layout.places.map((p) => p.radius);
    expect([...radii].sort((p, q) => q - p)).toEqual(radii);
    expect(layout.places[0]?.place.key).toBe('almaty');
    expect(layout.places.find((p) => p.place.key === 'almaty')?.arcCount).toBe(2);
    expect(layout.places.find((p) => p.place.key === 'harbin')?.arcCount).toBe(0);
  });

  test('with labelArcPlacesOnly, only places in a relation are labelled', () => {
    const layout = layoutRelationMap(
      [almaty, shanghai, harbin],
      [arc('almaty', 'shanghai', 'FLIGHTS')],
      { ...settings, labelArcPlacesOnly: true },
    );
    const labelled = layout.places.filter((p) => p.label).map((p) => p.place.key).sort();
    expect(labelled).toEqual(['almaty', 'shanghai']);
  });

  test('without relations every place may be labelled', () => {
    const layout = layoutRelationMap([almaty, shanghai, harbin], [], { ...settings, labelArcPlacesOnly: true });
    expect(layout.places.every((p) => p.label)).toBe(true);
  });

  test('radiusScale enlarges every circle', () => {
    const plain = layoutRelationMap([almaty, shanghai], [], settings);
    const scaled = layoutRelationMap([almaty, shanghai], [], { ...settings, radiusScale: 2 });
    plain.places.forEach((p, i) => expect(scaled.places[i]?.radius).toBeCloseTo(p.radius * 2, 1));
  });

  test('every place is labelled: by name where it has room, else by a number the key lists by name', () => {
    // Eighteen places, crowded around two cities: only some names fit.
    const crowd = Array.from({ length: 18 }, (_, index) =>
      place(`place${String(index).padStart(2, '0')}`, 43 + (index % 6) * 0.4, 76 + Math.floor(index / 6) * 0.5, 18 - index),
    );
    const layout = layoutRelationMap(crowd, [arc('place00', 'place17', 'VISIT')], { ...settings, maxLabels: 7 });
    expect(layout.places).toHaveLength(18);
    for (const positioned of layout.places) expect(positioned.label !== null || positioned.marker !== null).toBe(true);
    const named = layout.places.filter((p) => p.label);
    const numbered = layout.places.filter((p) => p.marker);
    expect(named.length).toBeLessThanOrEqual(7);
    expect(named.length + numbered.length).toBe(18);
    expect(layout.key.map((entry) => entry.number)).toEqual(numbered.map((_, index) => index + 1));
    // Numbered in the order of their names, so the key reads alphabetically.
    const keyNames = layout.key.map((entry) => entry.place.label);
    expect(keyNames).toEqual([...keyNames].sort((a, b) => a.localeCompare(b)));
    for (const positioned of numbered) {
      expect(layout.key.find((entry) => entry.number === positioned.marker?.number)?.place.key).toBe(positioned.place.key);
    }
  });

  test('a map whose names all fit has no numbers and no key', () => {
    const layout = layoutRelationMap([almaty, shanghai], [arc('almaty', 'shanghai', 'FLIGHTS')], settings);
    expect(layout.places.every((p) => p.label !== null && p.marker === null)).toBe(true);
    expect(layout.key).toEqual([]);
  });
});
