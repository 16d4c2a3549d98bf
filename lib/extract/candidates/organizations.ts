import { PrefixFilter } from '../prefix-filter';
import { balanceQuotes } from '../quote-balance';
import type { Language, Mention } from '../types';
import { candidateRef } from './entity-refs';
import type { Finding } from './finding';
import { GENERIC_NAME_WORDS } from './generic-words';
import { RU_ADJECTIVE_ONLY_ENDINGS } from './name-shapes';
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
  generic: ReadonlySet<string>;
}

const HEADS: Readonly<Record<Language, HeadIndex>> = {
  kk: compile('kk'),
  ru: compile('ru'),
  en: compile('en'),
};

function compile(language: Language): HeadIndex {
  const byLemma = new Map(ORGANIZATION_HEADS[language].map((head) => [head.lemma, head]));
  return { byLemma, filter: new PrefixFilter(byLemma.keys()), generic: new Set(GENERIC_NAME_WORDS[language]) };
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
 * known mention: a known place at the edge stays out of the span («Шаңхай» of «Шаңхай …
 * канцеляриясы»), though it names the organisation with it ("Astana International University",
 * «Национальный музей РК»). A name of generic words alone is a bare head, not a name ("News
 * Agency", «Национальный музей», «Мемлекеттік кеңесі»), nor is a Russian head whose genitive
 * complement is cut short («Канцелярия иностранных»). Not on a Title Case line.
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
    const headIndex = i;
    i = span.last;
    if (!view.capitalsSpeak(span.first)) continue;
    const places = adjacentPlaces(view, span);
    if (!places.before && !places.after && isBareHead(view, span)) continue;
    const finding = organizationFinding(view, span, headIndex, head, places);
    if (finding) findings.push(finding);
  }
  return findings;
}

interface TokenSpan {
  first: number;
  last: number;
}

interface AdjacentPlaces {
  before: Mention | null;
  after: Mention | null;
}

const PLACE_TYPES = new Set(['CITY', 'REGION', 'COUNTRY']);
const EN_PLACE_LINKS = new Set(['of']);

/**
 * Known places that belong to the name: right before it (Kazakh, English: "Astana International
 * University") or right after it (Russian genitive: «Национальный музей РК»; English "of X").
 */
function adjacentPlaces(view: TextView, span: TokenSpan): AdjacentPlaces {
  const beforeIndex = span.first - 1;
  const before =
    view.language !== 'ru' && beforeIndex >= 0 && view.joinedToNext(beforeIndex) ? placeAt(view, beforeIndex) : null;
  let afterIndex = span.last + 1;
  if (view.language === 'en' && EN_PLACE_LINKS.has(view.normal(afterIndex)) && view.joinedToNext(span.last)) {
    afterIndex += view.normal(afterIndex + 1) === 'the' ? 2 : 1;
  }
  const after =
    view.language !== 'kk' && afterIndex < view.tokens.length && view.joinedToNext(afterIndex - 1) ? placeAt(view, afterIndex) : null;
  return { before, after };
}

function placeAt(view: TextView, index: number): Mention | null {
  const mention = view.knownAt(index);
  return mention && PLACE_TYPES.has(mention.entity.type) ? mention : null;
}

const FUNCTION_WORDS = new Set(['and', '&', 'of', 'the', 'for', 'on', 'и', 'по', 'және']);

/** Every word of the span is a head word, a generic word or a function word. */
function isBareHead(view: TextView, span: TokenSpan): boolean {
  const generic = HEADS[view.language].generic;
  for (let k = span.first; k <= span.last; k += 1) {
    if (FUNCTION_WORDS.has(view.normal(k)) || generic.has(view.normal(k)) || headAt(view, k)) continue;
    if (view.lemmas(k).some((lemma) => generic.has(lemma))) continue;
    return false;
  }
  return true;
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
      // A capital opening the sentence says nothing once the name has a capitalised word of its own («Заседание Постоянного комитета»).
      if (view.isSentenceStart(p) && first < head && view.isCapitalised(first)) break;
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
  // An adjective needs its noun: a complement cut after one («Канцелярия иностранных») loses it.
  while (last > head && isRuAdjective(view, last)) last -= 1;
  if (last > head && RU_COMPLEMENT_PREPOSITIONS.includes(view.normal(last))) last -= 1;
  return { first, last };
}

/** An adjective by its ending (иностранных, народного); noun endings that adjectives share (-ей, -ой) do not count. */
function isRuAdjective(view: TextView, index: number): boolean {
  const normal = view.normal(index);
  return normal.length >= 4 && endsWithAny(normal, RU_ADJECTIVE_ONLY_ENDINGS);
}

/** A lower-case word after «по»: a noun or adjective in any case, not a verb. */
function isRuComplementWord(view: TextView, index: number): boolean {
  return !view.isCapitalised(index) && !endsWithAny(view.normal(index), RU_VERB_ENDINGS) && view.normal(index).length > 2;
}

function isRuGenitive(view: TextView, index: number): boolean {
  const normal = view.normal(index);
  return endsWithAny(normal, RU_GENITIVE_ENDINGS) && !endsWithAny(normal, RU_VERB_ENDINGS);
}

const EN_NAME_JOINERS = new Set(['and', '&']);

/** English: capitalised words up to a capitalised head, then "of …" with capitalised words. */
function enSpan(view: TextView, head: number): TokenSpan | null {
  if (!view.isCapitalised(head)) return null;
  let first = head;
  for (let p = head - 1; p >= 0 && head - p <= MAX_WORDS_BEFORE_HEAD; p -= 1) {
    if (!view.joinedToNext(p, true) || view.knownAt(p)) break;
    // "Trade and Integration Ministry", "Language and Culture University"
    if (first < head && EN_NAME_JOINERS.has(view.normal(p)) && p > 0 && view.joinedToNext(p - 1) && view.isNameWord(p - 1)) continue;
    if (!view.isNameWord(p)) break;
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

function organizationFinding(view: TextView, span: TokenSpan, head: number, entry: OrganizationHead, places: AdjacentPlaces): Finding | null {
  const { first, last } = span;
  const firstToken = view.tokens[first];
  if (!firstToken) return null;
  const words: string[] = [];
  if (places.before) words.push(places.before.text);
  for (let k = first; k <= last; k += 1) words.push(lemmaWord(view, k, head, entry, last));
  if (places.after) words.push(view.body.slice(view.tokens[last]?.end ?? 0, places.after.end).trim());
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
