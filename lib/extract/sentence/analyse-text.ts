import type { Token } from '../tokenize';
import type { EvidencePlace, Language, Mention, Sentence, TemporalExpression } from '../types';
import { findClauseBreaks, type ClauseBreak } from './clause-attachment';
import { findTenseMarkers, type TenseMarker } from './find-tense-markers';
import { normalizeTokens } from './phrase-matcher';
import { splitSentences } from './split-sentences';

/**
 * One sentence and what lies inside it: its word tokens and their normal forms, the mentions and
 * dates found in it, its tense markers and its clause breaks. Offsets index the analysed text.
 */
export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  normals: string[];
  mentions: Mention[];
  temporals: TemporalExpression[];
  markers: TenseMarker[];
  breaks: ClauseBreak[];
}

/** A text of the document (its title line or its body) cut into analysed sentences. */
export interface TextAnalysis {
  place: EvidencePlace;
  text: string;
  sentences: SentenceAnalysis[];
}

/** What event and relation extraction read: the title (when there is one) first, then the body. */
export interface DocumentAnalysis {
  language: Language;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt: string;
  texts: TextAnalysis[];
}

export interface TextToAnalyse {
  place: EvidencePlace;
  text: string;
  /** The tokens of `text`, as tokenised for mention finding. */
  tokens: readonly Token[];
  mentions: readonly Mention[];
  temporals: readonly TemporalExpression[];
}

/**
 * Analyses a text once for every reader: sentences are split, tokens, mentions and dates are
 * dealt to the sentence holding them, and each sentence's tense markers and clause breaks found.
 * A title is one sentence: headlines rarely end in a full stop.
 */
export function analyseText(input: TextToAnalyse, language: Language): TextAnalysis {
  const { text, place } = input;
  const sentences = place === 'title' ? wholeText(text) : splitSentences(text);
  const normals = normalizeTokens(input.tokens);
  const tokenSlices = sliceBySentence(sentences, input.tokens);
  const normalSlices = sliceBySentence(sentences, input.tokens, normals);
  const mentionSlices = sliceBySentence(sentences, byStart(input.mentions));
  const temporalSlices = sliceBySentence(sentences, byStart(input.temporals));
  return {
    place,
    text,
    sentences: sentences.map((sentence, index) => {
      const tokens = tokenSlices[index] ?? [];
      const sentenceNormals = normalSlices[index] ?? [];
      const mentions = mentionSlices[index] ?? [];
      const markers = findTenseMarkers(text, sentence, tokens, sentenceNormals, mentions, language);
      const finiteVerbEnds = new Set(markers.map((marker) => marker.end));
      const breaks = findClauseBreaks(text, sentence, tokens, sentenceNormals, language, finiteVerbEnds);
      return { sentence, tokens, normals: sentenceNormals, mentions, temporals: temporalSlices[index] ?? [], markers, breaks };
    }),
  };
}

function wholeText(text: string): Sentence[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ text: text.slice(start, end), start, end }] : [];
}

function byStart<T extends { start: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start);
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
