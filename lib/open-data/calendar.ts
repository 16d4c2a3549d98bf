import { civilDateAtUtcMidnight, shiftDays } from '@/lib/domain/civil-date';
import { createHash } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { StoryDto } from '@/lib/data/stories';
import { eventTitle } from '@/lib/present/event-title';
import { eventTitleInput } from '@/lib/present/event-title-input';
import { formatTemporalValue, isFuzzyValue } from '@/lib/present/temporal-label';
import { articleUrl, storyUrl, type SiteLinks } from './serialize';
import type { openDataLabels } from './translator';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Stories per calendar: the soonest upcoming ones. */
export const CALENDAR_EVENTS = 500;

/**
 * A story's UID, the same whenever the same happening is stored again (a re-ingestion renumbers
 * events and so may renumber stories): its type, its date and who and what its representative
 * report names. Two stories cannot share these: reports of one type, date and set of entities
 * are one happening, grouped into one story.
 */
export function storyUid(story: StoryDto): string {
  const keys = story.lead.entities.map((entity) => entity.key).sort();
  const digest = createHash('sha256').update(JSON.stringify([story.type, story.value, keys])).digest('hex').slice(0, 32);
  return `${digest}@bauyrlas`;
}

const day = civilDateAtUtcMidnight;
const nextDay = (isoDay: string) => civilDateAtUtcMidnight(shiftDays(isoDay, 1));

export interface CalendarInput {
  links: SiteLinks;
  labels: ReturnType<typeof openDataLabels>;
  name: string;
  description: string;
  /** The calendar's own address (absolute). */
  url: string;
  stories: readonly StoryDto[];
}

/**
 * Dated stories as an iCalendar document: each an all-day span from its first to its last day; a
 * date known only to the month, half or year says so in the summary ("≈ January – June 2026"). The
 * description holds the evidence sentence and the links to the article and to every report.
 */
export function storyCalendar({ links, labels, name, description, url, stories }: CalendarInput): string {
  const { t, tType, format } = labels;
  const calendar = ical({ name, description, url, prodId: { company: 'Bauyrlas', product: 'Open data', language: links.locale.toUpperCase() } });
  for (const story of stories) {
    if (!story.startsOn || !story.endsOn || !story.value) continue;
    const title = eventTitle(eventTitleInput(story.lead, story), links.locale);
    const summary = isFuzzyValue(story.value) ? `${t('approximately', { date: formatTemporalValue(format, story.value) })}: ${title}` : title;
    const lead = story.lead;
    calendar.createEvent({
      id: storyUid(story),
      start: day(story.startsOn),
      end: nextDay(story.endsOn),
      allDay: true,
      stamp: day(lead.article.publishedOn),
      summary,
      status: story.status === 'held' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      location: lead.roles.places.map((place) => place.name).join(', ') || null,
      categories: [{ name: tType(story.type) }],
      url: storyUrl(links, story.id),
      description: [
        `${tType(story.type)} · ${t('reports', { count: story.reportCount })} · ${story.languages.join(' ')}`,
        `${t('evidence')}: «${lead.evidence}»`,
        `${t('article')}: ${lead.article.title ?? lead.article.slug} (${lead.article.publishedOn}) ${articleUrl(links, lead.article.slug)}`,
        `${t('story')}: ${storyUrl(links, story.id)}`,
      ].join('\n'),
    });
  }
  return calendar.toString();
}
