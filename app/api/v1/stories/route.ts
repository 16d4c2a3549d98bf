import { listStories } from '@/lib/data/stories';
import { decodeCursor, encodeCursor, offsetCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute, splitPage } from '@/lib/open-data/route';
import { storyListQuery } from '@/lib/open-data/schemas';
import { toApiStory } from '@/lib/open-data/serialize';

/** `GET /api/v1/stories`: the timeline: stories in date order (undated last) with its filters. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, storyListQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, type, entity, from, to } = query.value;
  const at = cursor === undefined ? { o: 0 } : decodeCursor(cursor, offsetCursor);
  if (at === null) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const rows = await listStories(locale, { type, entityKey: entity, from, to }, limit + 1, at.o);
  const { page, more } = splitPage(rows, limit);
  const next = more ? encodeCursor({ o: at.o + limit }) : null;
  const links = { origin: originOf(request), locale };
  return jsonResponse(request, listBody(request, page.map((story) => toApiStory(links, story)), next));
});
