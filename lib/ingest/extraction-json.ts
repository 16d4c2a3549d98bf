import type { DocumentExtraction } from '@/lib/extract/extract-document';
import type { Mention } from '@/lib/extract/types';

/**
 * The public JSON shape of the extract command (one object per file, JSON Lines). Documented in
 * the README; fields are listed explicitly so internal additions never leak into it.
 */
export function extractionToJson(file: string, extraction: DocumentExtraction) {
  const { article } = extraction;
  return {
    file,
    ok: true as const,
    article: {
      title: article.title,
      publishedAt: article.publishedAt,
      language: article.language,
      credit: article.credit,
      body: article.body,
    },
    mentions: extraction.mentions.map(mentionToJson),
    titleMentions: extraction.titleMentions.map(mentionToJson),
    temporal: extraction.temporal.map((t) => ({ text: t.text, start: t.start, end: t.end, value: t.value })),
    events: extraction.events.map((e) => ({
      type: e.type,
      value: e.value,
      status: e.status,
      entities: e.entities,
      roles: e.roles,
      first: e.first,
      evidence: e.evidence,
      evidenceIn: e.evidenceIn,
    })),
    relations: extraction.relations.map((r) => ({
      a: r.a,
      b: r.b,
      type: r.type,
      status: r.status,
      evidence: r.evidence,
      evidenceIn: r.evidenceIn,
    })),
  };
}

function mentionToJson(m: Mention) {
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    entity: { key: m.entity.key, type: m.entity.type, names: m.entity.names, known: m.entity.known },
  };
}

export function failureToJson(file: string, message: string) {
  return { file, ok: false as const, error: message };
}
