import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { OFFERED_ENTITIES } from './entity-options';
import { nameIn } from './localize';

export interface MentionSeriesDto {
  key: string;
  name: string;
  /** Mentions per month, aligned with `months`. */
  counts: number[];
}

export interface MentionVolumeDto {
  /** `YYYY-MM`, consecutive. */
  months: string[];
  series: MentionSeriesDto[];
}

/**
 * Monthly mention counts of the `top` most-mentioned entities, from the aggregates ingestion keeps
 * (Entity.mentionCount, EntityMonth): a few index reads whatever the number of mentions.
 * Candidates named in one article only are left out (`OFFERED_ENTITIES`).
 */
export async function getMentionVolume(locale: AppLocale, top: number): Promise<MentionVolumeDto> {
  const entities = await db.entity.findMany({
    where: { mentionCount: { gt: 0 }, ...OFFERED_ENTITIES },
    orderBy: [{ mentionCount: 'desc' }, { id: 'asc' }],
    take: top,
    select: { id: true, key: true, nameKk: true, nameRu: true, nameEn: true },
  });
  const ids = entities.map((e) => e.id);
  if (ids.length === 0) return { months: [], series: [] };

  const rows = await db.$kysely.selectFrom('EntityMonth').select(['month', 'entityId', 'mentions']).where('entityId', 'in', ids).execute();
  const months = monthRange(rows.map((r) => r.month));
  const index = new Map(months.map((month, i) => [month, i]));
  const series = ids.map((id) => {
    const entity = entities.find((e) => e.id === id);
    const counts = months.map(() => 0);
    for (const row of rows) if (row.entityId === id) counts[index.get(row.month) ?? 0] = Number(row.mentions);
    return { key: entity?.key ?? String(id), name: entity ? nameIn(locale, entity) : String(id), counts };
  });
  return { months, series };
}

/** Every month from the earliest to the latest given, so gaps show as zeros. */
export function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  const range: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    range.push(current);
    if (current >= last) return range;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
