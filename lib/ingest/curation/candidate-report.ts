import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { EntityType } from '@/lib/extract/types';
import type { Database } from '@/lib/db';
import { dialectOf } from '@/lib/database/dialect';
import { textContains } from '@/lib/database/text-list';
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
  return { id: row.id, key: row.key, type: row.type, names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } };
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
  const k = db.$kysely;
  const [periods, examples] = await Promise.all([
    k
      .selectFrom('Mention as m')
      .innerJoin('Article as a', 'a.id', 'm.articleId')
      .select((eb) => ['m.entityId', eb.fn.min('a.publishedOn').as('first'), eb.fn.max('a.publishedOn').as('last')])
      .where('m.entityId', 'in', ids)
      .groupBy('m.entityId')
      .execute(),
    k
      .selectFrom((db) =>
        db
          .selectFrom('Mention as m')
          .innerJoin('Article as a', 'a.id', 'm.articleId')
          .select((eb) => [
            ...(['m.entityId', 'm.inTitle', 'm.start', 'm.end', 'a.body', 'a.title'] as const),
            eb.fn
              .agg<number>('row_number')
              .over((ob) => ob.partitionBy('m.entityId').orderBy('a.publishedOn', 'desc').orderBy('m.id'))
              .as('position'),
          ])
          .where('m.entityId', 'in', ids)
          .as('ranked'),
      )
      .selectAll()
      .where('position', '<=', 2)
      .execute(),
  ]);
  const periodOf = new Map(periods.map((period) => [Number(period.entityId), period]));
  const examplesOf = new Map<number, string[]>();
  for (const example of examples) {
    const text = example.inTitle ? (example.title ?? '') : example.body;
    const id = Number(example.entityId);
    examplesOf.set(id, [...(examplesOf.get(id) ?? []), sentenceAround(text, Number(example.start), Number(example.end))]);
  }
  return rows.map((row) => {
    const candidate: CandidateRef = { key: row.key, type: row.type, names: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } };
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
  const rows = await db.$kysely
    .selectFrom('Article as a')
    .select('a.sourcePath')
    .distinct()
    .where((eb) =>
      eb.or([
        eb('a.id', 'in', eb.selectFrom('Mention as m').select('m.articleId').where('m.entityId', '=', candidateId)),
        ...forms.flatMap((form) => [
          textContains(dialectOf(db.$kysely), eb.ref('a.body'), form),
          textContains(dialectOf(db.$kysely), eb.fn.coalesce('a.title', eb.val('')), form),
        ]),
      ]),
    )
    .orderBy('a.sourcePath')
    .execute();
  return rows.map((row) => row.sourcePath);
}
