import type { Language } from '../types';
import { findClauseBreaks, type ClauseBreak } from './clause-attachment';
import { findTenseMarkers, type TenseMarker } from './find-tense-markers';
import type { SentenceView } from './sentence-view';

/** The tense markers and clause breaks of a sentence, computed once for events and relations alike. */
export interface SentenceClauses {
  markers: TenseMarker[];
  breaks: ClauseBreak[];
}

const CLAUSES = new WeakMap<SentenceView, SentenceClauses>();

export function analyseClauses(body: string, view: SentenceView, language: Language): SentenceClauses {
  const cached = CLAUSES.get(view);
  if (cached) return cached;
  const markers = findTenseMarkers(body, view, language);
  const finiteVerbEnds = new Set(markers.map((marker) => marker.end));
  const breaks = findClauseBreaks(body, view.sentence, view.tokens, view.normals, language, finiteVerbEnds);
  const clauses = { markers, breaks };
  CLAUSES.set(view, clauses);
  return clauses;
}
