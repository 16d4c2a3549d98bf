import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { nameIn } from './localize';

/** Choices of the search and archive filters. */

export async function listSourceNames(): Promise<string[]> {
  const sources = await db.source.findMany({ orderBy: { name: 'asc' }, select: { name: true } });
  return sources.map((source) => source.name);
}

/** Entities named in some article, most written-about first, with their names in the UI locale (the type-ahead's list). */
export async function listEntityOptions(locale: AppLocale, limit: number): Promise<{ key: string; name: string }[]> {
  const entities = await db.entity.findMany({
    where: { articleCount: { gt: 0 } },
    orderBy: [{ articleCount: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { key: true, nameKk: true, nameRu: true, nameEn: true },
  });
  return entities.map((entity) => ({ key: entity.key, name: nameIn(locale, entity) }));
}
