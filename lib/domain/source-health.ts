import { shiftDays } from '@/lib/domain/civil-date';
/**
 * Whether a source needs a look: it went quiet, or what is extracted from its articles dropped
 * (a changed page layout, a feed that now sends only headlines). Measured against the newest
 * publication day in the whole corpus, so an archive loaded long after the fact is judged by its
 * own time, not by today's date.
 */
export const SOURCE_HEALTH_RULES = {
  /** A source with no article in this many days before the corpus's newest day went quiet. */
  quietAfterDays: 28,
  /** The recent window whose yield is compared with the time before it. */
  recentDays: 28,
  /** Each window needs at least this many articles for a yield to be compared. */
  minArticles: 3,
  /** Recent mentions per article below this share of the earlier rate is a drop. */
  dropRatio: 0.5,
} as const;

export type SourceFlag = 'quiet' | 'yieldDrop';

export interface WindowYield {
  articles: number;
  mentions: number;
}

export interface SourceActivity {
  lastPublished: string;
  /** Articles published in the recent window and their mentions. */
  recent: WindowYield;
  /** Articles published before the recent window and their mentions. */
  earlier: WindowYield;
}

/** The first day of the recent window ending on the corpus's newest day. */
export function recentWindowStart(newestDay: string): string {
  return shiftDays(newestDay, -(SOURCE_HEALTH_RULES.recentDays - 1));
}

export function sourceFlags(activity: SourceActivity, newestDay: string): SourceFlag[] {
  const flags: SourceFlag[] = [];
  if (activity.lastPublished < shiftDays(newestDay, -SOURCE_HEALTH_RULES.quietAfterDays)) flags.push('quiet');
  const { recent, earlier } = activity;
  const { minArticles, dropRatio } = SOURCE_HEALTH_RULES;
  if (recent.articles >= minArticles && earlier.articles >= minArticles) {
    const recentRate = recent.mentions / recent.articles;
    const earlierRate = earlier.mentions / earlier.articles;
    if (earlierRate > 0 && recentRate < earlierRate * dropRatio) flags.push('yieldDrop');
  }
  return flags;
}

/** Articles per week for the `weeks` weeks ending on `newestDay` (oldest first), from counts keyed by weeks back (0 = the newest). */
export function weeklySeries(countsByWeeksBack: ReadonlyMap<number, number>, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, index) => countsByWeeksBack.get(weeks - 1 - index) ?? 0);
}
