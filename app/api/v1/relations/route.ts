import { listPlaceRelations } from '@/lib/data/relations';
import { decodeCursor, encodeCursor, offsetCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute, splitPage } from '@/lib/open-data/route';
import { relationListQuery } from '@/lib/open-data/schemas';
import { toApiRelation } from '@/lib/open-data/serialize';

/** `GET /api/v1/relations`: place relations, the best-attested first, with the relations page's filters and their evidence. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, relationListQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, type, status, place, evidence } = query.value;
  const at = cursor === undefined ? { o: 0 } : decodeCursor(cursor, offsetCursor);
  if (at === null) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const rows = await listPlaceRelations(locale, { type, status, placeKey: place }, { limit: limit + 1, offset: at.o, evidenceLimit: evidence });
  const { page, more } = splitPage(rows, limit);
  const next = more ? encodeCursor({ o: at.o + limit }) : null;
  const links = { origin: originOf(request), locale };
  return jsonResponse(request, listBody(request, page.map((relation) => toApiRelation(links, relation)), next));
});
