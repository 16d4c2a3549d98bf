import { getEntity } from '@/lib/data/entities';
import { jsonResponse, notFound } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parsePathSegment, parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { detailQuery, slugPathSchema } from '@/lib/open-data/schemas';
import { toApiEntityDetail } from '@/lib/open-data/serialize';

/** `GET /api/v1/entities/{key}`: one entity with its names in every language, aliases, coordinates and counts. */
export const GET = openDataRoute<{ params: Promise<{ key: string }> }>(async (request, { params }) => {
  const query = parseQuery(request, detailQuery);
  if (!query.ok) return query.response;
  const { locale } = query.value;
  const key = parsePathSegment((await params).key, slugPathSchema);
  const entity = key === null ? null : await getEntity(key, locale);
  if (!entity) return notFound('entity');
  return jsonResponse(request, toApiEntityDetail({ origin: originOf(request), locale }, entity));
});
