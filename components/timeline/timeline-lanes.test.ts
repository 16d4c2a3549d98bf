import { describe, expect, test } from 'vitest';
import { labelSlot, layoutTimelineRows, packLanes, type Extent } from './timeline-lanes';
import { civilDayNumber } from '@/lib/domain/civil-date';
import type { TimelineDomain } from './timeline-scale';

function overlaps(a: Extent, b: Extent, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap;
}

/** The largest number of extents covering one point: the fewest lanes any packing can use. */
function maxOverlap(extents: Extent[]): number {
  return Math.max(0, ...extents.map((probe) => extents.filter((other) => other.left <= probe.left && probe.left < other.right).length));
}

/** Deterministic pseudo-random extents, so the property test is reproducible. */
function randomExtents(seed: number, count: number): Extent[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () => {
    const left = next() * 90;
    return { left, right: Math.min(100, left + 2 + next() * 30) };
  });
}

describe('packLanes', () => {
  test('extents apart share a lane; overlapping ones do not', () => {
    expect(
      packLanes(
        [
          { left: 0, right: 20 },
          { left: 10, right: 30 },
          { left: 25, right: 40 },
          { left: 50, right: 60 },
        ],
        0,
      ),
    ).toEqual([0, 1, 0, 0]);
  });

  test('returns lanes in input order, whatever order the extents come in', () => {
    expect(
      packLanes(
        [
          { left: 50, right: 60 },
          { left: 0, right: 55 },
        ],
        0,
      ),
    ).toEqual([1, 0]);
  });

  test('extents closer than the gap go to different lanes', () => {
    const extents = [
      { left: 0, right: 20 },
      { left: 21, right: 30 },
    ];
    expect(packLanes(extents, 2)).toEqual([0, 1]);
    expect(packLanes(extents, 1)).toEqual([0, 0]);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('never puts overlapping extents in one lane, and uses as few lanes as possible (seed %i)', (seed) => {
    const extents = randomExtents(seed, 25);
    const gap = 1.5;
    const lanes = packLanes(extents, gap);
    for (let a = 0; a < extents.length; a += 1) {
      for (let b = a + 1; b < extents.length; b += 1) {
        if (lanes[a] === lanes[b]) expect(overlaps(extents[a]!, extents[b]!, gap)).toBe(false);
      }
    }
    const widened = extents.map(({ left, right }) => ({ left, right: right + gap }));
    expect(Math.max(...lanes) + 1).toBe(maxOverlap(widened));
  });
});

describe('labelSlot', () => {
  test('a short bar gets the minimum width, starting at the bar', () => {
    expect(labelSlot({ left: 10, width: 2 }, 24)).toEqual({ left: 10, width: 24, anchor: 'start' });
  });

  test('a bar wider than the minimum keeps its own width', () => {
    expect(labelSlot({ left: 10, width: 40 }, 24)).toEqual({ left: 10, width: 40, anchor: 'start' });
  });

  test('near the right edge the slot ends where the bar ends, so the label stays on the track', () => {
    expect(labelSlot({ left: 90, width: 2 }, 24)).toEqual({ left: 68, width: 24, anchor: 'end' });
  });
});

describe('layoutTimelineRows', () => {
  const start = civilDayNumber('2026-01-01');
  const domain: TimelineDomain = { startDay: start, endDay: start + 100 };
  const items = [
    { id: 'a', start: '2026-01-01', end: '2026-01-10' },
    { id: 'b', start: '2026-01-05', end: '2026-01-05' },
    { id: 'c', start: '2026-02-20', end: '2026-02-20' },
    { id: 'd', start: '2026-04-05', end: '2026-04-10' },
  ];

  test('keeps the input order and marks single days as points', () => {
    const { rows } = layoutTimelineRows(items, domain, { labelWidthPercent: 20 });
    expect(rows.map((row) => row.item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows.map((row) => row.point)).toEqual([false, true, true, false]);
  });

  test('items whose labels would collide go to separate lanes; the rest share lane 0', () => {
    const { rows, laneCount } = layoutTimelineRows(items, domain, { labelWidthPercent: 20 });
    expect(rows.map((row) => row.lane)).toEqual([0, 1, 0, 0]);
    expect(laneCount).toBe(2);
  });

  test('the bar is placed inside its slot in percent of the slot', () => {
    const { rows } = layoutTimelineRows(items, domain, { labelWidthPercent: 20 });
    const first = rows[0]!;
    expect(first.bar).toEqual({ left: 0, width: 10 });
    expect(first.slot).toEqual({ left: 0, width: 20, anchor: 'start' });
    expect(first.barInSlot).toEqual({ left: 0, width: 50 });
    const last = rows[3]!;
    expect(last.slot.anchor).toBe('end');
    expect(last.barInSlot.left + last.barInSlot.width).toBeCloseTo(100, 2);
  });

  test('no items, no lanes', () => {
    expect(layoutTimelineRows([], domain)).toEqual({ rows: [], laneCount: 0 });
  });
});
