import { getArticle } from '@/lib/data/articles';
import { listArticleEvents } from '@/lib/data/events';
import { listPlaceRelations } from '@/lib/data/relations';
import { jsonResponse, notFound } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parsePathSegment, parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { detailQuery, slugPathSchema } from '@/lib/open-data/schemas';
import { toApiArticleDetail } from '@/lib/open-data/serialize';

/** Relations an article gives evidence of: an article names a handful. */
const ARTICLE_RELATIONS = 100;

/** `GET /api/v1/articles/{slug}`: one article with its mentions, dates, events and relations. */
export const GET = openDataRoute<{ params: Promise<{ slug: string }> }>(async (request, { params }) => {
  const query = parseQuery(request, detailQuery);
  if (!query.ok) return query.response;
  const { locale } = query.value;
  const slug = parsePathSegment((await params).slug, slugPathSchema);
  const article = slug === null ? null : await getArticle(slug, locale);
  if (slug === null || !article) return notFound('article');
  const [events, relations] = await Promise.all([
    listArticleEvents(locale, slug),
    listPlaceRelations(locale, { articleSlug: slug }, { limit: ARTICLE_RELATIONS, evidenceLimit: 5 }),
  ]);
  return jsonResponse(request, toApiArticleDetail({ origin: originOf(request), locale }, article, events, relations));
});
