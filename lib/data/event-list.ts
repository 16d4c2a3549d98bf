import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, EventRole, EventStatus, EventType, EvidencePlace, Language } from '@/lib/domain/vocabulary';
import type { SelectQueryBuilder } from 'kysely';
import type { Tables } from '@/lib/database/tables';
import { dialectOf } from '@/lib/database/dialect';
import { asJson, jsonArray, jsonGroupArray } from '@/lib/database/json';
import { toEventDto, type EventDto, type EventRow } from './events';

/** Which reports (events, one per article that tells of a happening) a list or an export holds. */
export interface EventListFilter {
  type?: EventType;
  status?: EventStatus;
  /** Events involving this entity (by key). */
  entityKey?: string;
  /** Events whose date overlaps [from, to] (`YYYY-MM-DD`); an undated event overlaps nothing. */
  from?: string;
  to?: string;
}

type EventQuery = SelectQueryBuilder<Tables & { e: Tables['Event'] }, 'e', object>;

/** The list's filters on the events `e`, and the keyset: events after `afterId`. */
function filtered(query: EventQuery, filter: EventListFilter, afterId: number | null): EventQuery {
  let narrowed = query;
  if (filter.type) narrowed = narrowed.where('e.type', '=', filter.type);
  if (filter.status) narrowed = narrowed.where('e.status', '=', filter.status);
  if (filter.entityKey) {
    const entityId = db.$kysely.selectFrom('Entity').select('id').where('key', '=', filter.entityKey);
    narrowed = narrowed.where('e.id', 'in', db.$kysely.selectFrom('EventEntity').select('eventId').where('entityId', '=', entityId));
  }
  if (filter.from) narrowed = narrowed.where('e.endsOn', '>=', filter.from);
  if (filter.to) narrowed = narrowed.where('e.startsOn', '<=', filter.to);
  if (afterId !== null) narrowed = narrowed.where('e.id', '>', afterId);
  return narrowed;
}

/** One event as the statement gives it: its columns, its article's, and its roles as cells. */
type EventCells = [
  id: number,
  storyId: number | null,
  type: EventType,
  value: string | null,
  startsOn: string | null,
  endsOn: string | null,
  status: EventStatus,
  first: number,
  evidence: string,
  evidenceIn: EvidencePlace,
  slug: string,
  title: string | null,
  publishedOn: string,
  language: Language,
  source: string | null,
  entities: EntityCell[],
];

/** The columns of EventCells but the last, in its order. */
const EVENT_CELLS = [
  ...(['e.id', 'e.storyId', 'e.type', 'e.value', 'e.startsOn', 'e.endsOn', 'e.status', 'e.first', 'e.evidence', 'e.evidenceIn'] as const),
  ...(['a.slug', 'a.title', 'a.publishedOn', 'a.language', 's.name'] as const),
];

/** The columns of EntityCell, in its order. */
const ENTITY_CELLS = ['x.role', 'x.position', 'n.id', 'n.key', 'n.type', 'n.nameKk', 'n.nameRu', 'n.nameEn'] as const;

type EntityCell = [role: EventRole, position: number, entityId: number, key: string, type: EntityType, nameKk: string, nameRu: string, nameEn: string];

function toEventRow(cells: EventCells): EventRow {
  const [id, storyId, type, value, startsOn, endsOn, status, first, evidence, evidenceIn, slug, title, publishedOn, language, source, entities] = cells;
  return {
    id,
    storyId,
    type,
    value,
    startsOn,
    endsOn,
    status,
    first: Boolean(first),
    evidence,
    evidenceIn,
    article: { slug, title, publishedOn, language, source: source === null ? null : { name: source } },
    entities: [...entities]
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
      .map(([role, position, , key, entityType, nameKk, nameRu, nameEn]) => ({ role, position, entity: { key, type: entityType, nameKk, nameRu, nameEn } })),
  };
}

/**
 * A page of events in the order they were stored (by id), starting after the event `afterId` (a
 * keyset page). The exports read every event this way.
 */
export async function listEventsAfter(locale: AppLocale, filter: EventListFilter, afterId: number | null, limit: number): Promise<EventDto[]> {
  const page = filtered(db.$kysely.selectFrom('Event as e'), filter, afterId).selectAll().orderBy('e.id').limit(limit);
  return (await readEvents(page)).map((row) => toEventDto(locale, row));
}

/** These events (in id order; ids not stored are left out). */
export async function listEventsByIds(locale: AppLocale, ids: readonly number[]): Promise<EventDto[]> {
  if (ids.length === 0) return [];
  const events = db.$kysely.selectFrom('Event as e').selectAll().where('e.id', 'in', [...ids]);
  return (await readEvents(events)).map((row) => toEventDto(locale, row));
}

type EventRows = ReturnType<EventQuery['selectAll']>;

/**
 * The events with their articles and roles, by id, in one statement returning one JSON value
 * (each event's roles gathered in it): through the driver each column of each row cost more than
 * the database's work, and a nested read makes a statement per relation.
 */
async function readEvents(events: EventRows): Promise<EventRow[]> {
  const dialect = dialectOf(db.$kysely);
  const row = await db.$kysely
    .selectFrom(events.as('e'))
    .innerJoin('Article as a', 'a.id', 'e.articleId')
    .leftJoin('Source as s', 's.id', 'a.sourceId')
    .select((eb) => {
      const roles = eb
        .selectFrom('EventEntity as x')
        .innerJoin('Entity as n', 'n.id', 'x.entityId')
        .select((x) => jsonGroupArray(dialect, jsonArray(dialect, ENTITY_CELLS.map((column) => x.ref(column)))).as('roles'))
        .whereRef('x.eventId', '=', 'e.id')
        .$asScalar();
      return jsonGroupArray(dialect, jsonArray(dialect, [...EVENT_CELLS.map((column) => eb.ref(column)), asJson(dialect, roles)])).as('events');
    })
    .executeTakeFirst();
  return (JSON.parse(row?.events ?? '[]') as EventCells[]).sort((a, b) => a[0] - b[0]).map(toEventRow);
}

/** Every matching event, a batch at a time (constant memory however many there are). */
export async function* streamEvents(locale: AppLocale, filter: EventListFilter, batch = 1_000): AsyncGenerator<EventDto[]> {
  let after: number | null = null;
  for (;;) {
    const page = await listEventsAfter(locale, filter, after, batch);
    if (page.length > 0) yield page;
    if (page.length < batch) return;
    after = page[page.length - 1]!.id;
  }
}
