import { attachmentCost, attachmentOptions, compareCosts, findClauseBreaks } from '../sentence/clause-attachment';
import { findTenseMarkers, type TenseMarker } from '../sentence/find-tense-markers';
import { normalizeTokens } from '../sentence/phrase-matcher';
import { sentenceAt, splitSentences } from '../sentence/split-sentences';
import { tokenize, type Token } from '../tokenize';
import type { Language, Sentence } from '../types';

/**
 * Whether a weekday named without last/next/this is a day to come: the verb it attaches to (the
 * tense marker of its clause nearest to it, on the side the language puts verbs, as events attach
 * theirs: sentence/clause-attachment.ts) speaks of the future («в четверг состоится», "He will hold
 * talks on Tuesday", «бейсенбіде өтеді»). A verb of saying attached to the weekday dates the report
 * ("said on Tuesday that … will"), so it is no day to come.
 */

/** Markers that can date a weekday; «-п келеді / жатыр» (ongoing) says nothing of when. */
const DATING_KINDS = new Set(['future', 'past', 'reporting', 'discussion']);

/** A capitalised word inside a sentence is a name («Ерланбек»), whatever its ending looks like. */
const CAPITALISED = /^\p{Lu}/u;

/** The sentence holding `offset`, split from its paragraph only (a line of the text). */
function sentenceAround(text: string, offset: number): Sentence | undefined {
  const paragraphStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const lineEnd = text.indexOf('\n', offset);
  const paragraphEnd = lineEnd === -1 ? text.length : lineEnd;
  const inParagraph = sentenceAt(splitSentences(text.slice(paragraphStart, paragraphEnd)), offset - paragraphStart);
  return inParagraph && { ...inParagraph, start: inParagraph.start + paragraphStart, end: inParagraph.end + paragraphStart };
}

function tokensOf(text: string, sentence: Sentence): Token[] {
  return tokenize(sentence.text).map((token) => ({ ...token, start: token.start + sentence.start, end: token.end + sentence.start }));
}

export function weekdayIsAhead(text: string, language: Language, weekday: { start: number; end: number }): boolean {
  const sentence = sentenceAround(text, weekday.start);
  if (!sentence) return false;
  const tokens = tokensOf(text, sentence);
  const normals = normalizeTokens(tokens);
  const firstWordStart = tokens[0]?.start;
  const markers = findTenseMarkers(text, sentence, tokens, normals, [], language).filter(
    (marker) => DATING_KINDS.has(marker.kind) && (marker.start === firstWordStart || !CAPITALISED.test(text.slice(marker.start, marker.end))),
  );
  if (markers.length === 0) return false;
  const breaks = findClauseBreaks(text, sentence, tokens, normals, language, new Set(markers.map((marker) => marker.end)));
  const options = attachmentOptions(language, 'tenseMarker');
  let attached: TenseMarker | undefined;
  let best: ReturnType<typeof attachmentCost> | undefined;
  for (const marker of markers) {
    const cost = attachmentCost(weekday, marker, breaks, options);
    if (!best || compareCosts(cost, best) < 0) [attached, best] = [marker, cost];
  }
  return attached?.kind === 'future';
}
