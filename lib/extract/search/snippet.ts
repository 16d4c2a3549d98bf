import { mergeRanges, type TextRange } from './find-hits';

export interface Snippet {
  /** Text around the first hit, cut at word boundaries within its paragraph. */
  text: string;
  /** Highlighted ranges within `text`. */
  hits: TextRange[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export const SNIPPET_RADIUS = 110;

/** The passage around the first hit, with every hit inside it marked; null when there is no hit. */
export function buildSnippet(body: string, ranges: readonly TextRange[], radius = SNIPPET_RADIUS): Snippet | null {
  const sorted = mergeRanges(ranges);
  const first = sorted[0];
  if (!first) return null;
  const paragraphStart = body.lastIndexOf('\n', first[0]) + 1;
  const newline = body.indexOf('\n', first[1]);
  const paragraphEnd = newline === -1 ? body.length : newline;
  let from = Math.max(first[0] - radius, paragraphStart);
  let to = Math.min(first[1] + radius, paragraphEnd);
  // Cut at spaces, never inside a word (nor before the hit starts or after it ends).
  if (from > paragraphStart) {
    const space = body.indexOf(' ', from);
    from = space !== -1 && space < first[0] ? space + 1 : first[0];
  }
  if (to < paragraphEnd) {
    const space = body.lastIndexOf(' ', to);
    to = space > first[1] ? space : first[1];
  }
  const hits = sorted.filter(([start, end]) => start >= from && end <= to).map(([start, end]): TextRange => [start - from, end - from]);
  return { text: body.slice(from, to), hits, clippedStart: from > 0, clippedEnd: to < body.length };
}

export const LEAD_LENGTH = 220;

/** The opening of a text, cut at a space, for a list that has no hits to show. */
export function leadOf(body: string, length = LEAD_LENGTH): { text: string; clipped: boolean } {
  const paragraph = body.split('\n', 1)[0] ?? '';
  if (paragraph.length <= length && paragraph.length === body.length) return { text: paragraph, clipped: false };
  if (paragraph.length <= length) return { text: paragraph, clipped: true };
  const space = paragraph.lastIndexOf(' ', length);
  return { text: paragraph.slice(0, space > length / 2 ? space : length), clipped: true };
}
