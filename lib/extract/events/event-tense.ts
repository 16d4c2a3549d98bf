import type { TenseKind } from '../sentence/tense-markers';
import type { EventType } from '../types';

/** Event types that are gatherings: talking at one is proof it took place. */
const GATHERING_EVENT_TYPES: ReadonlySet<EventType> = new Set(['MEETING', 'CONFERENCE']);

/** The tense a marker gives an event of the given type, or null when it gives none. */
export function tenseOfMarker(kind: TenseKind, type: EventType): 'future' | 'past' | null {
  if (kind === 'future' || kind === 'past') return kind;
  if (kind === 'discussion') return GATHERING_EVENT_TYPES.has(type) ? 'past' : 'future';
  return null;
}
