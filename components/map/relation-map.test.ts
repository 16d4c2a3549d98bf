import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PlaceLocator } from './place-locator';
import { RELATION_COLORS, RelationMap, type MapArc, type MapPlace, type RelationMapProps } from './relation-map';

const typeLabels: RelationMapProps['typeLabels'] = {
  SISTER_CITIES: 'Sister cities',
  COOPERATION: 'Cooperation',
  AGREEMENT: 'Agreement',
  FLIGHTS: 'Flights',
  VISIT: 'Visit',
  OTHER: 'Other',
};

const places: MapPlace[] = [
  { key: 'almaty', label: 'Almaty', lat: 43.24, lon: 76.89, href: '/en/entities/almaty', weight: 10 },
  { key: 'shanghai', label: 'Shanghai', lat: 31.23, lon: 121.47, href: '/en/entities/shanghai', weight: 8 },
  { key: 'urumqi', label: 'Urumqi', lat: 43.83, lon: 87.62, href: '/en/entities/urumqi' },
];

const arcs: MapArc[] = [
  { aKey: 'almaty', bKey: 'shanghai', type: 'SISTER_CITIES', label: 'Almaty – Shanghai: sister cities', href: '/en/relations/1' },
  { aKey: 'almaty', bKey: 'urumqi', type: 'FLIGHTS', label: 'Almaty – Urumqi: flights' },
];

function render(props: Partial<RelationMapProps> = {}): string {
  return renderToStaticMarkup(
    createElement(RelationMap, { places, arcs, title: 'City relations', description: 'Cities and their ties.', typeLabels, keyTitle: 'Numbered places', enlargeLabel: 'Enlarge the map', ...props }),
  );
}

function attribute(markup: string, element: string, name: string): string | undefined {
  return new RegExp(`<${element}[^>]*\\s${name}="([^"]*)"`).exec(markup)?.[1];
}

describe('RelationMap', () => {
  test('the svg is named by its title and described by its desc', () => {
    const markup = render();
    const labelledBy = attribute(markup, 'svg', 'aria-labelledby');
    const describedBy = attribute(markup, 'svg', 'aria-describedby');
    expect(markup).toContain(`<title id="${labelledBy}">City relations</title>`);
    expect(markup).toContain(`<desc id="${describedBy}">Cities and their ties.</desc>`);
    expect(attribute(markup, 'svg', 'viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  test('the svg is a group, not an img, so the links inside stay reachable', () => {
    expect(attribute(render(), 'svg', 'role')).toBe('group');
  });

  test('every place is a named link to its page', () => {
    const markup = render();
    for (const place of places) {
      expect(markup).toContain(`<a href="${place.href}" aria-label="${place.label}"`);
    }
  });

  test('a relation with an href is a named link; one without is not a link but keeps its title', () => {
    const markup = render();
    expect(markup).toContain('<a href="/en/relations/1" aria-label="Almaty – Shanghai: sister cities"');
    expect(markup).toContain('<title>Almaty – Urumqi: flights</title>');
    expect(markup).not.toContain('aria-label="Almaty – Urumqi: flights"');
    expect(markup).toContain(`stroke="${RELATION_COLORS.SISTER_CITIES}"`);
    expect(markup).toContain(`stroke="${RELATION_COLORS.FLIGHTS}"`);
  });

  test('the legend lists only the types drawn', () => {
    const legend = /<ul[\s\S]*<\/ul>/.exec(render())?.[0] ?? '';
    expect(legend).toContain('Sister cities');
    expect(legend).toContain('Flights');
    expect(legend).not.toContain('Cooperation');
    expect(legend).not.toContain('Visit');
  });

  test('no legend when no relation can be drawn', () => {
    expect(render({ arcs: [] })).not.toContain('<ul');
  });

  test('untrusted text is escaped', () => {
    const markup = render({
      title: '<script>alert(1)</script>',
      places: [{ ...places[0]!, label: '"><img src=x onerror=alert(1)>' }],
      arcs: [],
    });
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;');
  });

  test('a dense map (40 places, 60 linked arcs) stays under 60 kB of markup', () => {
    const dense: MapPlace[] = Array.from({ length: 40 }, (_, i) => ({
      key: `p${i}`,
      label: `Place number ${i}`,
      lat: 25 + (i % 8) * 3.5,
      lon: 60 + Math.floor(i / 8) * 14 + (i % 3),
      href: `/en/entities/place-${i}`,
      weight: (i * 7) % 23,
    }));
    const types = Object.keys(typeLabels) as MapArc['type'][];
    const denseArcs: MapArc[] = Array.from({ length: 60 }, (_, i) => ({
      aKey: `p${i % 40}`,
      bKey: `p${(i * 11 + 3) % 40}`,
      type: types[i % types.length]!,
      label: `Relation ${i}`,
      href: `/en/relations/${i}`,
    }));
    const bytes = Buffer.byteLength(render({ places: dense, arcs: denseArcs }));
    expect(bytes).toBeLessThan(60_000);
  });

  test('compact labels only the places in a relation', () => {
    const markup = render({ compact: true, places: [...places, { key: 'harbin', label: 'Harbin', lat: 45.8, lon: 126.53, href: '/h' }] });
    expect(markup).toContain('>Almaty</text>');
    expect(markup).not.toContain('>Harbin</text>');
    expect(markup).toContain('aria-label="Harbin"');
  });
});

describe('PlaceLocator', () => {
  test('a picture named by its title, with the place marked and labelled', () => {
    const markup = renderToStaticMarkup(createElement(PlaceLocator, { lat: 43.24, lon: 76.89, label: 'Almaty', title: 'Almaty on the map' }));
    const labelledBy = attribute(markup, 'svg', 'aria-labelledby');
    expect(attribute(markup, 'svg', 'role')).toBe('img');
    expect(markup).toContain(`<title id="${labelledBy}">Almaty on the map</title>`);
    expect(markup).toContain('>Almaty</text>');
    expect(markup).not.toContain('<a ');
  });

  test('a place outside the window shows the base map without a marker', () => {
    const markup = renderToStaticMarkup(createElement(PlaceLocator, { lat: 55.75, lon: 37.62, label: 'Moscow', title: 'Moscow on the map' }));
    expect(markup).not.toContain('<circle');
    expect(markup).not.toContain('>Moscow</text>');
  });

  test('a checkbox labelled by the enlarge text draws the map at full size, without a script', () => {
    const markup = render();
    const id = attribute(markup, 'input', 'id');
    expect(attribute(markup, 'input', 'type')).toBe('checkbox');
    expect(markup).toContain(`<label for="${id}"`);
    expect(markup).toContain('Enlarge the map</label>');
    expect(attribute(markup, 'svg', 'class')).toContain('group-has-[:checked]/map:min-w-[60rem]');
    expect(markup).not.toContain('<script');
  });

  test('places without room for their names are numbered and listed in the key', () => {
    const crowd = Array.from({ length: 12 }, (_, index) => ({
      key: `p${index}`,
      label: `Place ${String.fromCharCode(65 + index)}`,
      lat: 43 + (index % 4) * 0.3,
      lon: 76 + Math.floor(index / 4) * 0.3,
      href: `/en/entities/p${index}`,
    }));
    const markup = render({ places: crowd, arcs: [], compact: true });
    const key = /<ol[\s\S]*<\/ol>/.exec(markup)?.[0] ?? '';
    expect(markup).toContain('<p class="font-medium">Numbered places</p>');
    const listed = [...key.matchAll(/<li>(?:<span[^>]*>(\d+)<\/span>) (Place [A-Z])<\/li>/g)];
    expect(listed.length).toBeGreaterThan(0);
    for (const [, number] of listed) expect(markup).toMatch(new RegExp(`<text[^>]*>${number}</text>`));
    const named = [...markup.matchAll(/<text[^>]*>(Place [A-Z])<\/text>/g)].map((m) => m[1]);
    expect(named.length + listed.length).toBe(12);
  });
});
