import type { ScreenPoint } from './geo';

export interface LabelCandidate extends ScreenPoint {
  key: string;
  text: string;
  /** Radius of the place's circle; labels keep clear of every circle. */
  radius: number;
}

export interface PlacedLabel {
  key: string;
  /** Anchor point of the SVG text (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Circle extends ScreenPoint {
  radius: number;
}

export interface LabelLayoutOptions {
  fontSize: number;
  maxLabels: number;
  width: number;
  height: number;
  /** Circles labels must not cover besides the candidates' own (e.g. places left unlabelled). */
  obstacles?: readonly Circle[];
  /** Marks a label should avoid when it can, but may cover when nothing else is free (e.g. arcs). */
  softObstacles?: readonly Circle[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Average advance of a character in em; generous so estimated boxes cover real glyphs. */
const CHAR_WIDTH_EM = 0.6;
const GAP = 3;
const LABEL_PADDING_EM = 0.5;

/**
 * Where a label may go relative to its point, in order of preference: right, left, above, below.
 * Each returns the text anchor and the box the text would cover.
 */
const POSITIONS: ((c: LabelCandidate, textWidth: number, fontSize: number) => { label: PlacedLabel; box: Box })[] = [
  (c, w, fs) => {
    const x = c.x + c.radius + GAP;
    const y = c.y + fs * 0.35;
    return { label: { key: c.key, x, y, anchor: 'start' }, box: { left: x, right: x + w, top: y - fs * 0.8, bottom: y + fs * 0.2 } };
  },
  (c, w, fs) => {
    const x = c.x - c.radius - GAP;
    const y = c.y + fs * 0.35;
    return { label: { key: c.key, x, y, anchor: 'end' }, box: { left: x - w, right: x, top: y - fs * 0.8, bottom: y + fs * 0.2 } };
  },
  (c, w, fs) => {
    const y = c.y - c.radius - GAP - fs * 0.2;
    return {
      label: { key: c.key, x: c.x, y, anchor: 'middle' },
      box: { left: c.x - w / 2, right: c.x + w / 2, top: y - fs * 0.8, bottom: y + fs * 0.2 },
    };
  },
  (c, w, fs) => {
    const y = c.y + c.radius + GAP + fs * 0.8;
    return {
      label: { key: c.key, x: c.x, y, anchor: 'middle' },
      box: { left: c.x - w / 2, right: c.x + w / 2, top: y - fs * 0.8, bottom: y + fs * 0.2 },
    };
  },
];

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function circleBox(c: Circle): Box {
  return { left: c.x - c.radius, right: c.x + c.radius, top: c.y - c.radius, bottom: c.y + c.radius };
}

/**
 * Greedy label placement: candidates in the given order (most important first) take the first
 * position that stays inside the map and clear of earlier labels and of every circle; a label
 * with no free position is left out rather than drawn over another.
 */
export function layoutLabels(candidates: readonly LabelCandidate[], options: LabelLayoutOptions): PlacedLabel[] {
  const { fontSize, maxLabels, width, height, obstacles: extraObstacles = [], softObstacles = [] } = options;
  const softBoxes = softObstacles.map(circleBox);
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    if (placed.length >= maxLabels) break;
    const textWidth = candidate.text.length * fontSize * CHAR_WIDTH_EM;
    const obstacles = [...candidates.filter((other) => other !== candidate), ...extraObstacles]
      .filter((circle) => circle.x !== candidate.x || circle.y !== candidate.y)
      .map(circleBox);
    const fits = (box: Box) =>
      box.left >= 0 &&
      box.top >= 0 &&
      box.right <= width &&
      box.bottom <= height &&
      !taken.some((t) => overlaps(t, box)) &&
      !obstacles.some((o) => overlaps(o, box));
    const options = POSITIONS.map((position) => position(candidate, textWidth, fontSize));
    const chosen =
      options.find(({ box }) => fits(box) && !softBoxes.some((o) => overlaps(o, box))) ??
      options.find(({ box }) => fits(box));
    if (!chosen) continue;
    // Pad the taken box so neighbouring labels do not read as one run of text.
    const pad = fontSize * LABEL_PADDING_EM;
    taken.push({ left: chosen.box.left - pad, right: chosen.box.right + pad, top: chosen.box.top - pad / 2, bottom: chosen.box.bottom + pad / 2 });
    placed.push(chosen.label);
  }
  return placed;
}
