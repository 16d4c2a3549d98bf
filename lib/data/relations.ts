import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, Language, RelationStatus, RelationType } from '@/lib/extract/types';
import { nameIn } from './localize';

export interface RelationPlaceDto {
  key: string;
  type: EntityType;
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface RelationEvidenceDto {
  sentence: string;
  status: RelationStatus | null;
  article: { slug: string; title: string | null; publishedOn: string; language: Language };
}

export interface PlaceRelationDto {
  id: number;
  type: RelationType;
  status: RelationStatus | null;
  a: RelationPlaceDto;
  b: RelationPlaceDto;
  evidenceCount: number;
  evidence: RelationEvidenceDto[];
}

export interface RelationFilter {
  type?: RelationType;
  status?: RelationStatus;
  /** Relations involving this place. */
  placeKey?: string;
  /** Relations with evidence in this article. */
  articleSlug?: string;
}

const placeSelect = { key: true, type: true, nameKk: true, nameRu: true, nameEn: true, lat: true, lon: true } as const;

function whereOf(filter: RelationFilter) {
  return {
    type: filter.type,
    status: filter.status,
    OR: filter.placeKey ? [{ a: { key: filter.placeKey } }, { b: { key: filter.placeKey } }] : undefined,
    evidence: filter.articleSlug ? { some: { article: { slug: filter.articleSlug } } } : undefined,
  };
}

export async function countPlaceRelations(filter: RelationFilter = {}): Promise<number> {
  return db.placeRelation.count({ where: whereOf(filter) });
}

export interface RelationPage {
  /** At most this many relations (a page), the best-attested first. */
  limit: number;
  offset?: number;
  /** Evidence sentences per relation, newest first. */
  evidenceLimit?: number;
}

/** Place relations with their evidence trail, the best-attested first, a page at a time. */
export async function listPlaceRelations(
  locale: AppLocale,
  filter: RelationFilter = {},
  { limit, offset = 0, evidenceLimit = 5 }: RelationPage = { limit: 50 },
): Promise<PlaceRelationDto[]> {
  const rows = await db.placeRelation.findMany({
    where: whereOf(filter),
    orderBy: [{ evidence: { _count: 'desc' } }, { id: 'asc' }],
    take: limit,
    skip: offset,
    select: {
      id: true,
      type: true,
      status: true,
      a: { select: placeSelect },
      b: { select: placeSelect },
      _count: { select: { evidence: true } },
      evidence: {
        orderBy: [{ article: { publishedOn: 'desc' } }, { id: 'desc' }],
        take: evidenceLimit,
        select: {
          sentence: true,
          status: true,
          article: { select: { slug: true, title: true, publishedOn: true, language: true } },
        },
      },
    },
  });
  const place = (p: (typeof rows)[number]['a']): RelationPlaceDto => ({
    key: p.key,
    type: p.type as EntityType,
    name: nameIn(locale, p),
    lat: p.lat,
    lon: p.lon,
  });
  return rows.map((row) => ({
      id: row.id,
      type: row.type as RelationType,
      status: row.status as RelationStatus | null,
      a: place(row.a),
      b: place(row.b),
      evidenceCount: row._count.evidence,
      evidence: row.evidence.map((e) => ({
        sentence: e.sentence,
        status: e.status as RelationStatus | null,
        article: { ...e.article, language: e.article.language as Language },
      })),
  }));
}
