import type { Language, Mention, Sentence, TemporalExpression } from '../types';

/** What event and relation extraction read: one document's text and what earlier steps found in it. */
export interface ExtractionContext {
  body: string;
  language: Language;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt: string;
  sentences: Sentence[];
  mentions: Mention[];
  temporals: TemporalExpression[];
}
