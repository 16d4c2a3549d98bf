import { describe, expect, test } from 'vitest';
import { layoutLabels, type LabelCandidate, type PlacedLabel } from './label-layout';

const frame = { fontSize: 10, maxLabels: 20, width: 400, height: 200 };

function candidate(key: string, x: number, y: number, text = key, radius = 4): LabelCandidate {
  return { key, x, y, text, radius };
}

/** The box layoutLabels assumes for a label, recomputed from its anchor. */
function box(label: PlacedLabel, text: string, fontSize: number) {
  const width = text.length * fontSize * 0.6;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - fontSize * 0.8, bottom: label.y + fontSize * 0.2 };
}

describe('layoutLabels', () => {
  test('a free label goes to the right of its point', () => {
    const [label] = layoutLabels([candidate('almaty', 100, 100)], frame);
    expect(label).toMatchObject({ key: 'almaty', anchor: 'start' });
    expect(label?.x).toBeGreaterThan(100);
  });

  test('near the right edge the label flips to the left', () => {
    const [label] = layoutLabels([candidate('shanghai', 390, 100)], frame);
    expect(label?.anchor).toBe('end');
    expect(label?.x).toBeLessThan(390);
  });

  test('when right and left are blocked by other circles the label goes above', () => {
    const [label] = layoutLabels([candidate('a', 200, 100, 'Alpha')], {
      ...frame,
      obstacles: [
        { x: 225, y: 100, radius: 6 },
        { x: 175, y: 100, radius: 6 },
      ],
    });
    expect(label?.anchor).toBe('middle');
    expect(label?.y).toBeLessThan(100);
  });

  test('the more important label keeps its place; a crowded one moves', () => {
    const labels = layoutLabels([candidate('first', 100, 100, 'Longname'), candidate('second', 100, 108, 'Other')], frame);
    expect(labels).toEqual([
      expect.objectContaining({ key: 'first', anchor: 'start' }),
      expect.objectContaining({ key: 'second', anchor: 'end' }),
    ]);
  });

  test('a label with no free position is dropped, never drawn over another', () => {
    const labels = layoutLabels(
      [candidate('a', 10, 10, 'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')],
      frame,
    );
    expect(labels).toEqual([]);
  });

  test('at most maxLabels are placed', () => {
    const many = Array.from({ length: 10 }, (_, i) => candidate(`p${i}`, 30 + (i % 5) * 80, 40 + Math.floor(i / 5) * 100));
    expect(layoutLabels(many, { ...frame, maxLabels: 3 }).map((label) => label.key)).toEqual(['p0', 'p1', 'p2']);
  });

  test('placed labels never overlap each other and stay inside the frame', () => {
    const names = ['Almaty', 'Astana', 'Shymkent', 'Urumqi', 'Kashgar', 'Khorgos', 'Taraz', 'Turkistan', 'Beijing'];
    const crowd = names.map((name, i) => candidate(name, 120 + (i % 3) * 22, 80 + Math.floor(i / 3) * 14));
    const labels = layoutLabels(crowd, frame);
    const boxes = labels.map((label) => box(label, label.key, frame.fontSize));
    boxes.forEach((a, i) => {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(frame.width);
      boxes.slice(i + 1).forEach((b) => {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      });
    });
    expect(labels.length).toBeGreaterThan(1);
  });

  test('soft obstacles (arcs) are avoided when another position is free', () => {
    const arcToTheRight = Array.from({ length: 10 }, (_, i) => ({ x: 110 + i * 5, y: 98, radius: 2 }));
    const [label] = layoutLabels([candidate('a', 100, 100, 'Almaty')], { ...frame, softObstacles: arcToTheRight });
    expect(label?.anchor).toBe('end');
  });

  test('soft obstacles never cost a label its place', () => {
    const arcsEverywhere = Array.from({ length: 400 }, (_, i) => ({ x: i, y: 100, radius: 30 }));
    const labels = layoutLabels([candidate('a', 100, 100, 'Almaty')], { ...frame, softObstacles: arcsEverywhere });
    expect(labels).toHaveLength(1);
  });
});
