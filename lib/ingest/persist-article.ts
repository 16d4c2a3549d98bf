import type { DocumentExtraction } from '@/lib/extract/extract-document';
import type { EntityRef } from '@/lib/extract/types';
import { articleTerms } from '@/lib/extract/search-terms';
import { valueBounds } from '@/lib/extract/temporal';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export interface ArticleIdentity {
  sourcePath: string;
  slug: string;
  contentHash: string;
  sourceName: string;
}

/**
 * Writes one article and everything derived from it in a single transaction, replacing what an
 * earlier version of the same file produced. A failure leaves the database as it was.
 */
export async function persistArticle(
  db: PrismaClient,
  identity: ArticleIdentity,
  extraction: DocumentExtraction,
): Promise<'created' | 'replaced'> {
  return db.$transaction(
    async (tx) => {
      const previous = await tx.article.findUnique({
        where: { sourcePath: identity.sourcePath },
        select: { id: true, relationEvidence: { select: { relationId: true } } },
      });
      const touchedRelations = new Set(previous?.relationEvidence.map((e) => e.relationId));
      if (previous) await tx.article.delete({ where: { id: previous.id } });

      const source = await tx.source.upsert({
        where: { name: identity.sourceName },
        create: { name: identity.sourceName },
        update: {},
        select: { id: true },
      });
      const { article: doc } = extraction;
      const article = await tx.article.create({
        data: {
          slug: await freeSlug(tx, identity.slug),
          sourcePath: identity.sourcePath,
          contentHash: identity.contentHash,
          title: doc.title,
          publishedOn: doc.publishedAt,
          language: doc.language,
          credit: doc.credit,
          body: doc.body,
          sourceId: source.id,
        },
        select: { id: true },
      });

      const entityIds = await resolveEntityIds(tx, extraction);
      const idOf = (key: string) => {
        const id = entityIds.get(key);
        if (id === undefined) throw new Error(`entity "${key}" is used but was never mentioned`);
        return id;
      };

      await tx.mention.createMany({
        data: extraction.mentions.map((m) => ({
          articleId: article.id,
          entityId: idOf(m.entity.key),
          start: m.start,
          end: m.end,
          text: m.text,
        })),
      });
      await tx.articleTerm.createMany({
        data: articleTerms(`${doc.title ?? ''}\n${doc.body}`).map((term) => ({ term, articleId: article.id })),
      });
      await tx.temporalExpression.createMany({
        data: extraction.temporal.map((t) => ({ articleId: article.id, start: t.start, end: t.end, text: t.text, value: t.value })),
      });
      for (const event of extraction.events) {
        const bounds = event.value ? valueBounds(event.value) : null;
        await tx.event.create({
          data: {
            articleId: article.id,
            type: event.type,
            value: event.value,
            startsOn: bounds?.start ?? null,
            endsOn: bounds?.end ?? null,
            status: event.status,
            evidence: event.evidence,
            evidenceStart: event.evidenceStart,
            evidenceEnd: event.evidenceEnd,
            entities: { create: [...new Set(event.entities)].map((key) => ({ entityId: idOf(key) })) },
          },
        });
      }
      for (const relation of extraction.relations) {
        const aId = idOf(relation.a);
        const bId = idOf(relation.b);
        const stored = await tx.placeRelation.upsert({
          where: { aId_bId_type: { aId, bId, type: relation.type } },
          create: { aId, bId, type: relation.type },
          update: {},
          select: { id: true },
        });
        touchedRelations.add(stored.id);
        await tx.relationEvidence.create({
          data: {
            relationId: stored.id,
            articleId: article.id,
            status: relation.status,
            sentence: relation.evidence,
            start: relation.evidenceStart,
            end: relation.evidenceEnd,
          },
        });
      }

      if (previous) await removeOrphans(tx);
      await refreshRelationStatuses(tx, [...touchedRelations]);
      return previous ? 'replaced' : 'created';
    },
    { timeout: 30_000 },
  );
}

/** Known entities come from the gazetteer; candidates are created on first sight and shared after. */
async function resolveEntityIds(tx: Tx, extraction: DocumentExtraction): Promise<Map<string, number>> {
  const refs = new Map<string, EntityRef>();
  for (const mention of extraction.mentions) refs.set(mention.entity.key, mention.entity);
  const existing = await tx.entity.findMany({ where: { key: { in: [...refs.keys()] } }, select: { id: true, key: true } });
  const ids = new Map(existing.map((e) => [e.key, e.id]));
  for (const ref of refs.values()) {
    if (ids.has(ref.key)) continue;
    if (ref.known) throw new Error(`gazetteer entity "${ref.key}" is missing from the database`);
    const created = await tx.entity.create({
      data: { key: ref.key, type: ref.type, known: false, nameKk: ref.names.kk, nameRu: ref.names.ru, nameEn: ref.names.en },
      select: { id: true },
    });
    ids.set(ref.key, created.id);
  }
  return ids;
}

async function freeSlug(tx: Tx, wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await tx.article.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
  }
}

/** After a replacement: relations left without evidence and candidates left without mentions go. */
async function removeOrphans(tx: Tx): Promise<void> {
  await tx.placeRelation.deleteMany({ where: { evidence: { none: {} } } });
  await tx.entity.deleteMany({ where: { known: false, mentions: { none: {} } } });
}

/** A relation's status is the one its most recently published evidence states. */
async function refreshRelationStatuses(tx: Tx, relationIds: number[]): Promise<void> {
  if (relationIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE PlaceRelation SET status = (
      SELECT e.status FROM RelationEvidence e JOIN Article a ON a.id = e.articleId
      WHERE e.relationId = PlaceRelation.id AND e.status IS NOT NULL
      ORDER BY a.publishedOn DESC, e.id DESC LIMIT 1
    )
    WHERE id IN (${Prisma.join(relationIds)})`;
}
