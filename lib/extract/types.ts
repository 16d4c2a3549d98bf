/**
 * The vocabulary of extraction: what goes in (a document's text) and what comes out
 * (mentions, temporal values, events, place relations). Pure data, no behaviour.
 */

export {
  ENTITY_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  EVIDENCE_PLACES,
  LANGUAGES,
  NAME_LANGUAGES,
  RELATION_STATUSES,
  RELATION_TYPES,
  type EntityType,
  type EventStatus,
  type EventType,
  type EvidencePlace,
  type Language,
  type NameLanguage,
  type RelationStatus,
  type RelationType,
} from '../domain/vocabulary';
import type { EntityType, EventStatus, EventType, EvidencePlace, RelationStatus, RelationType } from '../domain/vocabulary';

/** A name in each UI language. */
export interface LocalizedNames {
  kk: string;
  ru: string;
  en: string;
}

/** A parsed document, before extraction. `body` is what offsets index into. */
export interface ParsedDocument {
  title: string | null;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt: string;
  credit: string | null;
  body: string;
}

/** A span of the body: `body.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A canonical entity as extraction reports it (known from the gazetteer, or a candidate). */
export interface EntityRef {
  key: string;
  type: EntityType;
  names: LocalizedNames;
  known: boolean;
}

export interface Mention extends Span {
  entity: EntityRef;
}

/**
 * ISO 8601 value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `start/end` of those.
 */
export type TemporalValue = string;

export interface TemporalExpression extends Span {
  value: TemporalValue;
}

/** The two ends of a route (a flight, a train, a rail or road link), origin first when the text says which. */
export interface RouteRole {
  from: string;
  to: string;
}

/**
 * Who and what an event involves, by role. Every key appears among the document's mentions
 * (title or body). A title is rendered from these in each UI language.
 */
export interface EventRoles {
  /** People and organisations who act: who visited, met, signed, opened, received. */
  actors: string[];
  /** Where it happens or what it is about geographically: cities, regions, countries. */
  places: string[];
  /** What opened, was signed, launched or founded, when the text names it as an entity. */
  object: string | null;
  /** A route's ends: flights, trains, rail and road links, border crossings. */
  route: RouteRole | null;
  /** Who operates the route: an airline, a railway company. */
  carrier: string | null;
}

export interface ExtractedEvent {
  type: EventType;
  value: TemporalValue | null;
  status: EventStatus;
  /** Entity keys: participants and places (the union of the roles). Each appears among the document's mentions. */
  entities: string[];
  roles: EventRoles;
  /** The first of its kind: «алғашқы рейс», «первый рейс», "the first flight". */
  first: boolean;
  evidence: string;
  /** Whether the evidence offsets index the body or the title line. */
  evidenceIn: EvidencePlace;
  /** Offsets of the evidence sentence in the body (or in the title). */
  evidenceStart: number;
  evidenceEnd: number;
}

export interface PlaceRelation {
  /** Entity keys of the two places, ordered so that `a < b`. */
  a: string;
  b: string;
  type: RelationType;
  status: RelationStatus | null;
  evidence: string;
  /** Whether the evidence offsets index the body or the title line. */
  evidenceIn: EvidencePlace;
  evidenceStart: number;
  evidenceEnd: number;
}

export type Sentence = Span;
