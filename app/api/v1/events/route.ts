import { listEventsAfter } from '@/lib/data/event-list';
import { decodeCursor, encodeCursor, idCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute, splitPage } from '@/lib/open-data/route';
import { eventListQuery } from '@/lib/open-data/schemas';
import { toApiEvent } from '@/lib/open-data/serialize';

/** `GET /api/v1/events`: every report of a happening (one per article), in storage order, with the timeline's filters. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, eventListQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, type, status, entity, from, to } = query.value;
  const after = cursor === undefined ? null : decodeCursor(cursor, idCursor);
  if (cursor !== undefined && after === null) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const rows = await listEventsAfter(locale, { type, status, entityKey: entity, from, to }, after?.i ?? null, limit + 1);
  const { page, more } = splitPage(rows, limit);
  const last = page.at(-1);
  const next = more && last ? encodeCursor({ i: last.id }) : null;
  const links = { origin: originOf(request), locale };
  return jsonResponse(request, listBody(request, page.map((event) => toApiEvent(links, event)), next));
});
