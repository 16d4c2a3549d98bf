import { civilDateAtUtcMidnight } from '@/lib/domain/civil-date';
import { Feed } from 'feed';
import type { ArticleListItemDto } from '@/lib/data/article-list';
import { articleUrl, type SiteLinks } from './serialize';

export const FEED_FORMATS = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

/** Items per feed: the newest articles. */
export const FEED_ITEMS = 50;

export interface ArticleFeedInput {
  links: SiteLinks;
  title: string;
  description: string;
  /** The page the feed belongs to (absolute). */
  pageUrl: string;
  /** The feed's own address in each format (absolute). */
  feedUrls: Record<FeedFormat, string>;
  articles: readonly ArticleListItemDto[];
}

const dayOf = civilDateAtUtcMidnight;

/**
 * The newest articles as an RSS 2.0 or Atom 1.0 document. Every text is the library's to escape;
 * nothing of an article is ever markup. The feed's date is its newest article's, so the same
 * articles give the same bytes (and the same ETag).
 */
export function articleFeed(input: ArticleFeedInput, format: FeedFormat): string {
  const newest = input.articles[0];
  const feed = new Feed({
    id: input.pageUrl,
    title: input.title,
    description: input.description,
    link: input.pageUrl,
    language: input.links.locale,
    updated: newest ? dayOf(newest.publishedOn) : new Date(0),
    generator: 'Bauyrlas',
    feedLinks: { rss: input.feedUrls.rss, atom: input.feedUrls.atom },
    copyright: 'The articles belong to their outlets.',
  });
  for (const article of input.articles) {
    const url = articleUrl(input.links, article.slug);
    const lead = article.lead.replace(/\s+/g, ' ').trim();
    feed.addItem({
      id: url,
      link: url,
      title: article.title ?? lead.slice(0, 120),
      date: dayOf(article.publishedOn),
      description: lead,
      ...(article.source ? { author: [{ name: article.source }] } : {}),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
