import { firstIndex } from '../first-index';
import { attachmentCost, attachmentOptions, compareCosts, findClauseBreaks, type ClauseBreak } from '../sentence/clause-attachment';
import { findTenseMarkers, type TenseMarker } from '../sentence/find-tense-markers';
import { normalizeTokens } from '../sentence/phrase-matcher';
import { splitSentences } from '../sentence/split-sentences';
import { tokenize, type Token } from '../tokenize';
import type { Language, Sentence } from '../types';

/**
 * Whether a weekday named without last/next/this is a day to come: the verb it attaches to (the
 * tense marker of its clause nearest to it, on the side the language puts verbs, as events attach
 * theirs: sentence/clause-attachment.ts) speaks of the future («в четверг состоится», "He will hold
 * talks on Tuesday", «бейсенбіде өтеді»). A verb of saying attached to the weekday dates the report
 * ("said on Tuesday that … will"), so it is no day to come.
 *
 * Only the paragraphs and sentences that hold such a weekday are analysed, each once.
 */

interface Span {
  start: number;
  end: number;
}

/** Markers that can date a weekday; «-п келеді / жатыр» (ongoing) says nothing of when. */
const DATING_KINDS = new Set(['future', 'past', 'reporting', 'discussion']);

/** A capitalised word inside a sentence is a name («Ерланбек»), whatever its ending looks like. */
const CAPITALISED = /^\p{Lu}/u;

interface AnalysedSentence {
  sentence: Sentence;
  /** Dating markers in text order. */
  markers: TenseMarker[];
  breaks: ClauseBreak[];
}

function analyseSentence(text: string, language: Language, sentence: Sentence): AnalysedSentence {
  const tokens: Token[] = tokenize(sentence.text).map((token) => ({
    ...token,
    start: token.start + sentence.start,
    end: token.end + sentence.start,
  }));
  const normals = normalizeTokens(tokens);
  const firstWordStart = tokens[0]?.start;
  const markers = findTenseMarkers(text, sentence, tokens, normals, [], language).filter(
    (marker) => DATING_KINDS.has(marker.kind) && (marker.start === firstWordStart || !CAPITALISED.test(text.slice(marker.start, marker.end))),
  );
  const breaks = findClauseBreaks(text, sentence, tokens, normals, language, new Set(markers.map((marker) => marker.end)));
  return { sentence, markers, breaks };
}

/**
 * The marker a span attaches to. Farther markers on one side cross at least as many breaks and
 * stand farther, so only the nearest marker on each side (or one overlapping the span) can win.
 */
function attachedMarker(language: Language, { markers, breaks }: AnalysedSentence, span: Span): TenseMarker | undefined {
  const after = firstIndex(markers, (marker) => marker.end > span.start);
  const nearest = [markers[after - 1], markers[after]].filter((marker): marker is TenseMarker => marker !== undefined);
  const options = attachmentOptions(language, 'tenseMarker');
  let best: { marker: TenseMarker; cost: ReturnType<typeof attachmentCost> } | undefined;
  for (const marker of nearest) {
    const cost = attachmentCost(span, marker, breaks, options);
    if (!best || compareCosts(cost, best.cost) < 0) best = { marker, cost };
  }
  return best?.marker;
}

/**
 * For each weekday span (sorted by start, not overlapping), whether it names a day to come.
 * Paragraphs (lines) are found by sweeping forward, so the text is read about once.
 */
export function weekdaysAhead(text: string, language: Language, spans: readonly Span[]): boolean[] {
  let paragraphEnd = -1;
  let paragraphStart = 0;
  let sentences: Sentence[] = [];
  let sentenceIndex = 0;
  let analysed: AnalysedSentence | undefined;
  return spans.map((span) => {
    if (span.start >= paragraphEnd) {
      paragraphStart = text.lastIndexOf('\n', span.start - 1) + 1;
      const lineEnd = text.indexOf('\n', span.start);
      paragraphEnd = lineEnd === -1 ? text.length : lineEnd;
      sentences = splitSentences(text.slice(paragraphStart, paragraphEnd)).map((sentence) => ({
        ...sentence,
        start: sentence.start + paragraphStart,
        end: sentence.end + paragraphStart,
      }));
      sentenceIndex = 0;
      analysed = undefined;
    }
    while ((sentences[sentenceIndex]?.end ?? Infinity) <= span.start) sentenceIndex += 1;
    const sentence = sentences[sentenceIndex];
    if (!sentence || sentence.start > span.start) return false;
    if (analysed?.sentence !== sentence) analysed = analyseSentence(text, language, sentence);
    return attachedMarker(language, analysed, span)?.kind === 'future';
  });
}
