import { searchArticles } from '@/lib/data/search';
import { decodeCursor, encodeCursor, offsetCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute } from '@/lib/open-data/route';
import { searchQuery } from '@/lib/open-data/schemas';
import { toSearchHit } from '@/lib/open-data/serialize';

/**
 * `GET /api/v1/search`: articles matching a query in any language, with highlighted snippets.
 * As on the search page, totals stop at 1,000 and so do the pages (the cursor is a page number).
 */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, searchQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, q, sort, language, source, entity, from, to } = query.value;
  const at = cursor === undefined ? { o: 1 } : decodeCursor(cursor, offsetCursor);
  if (at === null || at.o < 1) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const result = await searchArticles({ query: q, sort, filters: { language, source, entity, from, to }, page: at.o, pageSize: limit }, locale);
  const links = { origin: originOf(request), locale };
  // A filter naming no source or entity matches no article (the page drops such a filter; an API client asked for it).
  // A cursor past the last page (the matches shrank since) reads an empty page, not the last one again.
  const none = result.filters.unknown.length > 0 || result.page !== at.o;
  const next = !none && result.page < result.pages ? encodeCursor({ o: result.page + 1 }) : null;
  return jsonResponse(request, {
    ...listBody(request, none ? [] : result.hits.map((hit) => toSearchHit(links, hit)), next),
    total: result.filters.unknown.length > 0 ? { count: 0, atLeast: false } : result.total,
    matchedEntities: result.matchedEntities,
  });
});
