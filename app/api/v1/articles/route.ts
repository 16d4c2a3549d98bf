import { listArticlesAfter } from '@/lib/data/article-list';
import { articleCursor, decodeCursor, encodeCursor } from '@/lib/open-data/cursor';
import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { badParameters, parseQuery } from '@/lib/open-data/query';
import { listBody, openDataRoute, splitPage } from '@/lib/open-data/route';
import { articleListQuery } from '@/lib/open-data/schemas';
import { toArticleListItem } from '@/lib/open-data/serialize';

/** `GET /api/v1/articles`: articles in publication order with the archive's filters, a keyset page at a time. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, articleListQuery);
  if (!query.ok) return query.response;
  const { locale, limit, cursor, sort, language, source, entity, from, to } = query.value;
  const after = cursor === undefined ? null : decodeCursor(cursor, articleCursor);
  if (cursor !== undefined && after === null) return badParameters([{ parameter: 'cursor', message: 'not a cursor of this list' }]);
  const rows = await listArticlesAfter({ language, source, entityKey: entity, from, to }, sort, after && { publishedOn: after.d, id: after.i }, limit + 1);
  const { page, more } = splitPage(rows, limit);
  const last = page.at(-1);
  const next = more && last ? encodeCursor({ d: last.publishedOn, i: last.id }) : null;
  const links = { origin: originOf(request), locale };
  return jsonResponse(request, listBody(request, page.map((article) => toArticleListItem(links, article)), next));
});
