/**
 * Lane layout of the event timeline. Each event owns a slot on the track wide enough for its bar
 * and its label; slots that overlap go to different lanes. Widths are in percent of the track, so
 * the layout is computed once on the server and holds at any screen width.
 */
import { spanPercent, type DateSpan, type TimelineDomain } from './timeline-scale';

/** A horizontal stretch of the track, in percent. */
export interface Extent {
  left: number;
  right: number;
}

export interface LabelSlot {
  left: number;
  width: number;
  /** 'start': the label starts at the bar's left edge; 'end': it ends at the bar's right edge. */
  anchor: 'start' | 'end';
}

export interface TimelineRow<T> {
  item: T;
  /** The bar (or the day of a single-day marker) on the track. */
  bar: { left: number; width: number };
  /** A single day: drawn as a marker, not a bar. */
  point: boolean;
  slot: LabelSlot;
  /** The bar in percent of its slot, for drawing inside the slot. */
  barInSlot: { left: number; width: number };
  lane: number;
}

export interface LaneOptions {
  /** Least slot width: the room an event's title and date get on the track. */
  labelWidthPercent?: number;
  /** Empty track between two slots in one lane. */
  gapPercent?: number;
}

function roundPercent(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Lane index for each extent (in input order): first fit after sorting by left edge, which uses
 * as few lanes as the largest number of extents overlapping at one point. Extents closer than
 * `gapPercent` count as overlapping.
 */
export function packLanes(extents: readonly Extent[], gapPercent = 1.5): number[] {
  const order = extents.map((_extent, index) => index).sort((a, b) => (extents[a]?.left ?? 0) - (extents[b]?.left ?? 0) || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const index of order) {
    const extent = extents[index];
    if (!extent) continue;
    let lane = laneEnds.findIndex((end) => end + gapPercent <= extent.left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(extent.right);
    } else {
      laneEnds[lane] = extent.right;
    }
    lanes[index] = lane;
  }
  return lanes;
}

/**
 * The slot of a bar: at least `minWidth` wide, starting where the bar starts, or ending where it
 * ends when starting there would run past the right edge of the track.
 */
export function labelSlot(bar: { left: number; width: number }, minWidth: number): LabelSlot {
  const width = Math.min(100, Math.max(bar.width, minWidth));
  if (bar.left + width <= 100) return { left: bar.left, width: roundPercent(width), anchor: 'start' };
  const right = bar.left + bar.width;
  return { left: roundPercent(Math.max(0, right - width)), width: roundPercent(width), anchor: 'end' };
}

/** Bars, slots and lanes for items already in display order; rows come back in the same order. */
export function layoutTimelineRows<T extends DateSpan>(
  items: readonly T[],
  domain: TimelineDomain,
  options: LaneOptions = {},
): { rows: TimelineRow<T>[]; laneCount: number } {
  const { labelWidthPercent = 24, gapPercent = 1.5 } = options;
  const placed = items.map((item) => {
    const bar = spanPercent(domain, item);
    const slot = labelSlot(bar, labelWidthPercent);
    const barInSlot = {
      left: roundPercent(((bar.left - slot.left) / slot.width) * 100),
      width: roundPercent((bar.width / slot.width) * 100),
    };
    return { item, bar, point: item.start === item.end, slot, barInSlot };
  });
  const lanes = packLanes(
    placed.map(({ slot }) => ({ left: slot.left, right: slot.left + slot.width })),
    gapPercent,
  );
  const rows = placed.map((row, index) => ({ ...row, lane: lanes[index] ?? 0 }));
  return { rows, laneCount: rows.length === 0 ? 0 : Math.max(...lanes) + 1 };
}
