import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EventStatus, EventType } from '@/lib/extract/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { eventSelect, toEventDto, type EventDto } from './events';

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

function whereOf(filter: EventListFilter, afterId: number | null): Prisma.EventWhereInput {
  return {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.entityKey ? { entities: { some: { entity: { key: filter.entityKey } } } } : {}),
    ...(filter.from ? { endsOn: { gte: filter.from } } : {}),
    ...(filter.to ? { startsOn: { lte: filter.to } } : {}),
    ...(afterId === null ? {} : { id: { gt: afterId } }),
  };
}

/** A page of events in the order they were stored (by id), starting after the event `afterId` (a keyset page). */
export async function listEventsAfter(locale: AppLocale, filter: EventListFilter, afterId: number | null, limit: number): Promise<EventDto[]> {
  const rows = await db.event.findMany({ where: whereOf(filter, afterId), orderBy: { id: 'asc' }, take: limit, select: eventSelect });
  return rows.map((row) => toEventDto(locale, row));
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
