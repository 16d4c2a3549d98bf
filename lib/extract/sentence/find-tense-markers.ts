import type { Token } from '../tokenize';
import type { Language, Mention, Sentence } from '../types';
import { overlapsMention } from './overlaps-mention';
import { findPhrases } from './phrase-matcher';
import { TENSE_MARKERS, type TenseKind } from './tense-markers';

export interface TenseMarker {
  kind: TenseKind;
  start: number;
  end: number;
}

const SENTENCE_OR_CLAUSE_END = /^[\s»"”’)\]]*(?:[.;!?…]|$)/u;

/** Tense markers of a sentence, outside names (a «-бек» surname is no verb). */
export function findTenseMarkers(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  normals: readonly string[],
  mentions: readonly Mention[],
  language: Language,
): TenseMarker[] {
  const markers: TenseMarker[] = [];
  for (const match of findPhrases(text, tokens, normals, TENSE_MARKERS[language])) {
    if (overlapsMention(match, mentions)) continue;
    if (match.value.clauseFinalOnly && !SENTENCE_OR_CLAUSE_END.test(text.slice(match.end, sentence.end))) continue;
    markers.push({ kind: match.value.kind, start: match.start, end: match.end });
  }
  return markers;
}
