import type { DocumentError } from '@/lib/extract/parse-document';
import type { ExtractionResult } from '@/lib/extract/extract-document';
import { isValidValue } from '@/lib/extract/temporal';
import type { ExtractedEvent, Mention, PlaceRelation, Span, TemporalExpression } from '@/lib/extract/types';

/**
 * What must hold of any extraction, whatever the input: a rejection names the file, a line of it
 * and a reason; an accepted document's spans all lie in its body and cover the text they claim,
 * and every date value is valid ISO 8601. Returns the violations found (none when all is well).
 */
export function extractionViolations(result: ExtractionResult, file: string, lineCount: number): string[] {
  if (!result.ok) return rejectionViolations(result.error, file, lineCount);
  const { article, mentions, temporal, events, relations } = result.extraction;
  const problems: string[] = [];
  if (article.body.length === 0) problems.push('accepted with an empty body');
  if (!isValidValue(article.publishedAt) || !/^\d{4}-\d{2}-\d{2}$/.test(article.publishedAt)) problems.push(`bad publication date ${article.publishedAt}`);
  if (article.title !== null && /[\r\n]/.test(article.title)) problems.push('title spans lines');
  const title = { text: article.title ?? '', mentions: result.extraction.titleMentions };
  problems.push(...spanViolations(article.body, mentions, temporal, events, relations, title));
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
 * Offsets and values of everything found in `body`, checked against it; evidence that stands in
 * the title line (`evidenceIn: 'title'`) is checked against the title, whose mentions count too.
 */
export function spanViolations(
  body: string,
  mentions: readonly Mention[],
  temporal: readonly TemporalExpression[],
  events: readonly ExtractedEvent[],
  relations: readonly PlaceRelation[],
  title: { text: string; mentions: readonly Mention[] } = { text: '', mentions: [] },
): string[] {
  const problems: string[] = [];
  const checkSpan = (kind: string, span: Span, inTitle = false) => {
    const { start, end, text } = span;
    const source = inTitle ? title.text : body;
    const where = inTitle ? 'title' : 'body';
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > source.length) {
      problems.push(`${kind} [${start}, ${end}) outside the ${where} of ${source.length}`);
    } else if (source.slice(start, end) !== text) {
      problems.push(`${kind} [${start}, ${end}) covers «${source.slice(start, end)}», not «${text}»`);
    }
  };
  for (const mention of mentions) checkSpan(`mention of ${mention.entity.key}`, mention);
  for (const expression of temporal) {
    checkSpan('date', expression);
    if (!isValidValue(expression.value)) problems.push(`date value ${expression.value} is not valid ISO 8601`);
  }
  const mentioned = new Set([...mentions, ...title.mentions].map((mention) => mention.entity.key));
  for (const event of events) {
    const evidence = { text: event.evidence, start: event.evidenceStart, end: event.evidenceEnd };
    checkSpan(`${event.type} evidence`, evidence, event.evidenceIn === 'title');
    if (event.value !== null && !isValidValue(event.value)) problems.push(`event value ${event.value} is not valid ISO 8601`);
    for (const key of event.entities) if (!mentioned.has(key)) problems.push(`event entity ${key} is never mentioned`);
  }
  for (const relation of relations) {
    const evidence = { text: relation.evidence, start: relation.evidenceStart, end: relation.evidenceEnd };
    checkSpan(`${relation.type} evidence`, evidence, relation.evidenceIn === 'title');
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
