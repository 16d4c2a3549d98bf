import { listArticlesAfter } from '@/lib/data/article-list';
import { getEntity } from '@/lib/data/entities';
import { articleFeed, FEED_FORMATS, FEED_ITEMS, type FeedFormat } from '@/lib/open-data/feeds';
import { cachedResponse, problemResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { feedQuery } from '@/lib/open-data/schemas';
import { pageUrl } from '@/lib/open-data/serialize';
import { openDataLabels } from '@/lib/open-data/translator';

const FILES: Record<string, FeedFormat> = { 'articles.rss': 'rss', 'articles.atom': 'atom' };

/**
 * `GET /api/v1/feeds/articles.rss` and `….atom`: the newest articles, of every article or of one
 * entity (`entity`), one relation pair (`a` and `b`), one event type (`type`) or one language.
 */
export const GET = openDataRoute<{ params: Promise<{ file: string }> }>(async (request, { params }) => {
  const format = FILES[(await params).file];
  if (!format) return problemResponse(404, 'No feed has this name: articles.rss or articles.atom.');
  const query = parseQuery(request, feedQuery);
  if (!query.ok) return query.response;
  const { locale, language, entity, a, b, type } = query.value;
  const { t, tType } = openDataLabels(locale);
  const [entityDto, aDto, bDto] = await Promise.all([
    entity ? getEntity(entity, locale) : null,
    a ? getEntity(a, locale) : null,
    b ? getEntity(b, locale) : null,
  ]);
  if ((entity && !entityDto) || (a && !aDto) || (b && !bDto)) return problemResponse(404, 'No entity has this key.');
  const scope = [entityDto?.name, aDto && bDto ? `${aDto.name} – ${bDto.name}` : undefined, type ? tType(type) : undefined].filter(Boolean).join(' · ');
  const links = { origin: originOf(request), locale };
  const articles = await listArticlesAfter({ language, entityKey: entity, pair: a && b ? { a, b } : undefined, eventType: type }, 'newest', null, FEED_ITEMS);
  const page = entityDto ? `/entities/${entityDto.key}` : type ? `/timeline?type=${type}` : aDto ? '/relations' : '/';
  const feedUrl = (file: string) => `${links.origin}/api/v1/feeds/${file}${new URL(request.url).search}`;
  const body = articleFeed(
    {
      links,
      title: scope ? t('feedScoped', { scope }) : t('feedLatest'),
      description: t('feedDescription'),
      pageUrl: pageUrl(links, page),
      feedUrls: { rss: feedUrl('articles.rss'), atom: feedUrl('articles.atom') },
      articles,
    },
    format,
  );
  return cachedResponse(request, body, FEED_FORMATS[format]);
});
