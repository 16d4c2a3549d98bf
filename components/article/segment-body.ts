/** A piece of an article paragraph: plain text, or the text of a mention. */
export type BodySegment<M> = { text: string; start: number; mention?: M };

export interface Paragraph<M> {
  start: number;
  segments: BodySegment<M>[];
}

/**
 * Splits a body into paragraphs (one per line) and each paragraph into plain and mentioned text,
 * by offsets. Overlapping or out-of-range spans are skipped rather than trusted.
 */
export function segmentBody<M extends { start: number; end: number }>(body: string, mentions: readonly M[]): Paragraph<M>[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: Paragraph<M>[] = [];
  let cursor = 0;
  let next = 0;
  for (const line of body.split('\n')) {
    const lineStart = cursor;
    const lineEnd = lineStart + line.length;
    const segments: BodySegment<M>[] = [];
    let position = lineStart;
    while (next < sorted.length && sorted[next]!.start < lineEnd) {
      const mention = sorted[next++]!;
      if (mention.start < position || mention.end > lineEnd || mention.end <= mention.start) continue;
      if (mention.start > position) segments.push({ text: body.slice(position, mention.start), start: position });
      segments.push({ text: body.slice(mention.start, mention.end), start: mention.start, mention });
      position = mention.end;
    }
    if (position < lineEnd) segments.push({ text: body.slice(position, lineEnd), start: position });
    if (segments.length > 0) paragraphs.push({ start: lineStart, segments });
    cursor = lineEnd + 1;
  }
  return paragraphs;
}
