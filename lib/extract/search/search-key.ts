/**
 * The full-text index numbers its rows by publication day, then article id: the newest or oldest
 * matches are the first rows of the index in one direction or the other, and a period is a range
 * of row numbers. key = (day since 1970-01-01 + DAY_OFFSET) · 2^24 + article id. The migration's
 * delete trigger computes the same key in SQL (unixepoch(publishedOn) / 86400).
 */

export const ARTICLE_ID_BITS = 24;
const ID_SPAN = 2 ** ARTICLE_ID_BITS;
/** Keeps keys positive for any date from year -700 on. */
const DAY_OFFSET = 1_000_000;
export const MAX_ARTICLE_ID = ID_SPAN - 1;

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000 + DAY_OFFSET;
}

export function searchKey(publishedOn: string, articleId: number): number {
  if (!Number.isInteger(articleId) || articleId < 1 || articleId > MAX_ARTICLE_ID) {
    throw new Error(`article id ${articleId} does not fit the search index (1 to ${MAX_ARTICLE_ID})`);
  }
  const day = dayNumber(publishedOn);
  if (!Number.isInteger(day)) throw new Error(`"${publishedOn}" is not a day`);
  return day * ID_SPAN + articleId;
}

export function articleIdOfKey(key: number): number {
  return key % ID_SPAN;
}

/** The keys of articles published from `from` to `to` (inclusive days, either open). */
export function keyRange(from: string | undefined, to: string | undefined): { low: number; high: number } {
  return {
    low: from ? dayNumber(from) * ID_SPAN : 0,
    high: to ? (dayNumber(to) + 1) * ID_SPAN - 1 : Number.MAX_SAFE_INTEGER,
  };
}
