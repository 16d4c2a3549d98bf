import { getFormatter, getTranslations } from 'next-intl/server';
import type { EventDto, EventEntityDto } from '@/lib/data/events';
import { formatTemporalValue, isFuzzyValue } from './temporal-label';

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
  articleSlug: string;
  articleLanguage: string;
  evidence: string;
  evidenceIn: EventDto['evidenceIn'];
  entities: EventEntityDto[];
}

/** How many names an event title lists before it gets long. */
const TITLE_NAMES = 3;

/** Participants first, then places, then organisations: who did what, where. */
const TITLE_ORDER: Record<EventEntityDto['type'], number> = { PERSON: 0, CITY: 1, REGION: 1, COUNTRY: 2, ORGANIZATION: 3 };

/** Events with titles rendered from their structured data in the UI locale. */
export async function presentEvents(events: readonly EventDto[]): Promise<PresentedEvent[]> {
  const [t, tType, tStatus, format] = await Promise.all([
    getTranslations('Event'),
    getTranslations('EventType'),
    getTranslations('EventStatus'),
    getFormatter(),
  ]);
  return events.map((event) => {
    const typeLabel = tType(event.type);
    const ranked = [...event.entities].sort((a, b) => TITLE_ORDER[a.type] - TITLE_ORDER[b.type]);
    // Organisations only name the event when no person or place does: their names are long.
    const named = ranked.some((e) => e.type !== 'ORGANIZATION') ? ranked.filter((e) => e.type !== 'ORGANIZATION') : ranked;
    const names = named.slice(0, TITLE_NAMES).map((e) => e.name);
    return {
      id: String(event.id),
      type: event.type,
      status: event.status,
      title: names.length > 0 ? t('titleWith', { type: typeLabel, entities: names.join(', ') }) : typeLabel,
      typeLabel,
      statusLabel: tStatus(event.status),
      dateLabel: event.value ? formatTemporalValue(format, event.value) : '',
      start: event.startsOn,
      end: event.endsOn,
      fuzzy: event.value ? isFuzzyValue(event.value) : false,
      articleSlug: event.article.slug,
      articleLanguage: event.article.language,
      evidence: event.evidence,
      evidenceIn: event.evidenceIn,
      entities: event.entities,
    };
  });
}
