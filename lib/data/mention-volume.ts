import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
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

/** Monthly mention counts of the `top` most-mentioned entities. */
export async function getMentionVolume(locale: AppLocale, top: number): Promise<MentionVolumeDto> {
  const leaders = await db.mention.groupBy({
    by: ['entityId'],
    _count: { _all: true },
    orderBy: { _count: { entityId: 'desc' } },
    take: top,
  });
  const ids = leaders.map((l) => l.entityId);
  if (ids.length === 0) return { months: [], series: [] };

  const [entities, rows] = await Promise.all([
    db.entity.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, nameKk: true, nameRu: true, nameEn: true } }),
    db.$queryRaw<{ month: string; entityId: number; mentions: bigint | number }[]>`
      SELECT substr(a.publishedOn, 1, 7) AS month, m.entityId AS entityId, COUNT(*) AS mentions
      FROM Mention m JOIN Article a ON a.id = m.articleId
      WHERE m.entityId IN (${Prisma.join(ids)})
      GROUP BY month, m.entityId`,
  ]);
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
