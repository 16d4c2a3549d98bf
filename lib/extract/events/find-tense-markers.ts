import type { Language } from '../types';
import { findPhrases } from './phrase-matcher';
import { overlapsMention, type SentenceView } from './sentence-view';
import { TENSE_MARKERS, type TenseKind } from './tense-markers';

export interface TenseMarker {
  kind: TenseKind;
  start: number;
  end: number;
}

const SENTENCE_OR_CLAUSE_END = /^[\s»"”’)\]]*(?:[.;!?…]|$)/u;

/** Tense markers of a sentence, outside names (a «-бек» surname is no verb). */
export function findTenseMarkers(body: string, view: SentenceView, language: Language): TenseMarker[] {
  const markers: TenseMarker[] = [];
  for (const match of findPhrases(body, view.tokens, view.normals, TENSE_MARKERS[language])) {
    if (overlapsMention(match, view.mentions)) continue;
    if (match.value.clauseFinalOnly && !SENTENCE_OR_CLAUSE_END.test(body.slice(match.end, view.sentence.end))) continue;
    markers.push({ kind: match.value.kind, start: match.start, end: match.end });
  }
  return markers;
}
