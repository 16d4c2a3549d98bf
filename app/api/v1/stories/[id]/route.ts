import { getStory } from '@/lib/data/stories';
import { jsonResponse, notFound } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parsePathSegment, parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { detailQuery, storyIdPathSchema } from '@/lib/open-data/schemas';
import { toApiStoryDetail } from '@/lib/open-data/serialize';

/** `GET /api/v1/stories/{id}`: one story with every report. */
export const GET = openDataRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const query = parseQuery(request, detailQuery);
  if (!query.ok) return query.response;
  const { locale } = query.value;
  const id = parsePathSegment((await params).id, storyIdPathSchema);
  const story = id === null ? null : await getStory(locale, id);
  if (!story) return notFound('story');
  return jsonResponse(request, toApiStoryDetail({ origin: originOf(request), locale }, story));
});
