import { daysBetween } from '@/lib/domain/civil-date';
import type { EntityType, EventStatus, EventType, Language } from '@/lib/domain/vocabulary';

/** An entity in one of an event's roles (EventEntity.role). */
export interface ReportEntity {
  id: number;
  type: EntityType;
  /** actor | place | object | routeFrom | routeTo | carrier | other */
  role: string;
}

/** A stored event as story grouping sees it: a report of a happening in one article. */
export interface ReportFacts {
  id: number;
  articleId: number;
  type: EventType;
  value: string | null;
  /** First and last day of `value` (`YYYY-MM-DD`), or null when the report gives no date. */
  startsOn: string | null;
  endsOn: string | null;
  status: EventStatus;
  first: boolean;
  /** The article's publication date and language. */
  publishedOn: string;
  language: Language;
  entities: readonly ReportEntity[];
}

/** Days from the first to the last day of a dated report, 0 for a single day. */
export function lengthInDays(report: Pick<Report, 'startsOn' | 'endsOn'>): number | null {
  return report.startsOn && report.endsOn ? daysBetween(report.startsOn, report.endsOn) : null;
}

/** A report with what the "same happening" test reads of its dates, worked out once. */
export interface Report extends ReportFacts {
  /** The days a report of the same happening must overlap (Event.matchFrom, matchTo). */
  window: { from: string; to: string };
  /** Dated with a period too long to pin one happening down. */
  vague: boolean;
}
