import { listEntitiesAfter } from '@/lib/data/entity-list';
import { decodeCursor, encodeCursor, keyCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute, splitPage } from '@/lib/open-data/route';
import { entityListQuery } from '@/lib/open-data/schemas';
import { toApiEntity } from '@/lib/open-data/serialize';

/** `GET /api/v1/entities`: entities in key order, by type, known or candidate, and part of a name. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, entityListQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, type, known, q } = query.value;
  const after = cursor === undefined ? null : decodeCursor(cursor, keyCursor);
  if (cursor !== undefined && after === null) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const rows = await listEntitiesAfter(locale, { type, known: known === undefined ? undefined : known === 'true', query: q }, after?.k ?? null, limit + 1);
  const { page, more } = splitPage(rows, limit);
  const last = page.at(-1);
  const next = more && last ? encodeCursor({ k: last.key }) : null;
  const links = { origin: originOf(request), locale };
  return jsonResponse(request, listBody(request, page.map((entity) => toApiEntity(links, entity)), next));
});
