import { getFormatter, getTranslations } from 'next-intl/server';
import type { ArticleEventDto, EventDto, EventEntityDto } from '@/lib/data/events';
import type { StoryDto } from '@/lib/data/stories';
import type { Language } from '@/lib/extract/types';
import { formatTemporalValue, isFuzzyValue } from './temporal-label';

/** An event or a story as lists and the timeline show it: every label finished in the UI locale. */
export interface PresentedEvent {
  id: string;
  type: EventDto['type'];
  status: EventDto['status'];
  title: string;
  typeLabel: string;
  statusLabel: string;
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

/** How many names an event title lists before it gets long. */
const TITLE_NAMES = 3;

/** Participants first, then places, then organisations: who did what, where. */
const TITLE_ORDER: Record<EventEntityDto['type'], number> = { PERSON: 0, CITY: 1, REGION: 1, COUNTRY: 2, ORGANIZATION: 3 };

type Translator = Awaited<ReturnType<typeof getTranslations<'Event'>>>;

/**
 * The title of an event from its structured data: its type and the names it involves. `event`
 * carries the roles with every entity's names in kk/ru/en and type, for a renderer by role.
 */
function eventTitle(t: Translator, typeLabel: string, event: EventDto): string {
  const ranked = [...event.entities].sort((a, b) => TITLE_ORDER[a.type] - TITLE_ORDER[b.type]);
  // Organisations only name the event when no person or place does: their names are long.
  const named = ranked.some((e) => e.type !== 'ORGANIZATION') ? ranked.filter((e) => e.type !== 'ORGANIZATION') : ranked;
  const names = named.slice(0, TITLE_NAMES).map((e) => e.name);
  return names.length > 0 ? t('titleWith', { type: typeLabel, entities: names.join(', ') }) : typeLabel;
}

type Summary = Pick<StoryDto, 'id' | 'type' | 'status' | 'first' | 'value' | 'startsOn' | 'endsOn'>;

/** Labels in the UI locale, looked up once per list. */
async function labels() {
  const [t, tType, tStatus, format] = await Promise.all([
    getTranslations('Event'),
    getTranslations('EventType'),
    getTranslations('EventStatus'),
    getFormatter(),
  ]);
  /** What every entry shows: from a report (title, evidence) and a summary (a story's, or the report's own). */
  const present = (event: EventDto, summary: Summary): Omit<PresentedEvent, 'id' | 'reports'> => {
    const typeLabel = tType(summary.type);
    return {
      type: summary.type,
      status: summary.status,
      // A story is named by its representative report, with the story's type and first-of-its-kind.
      title: eventTitle(t, typeLabel, { ...event, type: summary.type, first: summary.first }),
      typeLabel,
      statusLabel: tStatus(summary.status),
      dateLabel: summary.value ? formatTemporalValue(format, summary.value) : '',
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
