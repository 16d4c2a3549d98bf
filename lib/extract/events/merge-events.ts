import { shiftDays } from '../../domain/civil-date';
import type { EventRoles, EventType, ExtractedEvent } from '../types';
import type { ValueSource } from './event-timing';
import { toDayInterval, valuesNested, widthInDays } from './value-interval';

/** An event found in one sentence, before duplicates across the document are merged. */
export interface DraftEvent extends ExtractedEvent {
  valueSource: ValueSource;
  /** Points back to a happening told elsewhere («аталған форум», «в рамках визита»): it adds no happening of its own. */
  reference: 'anaphoric' | 'frame' | null;
  /** "the summit", "the second workshop": the one already told, for happenings not told apart by who takes part. */
  definite: boolean;
  /** The type of the happening its sentence frames it in («форум шеңберінде қол қойылды»): it shares that one's date. */
  frame: EventType | null;
  /** What it stands with (a crossing, a railway line, a flight): two objects make two happenings. */
  concept: string | null;
  /** What is done (a construction) or, for the catch-all type, the kind of word (a contest, an anniversary). */
  action: string | null;
  /** The sentences that report it (`place:start`): happenings told in one sentence share its time. */
  sentences: string[];
  /** Its name in quotes («Достық – Мойынты»): two names make two happenings. */
  name: string | null;
  /** Its entities other than countries: the participants that tell one happening from another. */
  specific: string[];
}

/** Visits and meetings are told apart by who takes part: "the visit of the President" is another visit than the minister's. */
const PARTICIPANT_DEFINED_TYPES: ReadonlySet<EventType> = new Set(['VISIT', 'MEETING']);

const SOURCE_RANK: Readonly<Record<ValueSource, number>> = { text: 0, publication: 1, none: 2 };

/**
 * One event per happening in a document. Two reports are the same happening when they have the
 * same type, their values fit (equal or nested: 2026 holds 2026-01/2026-06; a missing value or a
 * guessed publication date fits any), their routes and objects do not differ, and something ties
 * them: a shared participant or place other than a country, the same work begun the same day,
 * an article pointing back ("the summit", for happenings not told apart by who takes part), or
 * one of them naming no participant of its own ("The visit is scheduled for June"). A headline
 * and a body sentence of the same type are one happening.
 *
 * The merged event keeps the more precise value with its status and evidence (the body's over the
 * headline's), and the union of entities and roles.
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

export function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
  if (a.type !== b.type || !valuesCompatible(a, b) || routesDiffer(a, b)) return false;
  if (a.name !== null && b.name !== null && a.name !== b.name) return false;
  // A headline names the story's happening: it is the body's report of its type, whatever words each uses.
  if (a.evidenceIn === 'title' || b.evidenceIn === 'title') return true;
  if (a.concept !== null && b.concept !== null && a.concept !== b.concept) return false;
  if (a.action !== null && b.action !== null && a.action !== b.action) return false;
  const shareSpecific = a.specific.some((key) => b.specific.includes(key));
  // The same work begun on the same day («құрылысы басталды» and «құрылыс жобасын іске қосты»).
  const sameWorkThatDay = a.action !== null && a.action === b.action && a.value !== null && a.value === b.value;
  const pointsBack = (a.definite || b.definite) && !PARTICIPANT_DEFINED_TYPES.has(a.type);
  return shareSpecific || sameWorkThatDay || pointsBack || a.specific.length === 0 || b.specific.length === 0;
}

function routesDiffer(a: DraftEvent, b: DraftEvent): boolean {
  const left = a.roles.route;
  const right = b.roles.route;
  if (!left || !right) return false;
  return !((left.from === right.from && left.to === right.to) || (left.from === right.to && left.to === right.from));
}

/**
 * Values fit when equal or nested, when one is missing, or when one is only the publication date
 * guessed for a held event told without a date and the other's date lies within the days before
 * it: the date the text gives wins over that guess. A happening dated years before is another.
 */
export function valuesCompatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.value === null || b.value === null || valuesNested(a.value, b.value)) return true;
  if (a.valueSource === 'publication') return recentTo(b.value, a.value);
  if (b.valueSource === 'publication') return recentTo(a.value, b.value);
  return false;
}

/** Days before the publication day that a report "just held" may still speak of. */
const RECENT_DAYS = 7;

function recentTo(value: string, publishedAt: string): boolean {
  const interval = toDayInterval(value);
  if (!interval) return false;
  const earliest = shiftDays(publishedAt, -RECENT_DAYS);
  return interval.end >= earliest && interval.start <= publishedAt;
}

export function combine(earlier: DraftEvent, later: DraftEvent): DraftEvent {
  const nested = earlier.value === null || later.value === null || valuesNested(earlier.value, later.value);
  const precise = nested ? (morePrecise(earlier, later) ? earlier : later) : earlier.valueSource === 'text' ? earlier : later;
  const other = precise === earlier ? later : earlier;
  // The body tells a happening in full; the headline only names it.
  const evidence = precise.evidenceIn === 'title' && other.evidenceIn === 'body' ? evidenceOf(other) : evidenceOf(precise);
  return {
    ...precise,
    ...evidence,
    entities: union(earlier.entities, later.entities),
    specific: union(earlier.specific, later.specific),
    sentences: union(earlier.sentences, later.sentences),
    roles: mergeRoles(precise.roles, other.roles),
    first: earlier.first || later.first,
    frame: earlier.frame ?? later.frame,
    concept: precise.concept ?? other.concept,
    action: precise.action ?? other.action,
    name: precise.name ?? other.name,
    reference: null,
    definite: false,
  };
}

/** A reference's participants join the happening it points to; its date and evidence do not. */
export function absorbReference(event: DraftEvent, reference: DraftEvent): DraftEvent {
  return {
    ...event,
    entities: union(event.entities, reference.entities),
    specific: union(event.specific, reference.specific),
    roles: mergeRoles(event.roles, reference.roles),
    first: event.first || reference.first,
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const keys = [...a];
  for (const key of b) if (!keys.includes(key)) keys.push(key);
  return keys;
}

function evidenceOf(event: DraftEvent): Pick<DraftEvent, 'evidence' | 'evidenceIn' | 'evidenceStart' | 'evidenceEnd'> {
  return { evidence: event.evidence, evidenceIn: event.evidenceIn, evidenceStart: event.evidenceStart, evidenceEnd: event.evidenceEnd };
}

/** The roles of two reports of one event: lists joined, single roles kept from the first that has one. */
function mergeRoles(first: EventRoles, second: EventRoles): EventRoles {
  const route = first.route ?? second.route;
  const routeEnds = new Set([route?.from, route?.to]);
  return {
    actors: union(first.actors, second.actors).filter((key) => key !== first.object && key !== second.object),
    places: union(first.places, second.places).filter((key) => !routeEnds.has(key)),
    object: first.object ?? second.object,
    route,
    carrier: first.carrier ?? second.carrier,
  };
}

/**
 * True when `a` is at least as precise as `b`: a date the text gives before a guessed publication
 * date; a span of days given in full («с 29 мая по 7 июня») before a day inside it (its first or
 * last day, not the happening); otherwise the narrower value; on a tie, the earlier.
 */
function morePrecise(a: DraftEvent, b: DraftEvent): boolean {
  if (a.valueSource !== b.valueSource && (a.valueSource === 'publication' || b.valueSource === 'publication')) {
    return SOURCE_RANK[a.valueSource] < SOURCE_RANK[b.valueSource];
  }
  if (isDaySpan(a.value) !== isDaySpan(b.value) && a.valueSource === 'text' && b.valueSource === 'text') return isDaySpan(a.value);
  const widthA = valueWidth(a);
  const widthB = valueWidth(b);
  if (widthA !== widthB) return widthA < widthB;
  return SOURCE_RANK[a.valueSource] <= SOURCE_RANK[b.valueSource];
}

const DAY_SPAN = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/u;

function isDaySpan(value: string | null): boolean {
  return value !== null && DAY_SPAN.test(value);
}

function valueWidth(event: DraftEvent): number {
  const interval = event.value === null ? null : toDayInterval(event.value);
  return interval ? widthInDays(interval) : Number.POSITIVE_INFINITY;
}
