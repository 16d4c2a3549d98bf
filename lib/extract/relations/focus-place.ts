import type { Mention } from '../types';
import { isPlaceType } from './place-groups';

/**
 * The places of a document, most-mentioned first (the earliest on a tie). The first is the place
 * the document is about, its focus: a place named alone next to a relation word («Астана
 * қаласымен ынтымақтастық», "cooperation with Astana") may be tied to it; see `pair-places.ts`
 * for when.
 */
export interface RankedPlace {
  key: string;
  type: Mention['entity']['type'];
}

export function rankPlaces(mentions: readonly Mention[]): RankedPlace[] {
  const counts = new Map<string, { place: RankedPlace; count: number; first: number }>();
  mentions.forEach((mention, order) => {
    if (!isPlaceType(mention.entity.type)) return;
    const entry = counts.get(mention.entity.key);
    if (entry) entry.count += 1;
    else counts.set(mention.entity.key, { place: { key: mention.entity.key, type: mention.entity.type }, count: 1, first: order });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((entry) => entry.place);
}

export function findFocusPlace(mentions: readonly Mention[]): string | null {
  return rankPlaces(mentions)[0]?.key ?? null;
}
