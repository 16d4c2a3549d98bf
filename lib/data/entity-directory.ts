import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntityType } from '@/lib/domain/vocabulary';
import { nameIn } from './localize';

export const DIRECTORY_SORTS = ['mentions', 'name'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const DIRECTORY_STATUSES = ['known', 'candidate'] as const;
export type DirectoryStatus = (typeof DIRECTORY_STATUSES)[number];

export interface DirectoryFilter {
  type?: EntityType;
  status?: DirectoryStatus;
  /** Part of a name in any of the three languages. */
  text?: string;
}

export interface DirectoryEntryDto {
  key: string;
  type: EntityType;
  known: boolean;
  name: string;
  mentionCount: number;
  articleCount: number;
}

/**
 * The spellings a typed name is looked up in: as typed, in lower case and with a capital first
 * letter (SQLite compares letters outside ASCII case-sensitively, and names are written capitalized).
 */
export function nameVariants(text: string): string[] {
  const trimmed = text.trim();
  const lower = trimmed.toLocaleLowerCase();
  const capitalized = lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
  return [...new Set([trimmed, lower, capitalized])].filter((variant) => variant.length > 0);
}

function whereOf({ type, status, text }: DirectoryFilter): Prisma.EntityWhereInput {
  const names = text
    ? nameVariants(text).flatMap((variant) => [{ nameKk: { contains: variant } }, { nameRu: { contains: variant } }, { nameEn: { contains: variant } }])
    : [];
  return {
    ...(type ? { type } : {}),
    ...(status ? { known: status === 'known' } : {}),
    ...(names.length > 0 ? { OR: names } : {}),
  };
}

function orderOf(sort: DirectorySort, locale: AppLocale): Prisma.EntityOrderByWithRelationInput[] {
  const nameColumn = locale === 'kk' ? 'nameKk' : locale === 'ru' ? 'nameRu' : 'nameEn';
  return sort === 'name' ? [{ [nameColumn]: 'asc' }, { id: 'asc' }] : [{ mentionCount: 'desc' }, { id: 'asc' }];
}

export async function countDirectoryEntities(filter: DirectoryFilter): Promise<number> {
  return db.entity.count({ where: whereOf(filter) });
}

/** One page of the entity directory, names in the UI locale. */
export async function listDirectoryEntities(
  locale: AppLocale,
  filter: DirectoryFilter,
  sort: DirectorySort,
  limit: number,
  offset = 0,
): Promise<DirectoryEntryDto[]> {
  const rows = await db.entity.findMany({
    where: whereOf(filter),
    orderBy: orderOf(sort, locale),
    take: limit,
    skip: offset,
    select: { key: true, type: true, known: true, nameKk: true, nameRu: true, nameEn: true, mentionCount: true, articleCount: true },
  });
  return rows.map((row) => ({
    key: row.key,
    type: row.type,
    known: row.known,
    name: nameIn(locale, row),
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
  }));
}

/** How many entities there are of each type and status, for the directory's summary. */
export async function countEntitiesByType(): Promise<{ type: EntityType; known: boolean; count: number }[]> {
  const rows = await db.entity.groupBy({ by: ['type', 'known'], _count: { _all: true } });
  return rows.map((row) => ({ type: row.type, known: row.known, count: row._count._all }));
}
