import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, EvidencePlace, Language, LocalizedNames, RelationStatus, RelationType } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
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

function whereOf(filter: RelationFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`1`];
  if (filter.type) conditions.push(Prisma.sql`r."type" = ${filter.type}`);
  if (filter.status) conditions.push(Prisma.sql`r."status" = ${filter.status}`);
  if (filter.placeKey) {
    const place = Prisma.sql`(SELECT "id" FROM "Entity" WHERE "key" = ${filter.placeKey})`;
    conditions.push(Prisma.sql`(r."aId" = ${place} OR r."bId" = ${place})`);
  }
  if (filter.articleSlug) {
    conditions.push(Prisma.sql`r."id" IN (SELECT "relationId" FROM "RelationEvidence"
      WHERE "articleId" = (SELECT "id" FROM "Article" WHERE "slug" = ${filter.articleSlug}))`);
  }
  return Prisma.join(conditions, ' AND ');
}

export async function countPlaceRelations(filter: RelationFilter = {}): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "PlaceRelation" r WHERE ${whereOf(filter)}`;
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
  evidenceIn: string;
  status: string | null;
  slug: string;
  title: string | null;
  publishedOn: string;
  language: string;
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
  const page = await db.$queryRaw<{ id: number }[]>`
    SELECT r."id" FROM "PlaceRelation" r WHERE ${whereOf(filter)}
    ORDER BY r."evidenceCount" DESC, r."id" ASC LIMIT ${limit} OFFSET ${offset}`;
  const ids = page.map((row) => row.id);
  if (ids.length === 0) return [];
  const [rows, evidence] = await Promise.all([
    db.placeRelation.findMany({
      where: { id: { in: ids } },
      select: { id: true, type: true, status: true, evidenceCount: true, a: { select: placeSelect }, b: { select: placeSelect } },
    }),
    evidenceLimit > 0
      ? db.$queryRaw<EvidenceRow[]>`
          SELECT e."relationId", e."sentence", e."evidenceIn", e."status", a."slug", a."title", a."publishedOn", a."language"
          FROM "PlaceRelation" r
          JOIN "RelationEvidence" e ON e."id" IN (
            SELECT x."id" FROM "RelationEvidence" x WHERE x."relationId" = r."id"
            ORDER BY x."publishedOn" DESC, x."id" DESC LIMIT ${evidenceLimit})
          JOIN "Article" a ON a."id" = e."articleId"
          WHERE r."id" IN (${Prisma.join(ids)})
          ORDER BY e."relationId", e."publishedOn" DESC, e."id" DESC`
      : Promise.resolve([] as EvidenceRow[]),
  ]);
  const place = (p: (typeof rows)[number]['a']): RelationPlaceDto => ({
    key: p.key,
    type: p.type as EntityType,
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
        type: row.type as RelationType,
        status: row.status as RelationStatus | null,
        a: place(row.a),
        b: place(row.b),
        evidenceCount: row.evidenceCount,
        evidence: evidence
          .filter((e) => e.relationId === id)
          .map((e) => ({
            sentence: e.sentence,
            evidenceIn: e.evidenceIn as EvidencePlace,
            status: e.status as RelationStatus | null,
            article: { slug: e.slug, title: e.title, publishedOn: e.publishedOn, language: e.language as Language },
          })),
      },
    ];
  });
}
