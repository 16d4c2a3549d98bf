import { sharedTokens, type Token } from '../tokenize';
import type { Mention, Sentence, TemporalExpression } from '../types';
import type { ExtractionContext } from './extraction-context';
import { normalizeTokens } from './phrase-matcher';

/** One sentence with what lies inside it: its word tokens and normal forms, mentions and dates. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  normals: string[];
  mentions: Mention[];
  temporals: TemporalExpression[];
}

/** Events and relations read the same context: its sentence views are built once. */
const VIEWS = new WeakMap<ExtractionContext, SentenceView[]>();

export function viewSentences(context: ExtractionContext): SentenceView[] {
  const cached = VIEWS.get(context);
  if (cached) return cached;
  // Mention and candidate finding tokenised this body just before: the shared tokens are reused.
  const tokens = sharedTokens(context.body);
  const normals = normalizeTokens(tokens);
  const byStart = <T extends { start: number }>(items: readonly T[]) => [...items].sort((a, b) => a.start - b.start);
  const sentences = byStart(context.sentences);
  const tokenSlices = sliceBySentence(sentences, tokens);
  const normalSlices = sliceBySentence(sentences, tokens, normals);
  const mentionSlices = sliceBySentence(sentences, byStart(context.mentions));
  const temporalSlices = sliceBySentence(sentences, byStart(context.temporals));
  const views = sentences.map((sentence, index) => ({
    sentence,
    tokens: tokenSlices[index] ?? [],
    normals: normalSlices[index] ?? [],
    mentions: mentionSlices[index] ?? [],
    temporals: temporalSlices[index] ?? [],
  }));
  VIEWS.set(context, views);
  return views;
}

/**
 * Items (sorted by start) that lie wholly inside each sentence (sorted by start), in one pass;
 * `values` gives what to collect for each item when it is not the item itself.
 */
function sliceBySentence<T extends { start: number; end: number }, V = T>(
  sentences: readonly Sentence[],
  items: readonly T[],
  values?: readonly V[],
): V[][] {
  const slices: V[][] = sentences.map(() => []);
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    while (cursor < items.length && (items[cursor]?.start ?? 0) < sentence.start) cursor += 1;
    const slice = slices[index];
    for (let at = cursor; at < items.length; at += 1) {
      const item = items[at];
      if (!item || item.start >= sentence.end) break;
      const value = values ? values[at] : (item as unknown as V);
      if (item.end <= sentence.end && value !== undefined) slice?.push(value);
    }
  });
  return slices;
}

/** The mention a span lies inside of or overlaps, if any. */
export function overlapsMention(span: { start: number; end: number }, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((mention) => mention.start < span.end && span.start < mention.end);
}
