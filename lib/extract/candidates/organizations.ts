import { PrefixFilter } from '../prefix-filter';
import { balanceQuotes } from '../quote-balance';
import type { Language } from '../types';
import { candidateRef } from './entity-refs';
import type { Finding } from './finding';
import {
  COMPLEMENT_JOINERS,
  EN_COMPLEMENT_OPENERS,
  ORGANIZATION_HEADS,
  RU_ADJECTIVE_ENDINGS,
  RU_ADJECTIVE_NOMINATIVE,
  RU_COMPLEMENT_PREPOSITIONS,
  RU_GENITIVE_ENDINGS,
  type OrganizationHead,
} from './organization-heads';
import type { TextView } from './text-view';

/** Lower-case words allowed between the capitalised start of a Kazakh name and its head. */
const KK_MAX_LOWER_CASE_INSIDE = 3;
const MAX_WORDS_BEFORE_HEAD = 5;
const MAX_COMPLEMENT_WORDS = 5;
/** Verb endings that end a Russian complement (сообщило, заявили); «торговли» is a noun, so «ли» needs a vowel before. */
const RU_VERB_ENDINGS = [
  'ал', 'ил', 'ел', 'ял', 'ала', 'ила', 'ела', 'яла', 'ало', 'ило', 'ело', 'яло', 'али', 'или', 'ели', 'яли',
  'ет', 'ит', 'ут', 'ют', 'ат', 'ят', 'ся', 'сь', 'ть',
];
/** Russian spelling: no «ы» after these letters (Евразийский, not Евразийскый). */
const RU_NO_Y_AFTER = /[кгхжшчщ]ы/u;

interface HeadIndex {
  byLemma: ReadonlyMap<string, OrganizationHead>;
  filter: PrefixFilter;
}

const HEADS: Readonly<Record<Language, HeadIndex>> = {
  kk: compile('kk'),
  ru: compile('ru'),
  en: compile('en'),
};

function compile(language: Language): HeadIndex {
  const byLemma = new Map(ORGANIZATION_HEADS[language].map((head) => [head.lemma, head]));
  return { byLemma, filter: new PrefixFilter(byLemma.keys()) };
}

export function headAt(view: TextView, index: number): OrganizationHead | null {
  const heads = HEADS[view.language];
  if (!view.mayBe(index, heads.filter)) return null;
  for (const lemma of view.lemmas(index)) {
    const head = heads.byLemma.get(lemma);
    if (head) return head;
  }
  return null;
}

/**
 * Capitalised multi-word organisation names built on a head word from the table. Never across a
 * known mention: a known place at the edge stays out («Шаңхай» of «Шаңхай … канцеляриясы»).
 */
export function findOrganizations(view: TextView): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (view.knownAt(i)) continue;
    const head = headAt(view, i);
    if (!head) continue;
    const span =
      view.language === 'kk' ? kkSpan(view, i) : view.language === 'ru' ? ruSpan(view, i, head) : enSpan(view, i);
    if (!span || span.last === span.first) continue;
    const finding = organizationFinding(view, span.first, span.last, i, head);
    if (finding) findings.push(finding);
    i = span.last;
  }
  return findings;
}

interface TokenSpan {
  first: number;
  last: number;
}

/** Kazakh: the head is last; the name opens at the nearest capitalised word, plus capitalised words right before it. */
function kkSpan(view: TextView, head: number): TokenSpan | null {
  let first: number | null = view.isCapitalised(head) ? head : null;
  let lowerCase = 0;
  for (let p = head - 1; p >= 0 && head - p <= MAX_WORDS_BEFORE_HEAD; p -= 1) {
    if (!view.joinedToNext(p, true) || view.knownAt(p) || view.isStopWord(p)) break;
    if (view.isCapitalised(p)) {
      // A capital opening a sentence says nothing once the name has a capitalised word of its own.
      if (first !== null && first < head && view.isSentenceStart(p)) break;
      first = p;
      continue;
    }
    if (first !== null && first < head) break;
    lowerCase += 1;
    if (lowerCase > KK_MAX_LOWER_CASE_INSIDE) break;
  }
  if (first === null || first === head) return null;
  // An ordinary word opening a sentence is capitalised too: two words are not enough there.
  if (view.isSentenceStart(first) && head - first < 2 && !view.isCapitalised(head)) return null;
  return { first, last: head };
}

/** Russian: capitalised adjectives, the head, then a genitive complement. «Министерство» only opens a name. */
function ruSpan(view: TextView, head: number, entry: OrganizationHead): TokenSpan | null {
  let first = head;
  if (!entry.startOnly) {
    for (let p = head - 1; p >= 0 && head - p <= 3; p -= 1) {
      if (!view.joinedToNext(p, true) || view.knownAt(p) || view.isStopWord(p)) break;
      if (!endsWithAny(view.normal(p), RU_ADJECTIVE_ENDINGS) || view.normal(p).length < 4) break;
      first = p;
    }
    while (first < head && !view.isCapitalised(first)) first += 1;
  }
  if (!view.isCapitalised(first)) return null;
  let last = complementEnd(view, head, (index) => isRuGenitive(view, index));
  const preposition = last + 1;
  if (view.joinedToNext(last) && RU_COMPLEMENT_PREPOSITIONS.includes(view.normal(preposition))) {
    const end = complementEnd(view, preposition, (index) => isRuComplementWord(view, index));
    if (end > preposition) last = end;
  }
  return { first, last };
}

/** A lower-case word after «по»: a noun or adjective in any case, not a verb. */
function isRuComplementWord(view: TextView, index: number): boolean {
  return !view.isCapitalised(index) && !endsWithAny(view.normal(index), RU_VERB_ENDINGS) && view.normal(index).length > 2;
}

function isRuGenitive(view: TextView, index: number): boolean {
  const normal = view.normal(index);
  return endsWithAny(normal, RU_GENITIVE_ENDINGS) && !endsWithAny(normal, RU_VERB_ENDINGS);
}

/** English: capitalised words up to a capitalised head, then "of …" with capitalised words. */
function enSpan(view: TextView, head: number): TokenSpan | null {
  if (!view.isCapitalised(head)) return null;
  let first = head;
  for (let p = head - 1; p >= 0 && head - p <= MAX_WORDS_BEFORE_HEAD; p -= 1) {
    if (!view.joinedToNext(p, true) || view.knownAt(p) || !view.isNameWord(p)) break;
    if (first < head && view.isSentenceStart(p)) break;
    first = p;
  }
  let last = head;
  const opener = head + 1;
  if (view.joinedToNext(head) && EN_COMPLEMENT_OPENERS.includes(view.normal(opener))) {
    let start = opener + 1;
    if (view.normal(start) === 'the' && view.joinedToNext(opener)) start += 1;
    if (view.joinedToNext(start - 1)) {
      const end = complementEnd(view, start - 1, (index) => view.isNameWord(index));
      if (end >= start) last = end;
    }
  }
  return { first, last };
}

/** Last token of a complement after `from`: words passing `fits`, joined by «и» / "and". */
function complementEnd(view: TextView, from: number, fits: (index: number) => boolean): number {
  const joiners = COMPLEMENT_JOINERS[view.language];
  let last = from;
  for (let k = from + 1; k < view.tokens.length && k - from <= MAX_COMPLEMENT_WORDS; k += 1) {
    if (!view.joinedToNext(k - 1) || view.knownAt(k)) break;
    if (joiners.includes(view.normal(k)) && k + 1 < view.tokens.length && view.joinedToNext(k) && !view.knownAt(k + 1) && fits(k + 1)) {
      continue;
    }
    if (!fits(k)) break;
    last = k;
  }
  return last;
}

function endsWithAny(text: string, endings: readonly string[]): boolean {
  return endings.some((ending) => text.endsWith(ending));
}

function organizationFinding(view: TextView, first: number, last: number, head: number, entry: OrganizationHead): Finding | null {
  const firstToken = view.tokens[first];
  if (!firstToken) return null;
  const words: string[] = [];
  for (let k = first; k <= last; k += 1) words.push(lemmaWord(view, k, head, entry, last));
  const { start, end } = balanceQuotes(view.body, firstToken.start, view.nameEnd(last));
  return { first, last, start, end, entity: candidateRef('ORGANIZATION', words, view.language) };
}

/** A word of the organisation's dictionary-form name: the head and (ru) its adjectives in the nominative. */
function lemmaWord(view: TextView, index: number, head: number, entry: OrganizationHead, last: number): string {
  const text = view.text(index);
  if (view.language === 'en') {
    return index === last ? text.slice(0, view.nameEnd(index) - (view.tokens[index]?.start ?? 0)) : text;
  }
  if (index === head) return withCaseOf(text, entry.lemma);
  if (view.language === 'ru' && index < head && entry.gender) {
    const nominative = RU_ADJECTIVE_NOMINATIVE[entry.gender];
    const lemmas = view.lemmas(index);
    for (const ending of nominative) {
      const lemma = lemmas.find((candidate) => candidate.endsWith(ending) && !RU_NO_Y_AFTER.test(candidate));
      if (lemma) return withCaseOf(text, lemma);
    }
  }
  return text;
}

/** `lemma` written with the capital the text word has. */
function withCaseOf(text: string, lemma: string): string {
  const first = text.charAt(0);
  return first !== first.toLowerCase() ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}
