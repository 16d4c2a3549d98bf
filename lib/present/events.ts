import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ArticleEventDto, EventDto, EventEntityDto } from '@/lib/data/events';
import type { StoryDto } from '@/lib/data/stories';
import type { Language } from '@/lib/domain/vocabulary';
import { readEventStatus } from './event-status-label';
import { eventTitle } from './event-title';
import { eventTitleInput } from './event-title-input';
import { formatDay, formatTemporalValue, isFuzzyValue, todayIso } from './temporal-label';

/** An event or a story as lists and the timeline show it: every label finished in the UI locale. */
export interface PresentedEvent {
  id: string;
  type: EventDto['type'];
  status: EventDto['status'];
  title: string;
  typeLabel: string;
  /** The status as it reads for this event: held, planned, or planned as of its report. */
  statusLabel: string;
  /** The status's plain name ("Held", "Planned"), for legends. */
  statusName: string;
  /** Localized date or period; empty when the event has no date. */
  dateLabel: string;
  start: string | null;
  end: string | null;
  fuzzy: boolean;
  /** App path of its page (the story page), without the locale. */
  href: string;
  /** The sentence that tells of it (a story: its representative report's) and the article it is from. */
  evidence: string;
  evidenceIn: EventDto['evidenceIn'];
  articleSlug: string;
  articleLanguage: Language;
  entities: EventEntityDto[];
  /** Of a story: "3 reports · kk ru en" (lists show it when there is more than one). */
  reports: { count: number; languages: Language[]; label: string } | null;
}

type Summary = Pick<StoryDto, 'id' | 'type' | 'status' | 'first' | 'value' | 'startsOn' | 'endsOn'>;

/** Labels in the UI locale, looked up once per list. */
async function labels() {
  const [t, tTitle, tType, tStatus, format, locale] = await Promise.all([
    getTranslations('Event'),
    getTranslations('EventTitle'),
    getTranslations('EventType'),
    getTranslations('EventStatus'),
    getFormatter(),
    getLocale(),
  ]);
  const today = todayIso();
  /** What every entry shows: from a report (title, evidence) and a summary (a story's, or the report's own). */
  const present = (event: EventDto, summary: Summary): Omit<PresentedEvent, 'id' | 'reports'> => {
    const dateLabel = summary.value ? formatTemporalValue(format, summary.value) : '';
    const reading = readEventStatus(
      {
        status: summary.status,
        dateLabel,
        endDay: summary.endsOn,
        publishedOn: event.article.publishedOn,
        publishedLabel: formatDay(format, event.article.publishedOn),
        today,
      },
      locale,
    );
    return {
      type: summary.type,
      status: summary.status,
      // A story is named by its representative report, with the story's type and first-of-its-kind.
      title: eventTitle(eventTitleInput(event, summary), locale),
      typeLabel: tType(summary.type),
      statusLabel: 'date' in reading ? tTitle(reading.key, { date: reading.date }) : tStatus(reading.key),
      statusName: tStatus(summary.status),
      dateLabel,
      start: summary.startsOn,
      end: summary.endsOn,
      fuzzy: summary.value ? isFuzzyValue(summary.value) : false,
      href: `/events/${summary.id}`,
      evidence: event.evidence,
      evidenceIn: event.evidenceIn,
      articleSlug: event.article.slug,
      articleLanguage: event.article.language,
      entities: event.entities,
    };
  };
  const reports = (count: number, languages: Language[]) => ({ count, languages, label: `${t('reports', { count })} · ${languages.join(' ')}` });
  return { present, reports };
}

/** Stories with titles rendered from their representative report, and how many reports in which languages. */
export async function presentStories(stories: readonly StoryDto[]): Promise<PresentedEvent[]> {
  const { present, reports } = await labels();
  return stories.map((story) => ({
    ...present(story.lead, story),
    id: String(story.id),
    reports: reports(story.reportCount, story.languages),
  }));
}

/** One article's events, each linking to the story it is a report of, with how many reports that story has. */
export async function presentEvents(events: readonly ArticleEventDto[]): Promise<PresentedEvent[]> {
  const { present, reports } = await labels();
  return events.map((event) => ({
    ...present(event, { ...event, id: event.storyId ?? event.id }),
    id: String(event.id),
    reports: event.story ? reports(event.story.reportCount, event.story.languages) : null,
  }));
}
