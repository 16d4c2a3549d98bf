import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { newestRelationEvidence } from '@/lib/database/newest-evidence';
import { db } from '@/lib/db';
import type { EntityType, EvidencePlace, Language, LocalizedNames, RelationStatus, RelationType } from '@/lib/extract/types';
import type { Tables } from '@/lib/database/tables';
import type { SelectQueryBuilder } from 'kysely';
import { nameIn } from './localize';

export interface RelationPlaceDto {
  key: string;
  type: EntityType;
  /** In the UI locale. */
  name: string;
  names: LocalizedNames;
  lat: number | null;
  lon: number | null;
}

export interface RelationEvidenceDto {
  sentence: string;
  /** Whether the sentence is in the body or is the title line. */
  evidenceIn: EvidencePlace;
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

type RelationQuery = SelectQueryBuilder<Tables & { r: Tables['PlaceRelation'] }, 'r', object>;

/** The filter's conditions on the relations `r`. */
function filtered(query: RelationQuery, filter: RelationFilter): RelationQuery {
  let narrowed = query;
  if (filter.type) narrowed = narrowed.where('r.type', '=', filter.type);
  if (filter.status) narrowed = narrowed.where('r.status', '=', filter.status);
  if (filter.placeKey) {
    const place = db.$kysely.selectFrom('Entity').select('id').where('key', '=', filter.placeKey);
    narrowed = narrowed.where((eb) => eb.or([eb('r.aId', '=', place), eb('r.bId', '=', place)]));
  }
  if (filter.articleSlug) {
    const article = db.$kysely.selectFrom('Article').select('id').where('slug', '=', filter.articleSlug);
    narrowed = narrowed.where('r.id', 'in', db.$kysely.selectFrom('RelationEvidence').select('relationId').where('articleId', '=', article));
  }
  return narrowed;
}

export async function countPlaceRelations(filter: RelationFilter = {}): Promise<number> {
  const row = await filtered(db.$kysely.selectFrom('PlaceRelation as r'), filter)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface RelationPage {
  /** At most this many relations (a page), the best-attested first. */
  limit: number;
  offset?: number;
  /** Evidence sentences per relation, newest first. */
  evidenceLimit?: number;
}

interface EvidenceRow {
  relationId: number;
  sentence: string;
  evidenceIn: EvidencePlace;
  status: RelationStatus | null;
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
}

/**
 * Place relations with their evidence trail, the best-attested first, a page at a time. The order
 * reads the (evidenceCount DESC, id) index; each relation's newest evidence is a seek on the
 * (relationId, publishedOn DESC, id DESC) index, so neither depends on how much evidence there is.
 */
export async function listPlaceRelations(
  locale: AppLocale,
  filter: RelationFilter = {},
  { limit, offset = 0, evidenceLimit = 5 }: RelationPage = { limit: 50 },
): Promise<PlaceRelationDto[]> {
  const page = await filtered(db.$kysely.selectFrom('PlaceRelation as r'), filter)
    .select('r.id')
    .orderBy('r.evidenceCount', 'desc')
    .orderBy('r.id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
  const ids = page.map((row) => row.id);
  if (ids.length === 0) return [];
  const [rows, evidence] = await Promise.all([
    db.placeRelation.findMany({
      where: { id: { in: ids } },
      select: { id: true, type: true, status: true, evidenceCount: true, a: { select: placeSelect }, b: { select: placeSelect } },
    }),
    evidenceLimit > 0
      ? newestRelationEvidence(db.$kysely, ids, evidenceLimit)
          .execute()
      : Promise.resolve([] as EvidenceRow[]),
  ]);
  const place = (p: (typeof rows)[number]['a']): RelationPlaceDto => ({
    key: p.key,
    type: p.type,
    name: nameIn(locale, p),
    names: { kk: p.nameKk, ru: p.nameRu, en: p.nameEn },
    lat: p.lat,
    lon: p.lon,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        type: row.type,
        status: row.status,
        a: place(row.a),
        b: place(row.b),
        evidenceCount: row.evidenceCount,
        evidence: evidence
          .filter((e) => e.relationId === id)
          .map((e) => ({
            sentence: e.sentence,
            evidenceIn: e.evidenceIn,
            status: e.status,
            article: { slug: e.slug, title: e.title, publishedOn: e.publishedOn, language: e.language },
          })),
      },
    ];
  });
}
