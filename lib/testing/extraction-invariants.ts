import type { DocumentError } from '@/lib/extract/parse-document';
import type { ExtractionResult } from '@/lib/extract/extract-document';
import { isValidValue } from '@/lib/extract/temporal';
import type { EvidencePlace, ExtractedEvent, Mention, PlaceRelation, Span, TemporalExpression } from '@/lib/extract/types';

/**
 * What must hold of any extraction, whatever the input: a rejection names the file, a line of it
 * and a reason; an accepted document's spans all lie in its body and cover the text they claim,
 * and every date value is valid ISO 8601. Returns the violations found (none when all is well).
 */
export function extractionViolations(result: ExtractionResult, file: string, lineCount: number): string[] {
  if (!result.ok) return rejectionViolations(result.error, file, lineCount);
  const { article, mentions, titleMentions, temporal, events, relations } = result.extraction;
  const problems: string[] = [];
  if (article.body.length === 0) problems.push('accepted with an empty body');
  if (!isValidValue(article.publishedAt) || !/^\d{4}-\d{2}-\d{2}$/.test(article.publishedAt)) problems.push(`bad publication date ${article.publishedAt}`);
  if (article.title !== null && /[\r\n]/.test(article.title)) problems.push('title spans lines');
  problems.push(...spanViolations(article.body, mentions, temporal, events, relations, { title: article.title ?? '', mentions: titleMentions }));
  return problems;
}

/** With the `u` flag a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function rejectionViolations(error: DocumentError, file: string, lineCount: number): string[] {
  const problems: string[] = [];
  if (error.file !== file) problems.push(`rejection names file ${error.file}, not ${file}`);
  if (!Number.isInteger(error.line) || error.line < 1 || error.line > lineCount) problems.push(`rejection line ${error.line} outside 1..${lineCount}`);
  if (error.reason.trim() === '') problems.push('rejection without a reason');
  if (LONE_SURROGATE.test(error.reason)) problems.push('rejection reason holds half a character');
  if (error.message !== `${file}:${error.line}: ${error.reason}`) problems.push(`rejection message «${error.message}»`);
  return problems;
}

/**
 * Offsets and values of everything found in `body`, checked against it; the title's mentions, and
 * the evidence of an event or relation told in the title line (`evidenceIn: 'title'`), are checked
 * against the title.
 */
export function spanViolations(
  body: string,
  mentions: readonly Mention[],
  temporal: readonly TemporalExpression[],
  events: readonly ExtractedEvent[],
  relations: readonly PlaceRelation[],
  { title, mentions: titleMentions }: { title: string; mentions: readonly Mention[] } = { title: '', mentions: [] },
): string[] {
  const problems: string[] = [];
  const checkSpan = (kind: string, span: Span, source: EvidencePlace = 'body') => {
    const { start, end, text } = span;
    const within = source === 'title' ? title : body;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > within.length) {
      problems.push(`${kind} [${start}, ${end}) outside the ${source} of ${within.length}`);
    } else if (within.slice(start, end) !== text) {
      problems.push(`${kind} [${start}, ${end}) covers «${within.slice(start, end)}», not «${text}»`);
    }
  };
  for (const mention of mentions) checkSpan(`mention of ${mention.entity.key}`, mention);
  for (const mention of titleMentions) checkSpan(`title mention of ${mention.entity.key}`, mention, 'title');
  for (const expression of temporal) {
    checkSpan('date', expression);
    if (!isValidValue(expression.value)) problems.push(`date value ${expression.value} is not valid ISO 8601`);
  }
  const mentioned = new Set([...mentions, ...titleMentions].map((mention) => mention.entity.key));
  for (const event of events) {
    checkSpan(`${event.type} evidence`, { text: event.evidence, start: event.evidenceStart, end: event.evidenceEnd }, event.evidenceIn);
    if (event.value !== null && !isValidValue(event.value)) problems.push(`event value ${event.value} is not valid ISO 8601`);
    for (const key of event.entities) if (!mentioned.has(key)) problems.push(`event entity ${key} is never mentioned`);
  }
  for (const relation of relations) {
    checkSpan(`${relation.type} evidence`, { text: relation.evidence, start: relation.evidenceStart, end: relation.evidenceEnd }, relation.evidenceIn);
    if (!(relation.a < relation.b)) problems.push(`relation ${relation.a}–${relation.b} is not ordered`);
    for (const key of [relation.a, relation.b]) if (!mentioned.has(key)) problems.push(`relation place ${key} is never mentioned`);
  }
  return problems;
}

/** Lines of a file as the parser counts them: LF, CRLF and CR each end one. */
export function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
  }
  return lines;
}
