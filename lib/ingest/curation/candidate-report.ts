import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { EntityType } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db';
import type { CandidateRef } from './plans';
import { suggestMerges } from './suggest-merges';

export interface CandidateReportRow extends CandidateRef {
  mentions: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Up to two sentences that name the candidate. */
  examples: string[];
  /** Known entities it may be another spelling of. */
  suggestions: string[];
}

const REPORT_LIMIT = 100;
const EXAMPLE_MAX_LENGTH = 200;

/** The sentence around a span of a text: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf('\n', start - 1), ...['. ', '! ', '? '].map((mark) => {
    const at = text.lastIndexOf(mark, start - 1);
    return at === -1 ? -1 : at + 1;
  }));
  const afterCandidates = ['\n', '. ', '! ', '? '].map((mark) => text.indexOf(mark, end)).filter((at) => at !== -1);
  const after = afterCandidates.length > 0 ? Math.min(...afterCandidates) + 1 : text.length;
  const sentence = text.slice(before + 1, after).trim();
  return sentence.length > EXAMPLE_MAX_LENGTH ? `${sentence.slice(0, EXAMPLE_MAX_LENGTH - 1)}…` : sentence;
}

/** One stored candidate entity, or null (a known entity, or no such key). */
export async function findCandidate(db: Database, key: string): Promise<(CandidateRef & { id: number }) | null> {
  const row = await db.entity.findUnique({ where: { key }, select: { id: true, key: true, type: true, known: true, nameKk: true, nameRu: true, nameEn: true } });
  if (!row || row.known) return null;
  return { id: row.id, key: row.key, type: row.type as EntityType, names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } };
}

/** Candidates most mentioned first, with their counts, period, examples and suggested merges; rejected ones are left out. */
export async function listCandidateReport(
  db: Database,
  gazetteer: Gazetteer,
  { type, minMentions = 1, rejected }: { type?: EntityType; minMentions?: number; rejected: ReadonlySet<string> },
): Promise<CandidateReportRow[]> {
  const rows = await db.entity.findMany({
    where: { known: false, mentionCount: { gte: minMentions }, ...(type ? { type } : {}), ...(rejected.size ? { key: { notIn: [...rejected] } } : {}) },
    orderBy: [{ mentionCount: 'desc' }, { key: 'asc' }],
    take: REPORT_LIMIT,
    select: { id: true, key: true, type: true, nameKk: true, nameRu: true, nameEn: true, mentionCount: true, articleCount: true },
  });
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [periods, examples] = await Promise.all([
    db.$queryRaw<{ entityId: number; first: string; last: string }[]>`
      SELECT m."entityId", MIN(a."publishedOn") AS "first", MAX(a."publishedOn") AS "last"
      FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId" WHERE m."entityId" IN (${Prisma.join(ids)}) GROUP BY m."entityId"`,
    db.$queryRaw<{ entityId: number; inTitle: number | boolean; start: number; end: number; body: string; title: string | null }[]>`
      SELECT * FROM (
        SELECT m."entityId", m."inTitle", m."start", m."end", a."body", a."title",
               ROW_NUMBER() OVER (PARTITION BY m."entityId" ORDER BY a."publishedOn" DESC, m."id") AS "position"
        FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId" WHERE m."entityId" IN (${Prisma.join(ids)})
      ) WHERE "position" <= 2`,
  ]);
  const periodOf = new Map(periods.map((period) => [Number(period.entityId), period]));
  const examplesOf = new Map<number, string[]>();
  for (const example of examples) {
    const text = example.inTitle ? (example.title ?? '') : example.body;
    const id = Number(example.entityId);
    examplesOf.set(id, [...(examplesOf.get(id) ?? []), sentenceAround(text, Number(example.start), Number(example.end))]);
  }
  return rows.map((row) => {
    const candidate: CandidateRef = { key: row.key, type: row.type as EntityType, names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } };
    return {
      ...candidate,
      mentions: row.mentionCount,
      articles: row.articleCount,
      firstSeen: periodOf.get(row.id)?.first ?? null,
      lastSeen: periodOf.get(row.id)?.last ?? null,
      examples: examplesOf.get(row.id) ?? [],
      suggestions: suggestMerges(candidate, gazetteer),
    };
  });
}

/** Stored articles to read again after a change: those that mention the candidate, and those whose text holds a changed name. */
export async function affectedArticles(db: Database, candidateId: number, names: readonly string[]): Promise<string[]> {
  const forms = [...new Set(names.filter((name) => name.trim().length >= 3))];
  const rows = await db.$queryRaw<{ sourcePath: string }[]>`
    SELECT DISTINCT a."sourcePath" FROM "Article" a
    WHERE a."id" IN (SELECT m."articleId" FROM "Mention" m WHERE m."entityId" = ${candidateId})
    ${forms.length ? Prisma.sql`OR ${Prisma.join(forms.map((form) => Prisma.sql`instr(a."body", ${form}) > 0 OR instr(coalesce(a."title", ''), ${form}) > 0`), ' OR ')}` : Prisma.empty}
    ORDER BY a."sourcePath"`;
  return rows.map((row) => row.sourcePath);
}
