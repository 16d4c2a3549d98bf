import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EvidenceQuote } from '@/components/ui/evidence-quote';
import { Link } from '@/i18n/navigation';
import type { PresentedEvent } from '@/lib/present/events';

interface EventListProps {
  events: PresentedEvent[];
  /** Quote each event's evidence sentence under it. */
  showEvidence?: boolean;
  /** Link the entities named by the event. */
  linkEntities?: boolean;
}

/**
 * Events or stories as a list: date, type and status, how many reports in which languages, a title
 * linking to the event's page, and optionally the evidence.
 */
export async function EventList({ events, showEvidence = false, linkEntities = false }: EventListProps) {
  const t = await getTranslations('Article');
  return (
    <ol className="space-y-4">
      {events.map((event) => (
        <li key={event.id} className="space-y-1.5" data-testid="event">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {event.dateLabel ? (
              <span className="font-medium tabular-nums text-slate-900 dark:text-slate-100">
                {event.fuzzy ? '≈ ' : ''}
                {event.dateLabel}
              </span>
            ) : null}
            <Badge>{event.typeLabel}</Badge>
            <Badge tone={event.status}>{event.statusLabel}</Badge>
            {event.reports && event.reports.count > 1 ? (
              <span className="text-slate-600 dark:text-slate-400" data-testid="story-reports">
                {event.reports.label}
              </span>
            ) : null}
          </div>
          <p className="font-medium">
            <Link href={event.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {event.title}
            </Link>
          </p>
          {linkEntities && event.entities.length > 0 ? (
            <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {event.entities.map((entity) => (
                <li key={entity.key}>
                  <Link href={`/entities/${entity.key}`} className="text-slate-700 underline decoration-slate-300 hover:text-brand-700 dark:text-slate-300">
                    {entity.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {showEvidence ? (
            <EvidenceQuote lang={event.articleLanguage} footer={t(event.evidenceIn === 'title' ? 'evidenceTitle' : 'evidence')}>
              {event.evidence}
            </EvidenceQuote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
