import type { Mention } from '../types';

/** The mention a span lies inside of or overlaps, if any. */
export function overlapsMention(span: { start: number; end: number }, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((mention) => mention.start < span.end && span.start < mention.end);
}
