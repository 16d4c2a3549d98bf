import 'server-only';
import { cache } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, Language, LocalizedNames } from '@/lib/extract/types';
import { nameIn } from './localize';
import { safeHttpUrl } from '@/lib/safe-url';

export interface ArticleSummaryDto {
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
}

const summarySelect = { slug: true, title: true, publishedOn: true, language: true } as const;

/** Cached per request: the dashboard asks before choosing its empty state, and its figures ask again. */
export const countArticles = cache(async (): Promise<number> => db.article.count());

/** The most recently published article, or null when there is none. */
export async function getLatestArticle(): Promise<ArticleSummaryDto | null> {
  const [article] = await listLatestArticles(1);
  return article ?? null;
}

export async function listLatestArticles(limit: number): Promise<ArticleSummaryDto[]> {
  const rows = await db.article.findMany({
    orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
    take: limit,
    select: summarySelect,
  });
  return rows;
}

export interface ArticleMentionDto {
  start: number;
  end: number;
  entity: { key: string; type: EntityType; name: string; names: LocalizedNames; known: boolean };
}

export interface ArticleTemporalDto {
  text: string;
  start: number;
  end: number;
  value: string;
}

export interface ArticleDto extends ArticleSummaryDto {
  body: string;
  credit: string | null;
  source: string | null;
  /** The original story's address (http or https only), when known. */
  originalUrl: string | null;
  /** Mentions in the body: offsets into `body`. */
  mentions: ArticleMentionDto[];
  /** Mentions in the title line: offsets into `title`. */
  titleMentions: ArticleMentionDto[];
  temporals: ArticleTemporalDto[];
}

/**
 * One article with its mentions (entity names in the UI locale), or null. Cached per request: the
 * page and its metadata ask for the same article.
 */
export const getArticle = cache(async (slug: string, locale: AppLocale): Promise<ArticleDto | null> => {
  const row = await db.article.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      body: true,
      credit: true,
      originalUrl: true,
      source: { select: { name: true } },
      mentions: {
        orderBy: { start: 'asc' },
        select: {
          inTitle: true,
          start: true,
          end: true,
          entity: { select: { key: true, type: true, known: true, nameKk: true, nameRu: true, nameEn: true } },
        },
      },
      temporals: { orderBy: { start: 'asc' }, select: { text: true, start: true, end: true, value: true } },
    },
  });
  if (!row) return null;
  const mentions = row.mentions.map((m) => ({
    inTitle: m.inTitle,
    start: m.start,
    end: m.end,
    entity: {
      key: m.entity.key,
      type: m.entity.type,
      known: m.entity.known,
      name: nameIn(locale, m.entity),
      names: { kk: m.entity.nameKk, ru: m.entity.nameRu, en: m.entity.nameEn },
    },
  }));
  const withoutPlace = ({ inTitle: _inTitle, ...mention }: (typeof mentions)[number]): ArticleMentionDto => mention;
  return {
    ...row,
    body: row.body,
    credit: row.credit,
    source: row.source?.name ?? null,
    originalUrl: row.originalUrl ? safeHttpUrl(row.originalUrl) : null,
    mentions: mentions.filter((m) => !m.inTitle).map(withoutPlace),
    titleMentions: mentions.filter((m) => m.inTitle).map(withoutPlace),
    temporals: row.temporals,
  };
});
