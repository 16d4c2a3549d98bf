import { jsonResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { openApiDocument } from '@/lib/open-data/openapi';
import { parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { z } from 'zod';

/** `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of the JSON API. */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, z.strictObject({}));
  if (!query.ok) return query.response;
  return jsonResponse(request, openApiDocument(originOf(request)));
});
