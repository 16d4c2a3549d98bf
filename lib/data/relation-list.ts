import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { listPlaceRelations, type PlaceRelationDto, type RelationFilter } from './relations';

/**
 * Every matching place relation, the best-attested first, a batch at a time (constant memory
 * however many there are), each with up to `evidenceLimit` of its newest evidence sentences.
 */
export async function* streamPlaceRelations(
  locale: AppLocale,
  filter: RelationFilter,
  { batch = 500, evidenceLimit = 3 }: { batch?: number; evidenceLimit?: number } = {},
): AsyncGenerator<PlaceRelationDto[]> {
  for (let offset = 0; ; offset += batch) {
    const page = await listPlaceRelations(locale, filter, { limit: batch, offset, evidenceLimit });
    if (page.length > 0) yield page;
    if (page.length < batch) return;
  }
}
