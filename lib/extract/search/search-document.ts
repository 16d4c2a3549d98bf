import { normalizeForMatch, tokenize } from '../tokenize';
import type { Language } from '../types';
import { indexLemmasOf } from './word-lemmas';

/**
 * What the full-text index holds of an article, as space-separated tokens the index's tokenizer
 * keeps whole (letters, marks, digits, inner hyphens and apostrophes):
 *
 * - `title`, `body`: every word in its normalised form, one token per word, in order, so that
 *   phrases are adjacent tokens;
 * - `titleLemmas`, `bodyLemmas`: the other lemmas each word may stand for (Алматыдан → алматы;
 *   Шанхае → шанхай; cities → city), and the parts of a hyphenated word with theirs
 *   (Алматы-Шанхай → алматы, шанхай), so a query meets every inflected form on a shared lemma;
 * - `lexicon`: each (lemma, form) pair of the article once, the form under the form itself too:
 *   a phrase query looks up the forms of each of its words there.
 */
export interface SearchDocument {
  title: string;
  body: string;
  titleLemmas: string;
  bodyLemmas: string;
  lexicon: [lemma: string, form: string][];
}

/** A hostile document (a 2 MB run of words) must not flood the index: words past this are not indexed. */
export const MAX_INDEXED_WORDS = 100_000;

export function searchDocumentOf(title: string | null, body: string, language: Language): SearchDocument {
  const lexicon = new Map<string, Set<string>>();
  const titleField = indexField(title ?? '', language, lexicon);
  const bodyField = indexField(body, language, lexicon);
  const pairs: [string, string][] = [];
  for (const [form, lemmas] of lexicon) for (const lemma of lemmas) pairs.push([lemma, form]);
  return { title: titleField.forms, body: bodyField.forms, titleLemmas: titleField.lemmas, bodyLemmas: bodyField.lemmas, lexicon: pairs };
}

function indexField(text: string, language: Language, lexicon: Map<string, Set<string>>): { forms: string; lemmas: string } {
  const forms: string[] = [];
  const lemmas: string[] = [];
  for (const token of tokenize(text)) {
    if (forms.length === MAX_INDEXED_WORDS) break;
    const form = normalizeForMatch(token.text);
    forms.push(form);
    let formLemmas = lexicon.get(form);
    if (!formLemmas) {
      formLemmas = new Set([form, ...lemmasOfForm(form, language)]);
      lexicon.set(form, formLemmas);
    }
    for (const lemma of formLemmas) if (lemma !== form) lemmas.push(lemma);
  }
  return { forms: forms.join(' '), lemmas: lemmas.join(' ') };
}

/** A word's other lemmas, and for a hyphenated word its parts and theirs. */
export function lemmasOfForm(form: string, language: Language): string[] {
  const lemmas = new Set(indexLemmasOf(form, language));
  if (form.includes('-')) {
    for (const part of form.split('-')) {
      if (part === '') continue;
      lemmas.add(part);
      for (const lemma of indexLemmasOf(part, language)) lemmas.add(lemma);
    }
  }
  lemmas.delete(form);
  return [...lemmas];
}
