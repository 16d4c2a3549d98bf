import { getEntity } from '@/lib/data/entities';
import { listStories } from '@/lib/data/stories';
import { CALENDAR_CONTENT_TYPE, CALENDAR_EVENTS, storyCalendar } from '@/lib/open-data/calendar';
import { cachedResponse, problemResponse } from '@/lib/open-data/http';
import { originOf } from '@/lib/open-data/links';
import { parseQuery } from '@/lib/open-data/query';
import { openDataRoute } from '@/lib/open-data/route';
import { calendarQuery } from '@/lib/open-data/schemas';
import { openDataLabels } from '@/lib/open-data/translator';
import { todayIso } from '@/lib/present/temporal-label';

/**
 * `GET /api/v1/calendar.ics`: upcoming stories (not ended before today, or from `from`) as
 * iCalendar, with the timeline's filters: `type`, `entity`, `from`, `to`.
 */
export const GET = openDataRoute(async (request) => {
  const query = parseQuery(request, calendarQuery);
  if (!query.ok) return query.response;
  const { locale, type, entity, from, to } = query.value;
  const entityDto = entity ? await getEntity(entity, locale) : null;
  if (entity && !entityDto) return problemResponse(404, 'No entity has this key.');
  const labels = openDataLabels(locale);
  const scope = [entityDto?.name, type ? labels.tType(type) : undefined].filter(Boolean).join(' · ');
  const stories = await listStories(locale, { type, entityKey: entity, from: from ?? todayIso(), to }, CALENDAR_EVENTS);
  const links = { origin: originOf(request), locale };
  const body = storyCalendar({
    links,
    labels,
    name: scope ? labels.t('calendarScoped', { scope }) : labels.t('calendarTitle'),
    description: labels.t('calendarDescription'),
    url: `${links.origin}/api/v1/calendar.ics${new URL(request.url).search}`,
    stories,
  });
  return cachedResponse(request, body, CALENDAR_CONTENT_TYPE, { 'content-disposition': 'inline; filename="bauyrlas.ics"' });
});
