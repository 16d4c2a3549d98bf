import type { EventDto } from '@/lib/data/events';
import type { EntityType, EventType, LocalizedNames } from '@/lib/extract/types';
import type { EventTitleInput, TitleEntity } from './event-title';

/** An event's entity as a list DTO carries it: its name in the UI locale only. */
export interface NamedEntity {
  type: EntityType;
  name: string;
}

/** Events whose organisation is most likely what the event is about (what opened), not who acted. */
const ORGANIZATION_AS_OBJECT: ReadonlySet<EventType> = new Set(['OPENING']);

function titleEntity(entity: NamedEntity): TitleEntity {
  // The DTO holds the name in the UI locale only, and a title in that locale reads no other.
  const names: LocalizedNames = { kk: entity.name, ru: entity.name, en: entity.name };
  return { type: entity.type, names };
}

/**
 * A best-effort title input from an event's entities alone, for events stored before their
 * roles are: people then organisations act, cities, regions and countries are the places, and an
 * opening's first organisation is what opened. No
 * route, carrier or first-of-its-kind can be told from a list of entities.
 */
export function titleInputFromEntities(type: EventType, entities: readonly NamedEntity[]): EventTitleInput {
  const of = (...types: EntityType[]) => entities.filter((e) => types.includes(e.type)).map((e) => titleEntity(e));
  const organizations = of('ORGANIZATION');
  const objectFirst = ORGANIZATION_AS_OBJECT.has(type) && organizations.length > 0;
  return {
    type,
    first: false,
    roles: {
      actors: [...of('PERSON'), ...(objectFirst ? organizations.slice(1) : organizations)],
      places: of('CITY', 'REGION', 'COUNTRY'),
      object: objectFirst ? (organizations[0] ?? null) : null,
      route: null,
      carrier: null,
    },
  };
}

/**
 * What a report's title is rendered from: its stored roles, or, for an event stored before roles
 * were (every entity filed as `other`), a best guess from its entity list. A story is named by its
 * representative report, with the story's type and first-of-its-kind (`summary`).
 */
export function eventTitleInput(event: EventDto, summary: { type: EventType; first: boolean }): EventTitleInput {
  const { actors, places, object, route, carrier } = event.roles;
  const hasRoles = actors.length > 0 || places.length > 0 || object !== null || route !== null || carrier !== null;
  if (!hasRoles) return titleInputFromEntities(summary.type, event.entities);
  return { type: summary.type, first: summary.first, roles: event.roles };
}
