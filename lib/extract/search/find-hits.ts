import { normalizeForMatch, tokenize } from '../tokenize';
import type { Language } from '../types';
import { lemmasOfForm } from './search-document';

/**
 * Where a query matched in an article's original text, for highlighting: each word read as the
 * index read it (the form and its lemmas), so exactly the forms that made the article match are
 * marked, however inflected.
 */
export interface HitPattern {
  /** A word is a hit when it, or one of its lemmas, is here. */
  lemmas: ReadonlySet<string>;
  /** A word is a hit when it starts with one of these. */
  prefixes: readonly string[];
  /** Phrases: a run of words, each in one of the forms of its position. */
  phrases: readonly (readonly ReadonlySet<string>[])[];
}

export type TextRange = [start: number, end: number];

export function findHits(text: string, language: Language, pattern: HitPattern): TextRange[] {
  const tokens = tokenize(text);
  const forms = tokens.map((token) => normalizeForMatch(token.text));
  const hits: TextRange[] = [];
  forms.forEach((form, index) => {
    const token = tokens[index]!;
    if (isWordHit(form, language, pattern)) hits.push([token.start, token.end]);
  });
  for (const phrase of pattern.phrases) {
    if (phrase.length === 0) continue;
    for (let start = 0; start + phrase.length <= forms.length; start++) {
      if (phrase.every((allowed, offset) => allowed.has(forms[start + offset]!))) {
        hits.push([tokens[start]!.start, tokens[start + phrase.length - 1]!.end]);
      }
    }
  }
  return mergeRanges(hits);
}

function isWordHit(form: string, language: Language, pattern: HitPattern): boolean {
  if (pattern.lemmas.has(form)) return true;
  if (pattern.prefixes.some((prefix) => form.startsWith(prefix))) return true;
  if (pattern.lemmas.size === 0) return false;
  return lemmasOfForm(form, language).some((lemma) => pattern.lemmas.has(lemma));
}

/** Ranges sorted, overlapping ones joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
