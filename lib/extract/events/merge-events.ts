import type { EventRoles, ExtractedEvent } from '../types';
import type { ValueSource } from './event-timing';
import { toDayInterval, valuesNested, widthInDays } from './value-interval';

/** An event found in one sentence, before duplicates across the document are merged. */
export interface DraftEvent extends ExtractedEvent {
  valueSource: ValueSource;
}

const SOURCE_RANK: Readonly<Record<ValueSource, number>> = { text: 0, publication: 1, none: 2 };

/**
 * One event per real-world event in a document. Two drafts are the same event when they have the
 * same type, their values fit (equal or nested: 2026 holds 2026-01/2026-06; a missing value or a
 * guessed publication date fits any), and they share an entity. Sharing an entity is not required when one of them has no date
 * of its own in the text or no entities at all: such a mention («the meeting», «кездесудің
 * тақырыбы») is the document's event of that type, told again.
 *
 * The merged event keeps the more precise value with its status and evidence, and the union of
 * entities.
 */
export function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const merged: DraftEvent[] = [];
  for (const draft of drafts) {
    const index = merged.findIndex((event) => sameEvent(event, draft));
    const existing = merged[index];
    if (existing) merged[index] = combine(existing, draft);
    else merged.push(draft);
  }
  return merged;
}

function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
  if (a.type !== b.type) return false;
  if (!valuesCompatible(a, b)) return false;
  const shareEntity = a.entities.some((key) => b.entities.includes(key));
  const underspecified =
    a.valueSource !== 'text' || b.valueSource !== 'text' || a.entities.length === 0 || b.entities.length === 0;
  return shareEntity || underspecified;
}

/**
 * Values fit when equal or nested, when one is missing, or when one is only the publication date
 * guessed for a held event told without a date: the date the text gives wins over that guess.
 */
function valuesCompatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.value === null || b.value === null || valuesNested(a.value, b.value)) return true;
  return a.valueSource === 'publication' || b.valueSource === 'publication';
}

function combine(earlier: DraftEvent, later: DraftEvent): DraftEvent {
  const nested = earlier.value === null || later.value === null || valuesNested(earlier.value, later.value);
  const precise = nested ? (morePrecise(earlier, later) ? earlier : later) : earlier.valueSource === 'text' ? earlier : later;
  const other = precise === earlier ? later : earlier;
  const entities = [...earlier.entities];
  for (const key of later.entities) if (!entities.includes(key)) entities.push(key);
  // The body tells a happening in full; the headline only names it.
  const evidence = precise.evidenceIn === 'title' && other.evidenceIn === 'body' ? evidenceOf(other) : evidenceOf(precise);
  return { ...precise, ...evidence, entities, roles: mergeRoles(precise.roles, other.roles) };
}

function evidenceOf(event: DraftEvent): Pick<DraftEvent, 'evidence' | 'evidenceIn' | 'evidenceStart' | 'evidenceEnd'> {
  return { evidence: event.evidence, evidenceIn: event.evidenceIn, evidenceStart: event.evidenceStart, evidenceEnd: event.evidenceEnd };
}

/** The roles of two reports of one event: lists joined, single roles kept from the first that has one. */
function mergeRoles(first: EventRoles, second: EventRoles): EventRoles {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    actors: union(first.actors, second.actors),
    places: union(first.places, second.places),
    object: first.object ?? second.object,
    route: first.route ?? second.route,
    carrier: first.carrier ?? second.carrier,
  };
}

/** True when `a` is at least as precise as `b` (narrower value; on a tie, a date from the text; then the earlier). */
function morePrecise(a: DraftEvent, b: DraftEvent): boolean {
  const widthA = valueWidth(a);
  const widthB = valueWidth(b);
  if (widthA !== widthB) return widthA < widthB;
  return SOURCE_RANK[a.valueSource] <= SOURCE_RANK[b.valueSource];
}

function valueWidth(event: DraftEvent): number {
  const interval = event.value === null ? null : toDayInterval(event.value);
  return interval ? widthInDays(interval) : Number.POSITIVE_INFINITY;
}
