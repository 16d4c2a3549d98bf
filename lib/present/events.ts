import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { EventDto, EventEntityDto } from '@/lib/data/events';
import { readEventStatus } from './event-status-label';
import { eventTitle, type EventTitleInput } from './event-title';
import { titleInputFromEntities } from './event-title-input';
import { formatDay, formatTemporalValue, isFuzzyValue, todayIso } from './temporal-label';

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
  articleSlug: string;
  articleLanguage: string;
  evidence: string;
  entities: EventEntityDto[];
}

/**
 * What a title is rendered from. The seam for stored roles: once `EventDto` carries the event's
 * roles (actors, places, object, route, carrier) and `first` with names in every locale, build
 * the input from them here; until then it is derived from the entity list.
 */
function titleInputOf(event: EventDto): EventTitleInput {
  return titleInputFromEntities(event.type, event.entities);
}

/** Events with titles rendered from their structured data in the UI locale. */
export async function presentEvents(events: readonly EventDto[]): Promise<PresentedEvent[]> {
  const [tTitle, tType, tStatus, format, locale] = await Promise.all([
    getTranslations('EventTitle'),
    getTranslations('EventType'),
    getTranslations('EventStatus'),
    getFormatter(),
    getLocale(),
  ]);
  const today = todayIso();
  return events.map((event) => {
    const typeLabel = tType(event.type);
    const dateLabel = event.value ? formatTemporalValue(format, event.value) : '';
    const reading = readEventStatus(
      {
        status: event.status,
        dateLabel,
        endDay: event.endsOn,
        publishedOn: event.article.publishedOn,
        publishedLabel: formatDay(format, event.article.publishedOn),
        today,
      },
      locale,
    );
    return {
      id: String(event.id),
      type: event.type,
      status: event.status,
      title: eventTitle(titleInputOf(event), locale),
      typeLabel,
      statusLabel: 'date' in reading ? tTitle(reading.key, { date: reading.date }) : tStatus(reading.key),
      statusName: tStatus(event.status),
      dateLabel,
      start: event.startsOn,
      end: event.endsOn,
      fuzzy: event.value ? isFuzzyValue(event.value) : false,
      articleSlug: event.article.slug,
      articleLanguage: event.article.language,
      evidence: event.evidence,
      entities: event.entities,
    };
  });
}
