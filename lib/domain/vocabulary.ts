/**
 * The domain vocabulary: languages, entity, event and relation types, statuses, roles. Extraction
 * produces these values, the database stores them (the enums of prisma/schema.prisma), pages show
 * them. Pure data and type guards, no I/O.
 */

// The source for code; the schema's enums repeat it because extraction must not depend on generated database code, and vocabulary.test.ts fails when the two differ.

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages an entity's names are recorded in: the article languages and Chinese. */
export const NAME_LANGUAGES = [...LANGUAGES, 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const ENTITY_TYPES = ['PERSON', 'CITY', 'REGION', 'COUNTRY', 'ORGANIZATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = [
  'MEETING',
  'VISIT',
  'CONFERENCE',
  'AGREEMENT',
  'REFERENDUM',
  'PLAN',
  'FLIGHT_LAUNCH',
  'OPENING',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['held', 'planned'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The roles an entity fills in an event, in the order they are listed; `other` for one the event names outside its roles. */
export const EVENT_ROLES = ['actor', 'place', 'object', 'routeFrom', 'routeTo', 'carrier', 'other'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const RELATION_TYPES = ['SISTER_CITIES', 'COOPERATION', 'AGREEMENT', 'FLIGHTS', 'VISIT', 'OTHER'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_STATUSES = ['planned', 'signed', 'launched', 'proposed'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Where an evidence sentence stands: in the body (offsets into `body`) or the title line (offsets into `title`). */
export const EVIDENCE_PLACES = ['body', 'title'] as const;
export type EvidencePlace = (typeof EVIDENCE_PLACES)[number];

/** A guard for one vocabulary: narrows an untrusted string (a URL parameter, a file's field) to its values. */
function memberOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isLanguage = memberOf(LANGUAGES);
export const isNameLanguage = memberOf(NAME_LANGUAGES);
export const isEntityType = memberOf(ENTITY_TYPES);
export const isEventType = memberOf(EVENT_TYPES);
export const isEventStatus = memberOf(EVENT_STATUSES);
export const isEventRole = memberOf(EVENT_ROLES);
export const isRelationType = memberOf(RELATION_TYPES);
export const isRelationStatus = memberOf(RELATION_STATUSES);
export const isEvidencePlace = memberOf(EVIDENCE_PLACES);

/** A table with a value for every member of a vocabulary, in its order. */
export function tableOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  // Every key is set before the table is returned.
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, V>;
}
