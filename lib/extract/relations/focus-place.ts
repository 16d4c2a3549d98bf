import type { Mention } from '../types';
import { PLACE_TYPES } from './place-groups';

/**
 * The place a document is about: its most-mentioned city or region (the earliest on a tie).
 * A place named alone next to a relation word («Астана қаласымен ынтымақтастық», "cooperation with
 * Astana") is tied to this place; see `pair-places.ts` for when.
 */
export function findFocusPlace(mentions: readonly Mention[]): string | null {
  const counts = new Map<string, { count: number; first: number }>();
  for (const mention of mentions) {
    if (!PLACE_TYPES.has(mention.entity.type)) continue;
    const entry = counts.get(mention.entity.key);
    if (entry) entry.count += 1;
    else counts.set(mention.entity.key, { count: 1, first: mention.start });
  }
  let focus: { key: string; count: number; first: number } | null = null;
  for (const [key, { count, first }] of counts) {
    if (!focus || count > focus.count || (count === focus.count && first < focus.first)) focus = { key, count, first };
  }
  return focus?.key ?? null;
}
