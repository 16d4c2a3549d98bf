import { enPossessiveLength } from '../morphology/en';
import { cachedLemmaCandidates, isInflectionTail } from '../morphology';
import { balanceQuotes } from '../quote-balance';
import { TakenRanges } from '../taken-ranges';
import { normalizeForMatch, startsLowerCase, tokenize, type Token } from '../tokenize';
import type { Language, Mention } from '../types';
import { headWordBlocks, isDefined, joinsNames, opensSentence, placeKindFollows, type TextWords } from './place-context';
import {
  AS_WRITTEN_MARK,
  gapPunctuation,
  type CompiledForm,
  type CompiledWord,
  type FirstWordForms,
  type MentionMatcher,
} from './compile';

/**
 * Gazetteer mentions in a body: every surface form of every entry, compared word by word on lemma
 * candidates, so inner and final words may inflect («Қазақстан Республикасы Сыртқы істер
 * министрлігінің», «Министерства иностранных дел»). A generic place word may be present in the
 * text and absent from the form or the other way round, inside a longer name. Longest match first,
 * no overlaps; offsets index the body. Forms of every language are tried on every text (Russian
 * spellings of Chinese cities appear in Kazakh texts, Kazakh letters in Russian ones); a form of
 * the text's language wins a tie. The words around a place's name may make it part of another
 * name, or show an ordinary word to be no name at all (place-context.ts).
 */
export function findMentions(
  body: string,
  language: Language,
  matcher: MentionMatcher,
  tokens: readonly Token[] = tokenize(body),
): Mention[] {
  const scan = new TokenScan(body, tokens, language, matcher);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const match = scan.bestAt(i);
    if (match) {
      matches.push(match);
      continue;
    }
    const token = tokens[i];
    // Only words starting with a capital can hold a name before a hyphen («Алматы-Шанхай»).
    if (token && !startsLowerCase(token.text) && hasHyphen(token.text)) {
      matches.push(...matchHyphenParts(body, token, language, matcher));
    }
  }
  return withoutDoubtfulSentenceStarts(selectLongestFirst(matches, body.length), body, language).map((match) => {
    const { start, end } = balanceQuotes(body, match.start, match.end);
    return {
      text: body.slice(start, end),
      start,
      end,
      entity: { ...match.form.entity, names: { ...match.form.entity.names } },
    };
  });
}

/** Where a form matched: offsets, and the tokens of its first and last name words. */
interface Match {
  start: number;
  end: number;
  firstName: number;
  lastName: number;
  form: CompiledForm;
  /**
   * A place named by an ordinary word that opens a sentence («Достық – ең асыл қасиет»): kept
   * only when the text shows it is the place (see `withoutDoubtfulSentenceStarts`).
   */
  doubtful: boolean;
}

const HYPHEN_SPLIT = /[-\u2010\u2011]/gu;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const QUOTES_AND_SPACES = /[\s"'«»“”„‘’]/gu;
const APOSTROPHE_OR_HYPHEN = /^['\u2019\u02BC\-\u2010\u2011]/u;

function hasHyphen(text: string): boolean {
  return text.includes('-') || text.includes('\u2010') || text.includes('\u2011');
}

const NO_FORMS: readonly CompiledForm[] = [];

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** Word lemmas (and whether a word is a generic place word) computed once per token, on demand. */
class TokenScan implements TextWords {
  private readonly lemmas: (readonly string[] | undefined)[];
  private readonly placeWords: Uint8Array;
  private readonly secondKeys: (readonly string[] | undefined)[];
  /** Forms already collected for the current token, by identity. */
  private readonly collected = new Set<CompiledForm>();
  /** The index groups of the current token's first word (reused from token to token). */
  private readonly groups: FirstWordForms[] = [];

  constructor(
    readonly body: string,
    readonly tokens: readonly Token[],
    readonly language: Language,
    private readonly matcher: MentionMatcher,
  ) {
    this.lemmas = new Array<readonly string[] | undefined>(tokens.length);
    this.placeWords = new Uint8Array(tokens.length);
    this.secondKeys = new Array<readonly string[] | undefined>(tokens.length);
  }

  bestAt(index: number): Match | null {
    const token = this.tokens[index];
    if (!token) return null;
    const forms = this.formsStartingWith(index, token);
    if (forms.length === 0) return null;
    let blocked: CompiledForm[] | null = null;
    // The best match, unless the words around it make a place's name part of another name
    // («Достық ордені»): then the next best.
    for (;;) {
      const best = this.bestOf(index, forms, blocked);
      if (!best || !best.form.place) return best;
      if (!headWordBlocks(this, best.firstName, best.lastName) || !this.isBare(best.lastName, best.form)) {
        best.doubtful = best.form.ordinaryWordIn.has(this.language) && this.opensSentenceAlone(best);
        return best;
      }
      blocked ??= [];
      blocked.push(best.form);
    }
  }

  private bestOf(index: number, forms: readonly CompiledForm[], blocked: readonly CompiledForm[] | null): Match | null {
    let best: Match | null = null;
    for (const form of forms) {
      if (blocked?.includes(form)) continue;
      const match = this.matchForm(index, form);
      if (match !== null && (!best || this.isBetter(match, best))) best = match;
    }
    return best;
  }

  /** The last name word stands as the form writes it, without an ending. */
  private isBare(lastName: number, form: CompiledForm): boolean {
    const token = this.tokens[lastName];
    const last = form.words.findLast((word) => !word.placeWord);
    return !!token && !!last && normalizeForMatch(token.text) === last.normal;
  }

  /** The name opens a sentence, and no word naming a kind of place (station, village) follows it. */
  private opensSentenceAlone(match: Match): boolean {
    return opensSentence(this.body, match.start, this.language) && !placeKindFollows(this, match.lastName);
  }

  private formsStartingWith(index: number, token: Token): readonly CompiledForm[] {
    const groups = this.groups;
    groups.length = 0;
    const lowerCase = startsLowerCase(token.text);
    if (!lowerCase) {
      const head = asWrittenHead(token.text);
      const group = head === '' ? undefined : this.matcher.byFirstAsWritten.get(head);
      if (group) groups.push(group);
    }
    const filter = lowerCase ? this.matcher.lowerCaseFirstFilter : this.matcher.firstLemmaFilter;
    if (filter.size > 0 && filter.mayMatch(token.text)) {
      for (const lemma of this.lemmasAt(index)) {
        const group = this.matcher.byFirstLemma.get(lemma);
        if (group) groups.push(group);
      }
    }
    if (groups.length === 0) return NO_FORMS;
    const forms: CompiledForm[] = [];
    this.collected.clear();
    for (const group of groups) {
      this.addForms(group.single, forms, lowerCase);
      if (group.bySecond.size === 0) continue;
      for (const key of this.secondKeysAt(index + 1)) {
        const list = group.bySecond.get(key);
        if (list) this.addForms(list, forms, lowerCase);
      }
    }
    return forms;
  }

  /** Adds each form once: a form is filed under every lemma of its words, and several may be this text's. */
  private addForms(list: readonly CompiledForm[], forms: CompiledForm[], lowerCase: boolean): void {
    for (const form of list) {
      if (this.collected.has(form) || (lowerCase && form.words[0]?.capitalised)) continue;
      this.collected.add(form);
      forms.push(form);
    }
  }

  /** Keys of the word after a first word, and of the one after it when it is a generic place word. */
  private secondKeysAt(index: number): readonly string[] {
    let keys = this.secondKeys[index];
    if (!keys) {
      keys = this.keysOf(index);
      if (this.isPlaceWord(index)) keys = [...keys, ...this.keysOf(index + 1)];
      this.secondKeys[index] = keys;
    }
    return keys;
  }

  private keysOf(index: number): readonly string[] {
    const token = this.tokens[index];
    if (!token) return [];
    const head = asWrittenHead(token.text);
    return head.length > 0 ? [...this.lemmasAt(index), AS_WRITTEN_MARK + head] : this.lemmasAt(index);
  }

  /** Where `form` matches from token `index`, or null. */
  private matchForm(index: number, form: CompiledForm): Match | null {
    const { words } = form;
    let tokenIndex = index;
    let wordIndex = 0;
    let previous: Token | undefined;
    let skippedTextPlaceWord = false;
    let firstName = -1;
    let lastName = -1;
    while (wordIndex < words.length) {
      const word = words[wordIndex];
      const token = this.tokens[tokenIndex];
      if (!word || !token) return null;
      if (previous && !gapAllowed(this.body.slice(previous.end, token.start), word.gapBefore)) return null;
      if (this.wordMatches(tokenIndex, token, word)) {
        if (!word.placeWord) {
          if (firstName < 0) firstName = tokenIndex;
          lastName = tokenIndex;
        }
        previous = token;
        tokenIndex += 1;
        wordIndex += 1;
        skippedTextPlaceWord = false;
        continue;
      }
      if (wordIndex === 0) return null;
      if (!skippedTextPlaceWord && !word.placeWord && this.isPlaceWord(tokenIndex) && this.nextToNameWord(tokenIndex)) {
        previous = token;
        tokenIndex += 1;
        skippedTextPlaceWord = true;
        continue;
      }
      if (word.placeWord && wordIndex < words.length - 1 && !this.isPlaceWord(tokenIndex)) {
        wordIndex += 1;
        continue;
      }
      return null;
    }
    const first = this.tokens[index];
    const firstNameToken = this.tokens[firstName];
    const lastNameToken = this.tokens[lastName];
    if (!previous || !first || !firstNameToken || !lastNameToken) return null;
    const last = words[words.length - 1];
    const match: Match =
      // A city is named by its name: «Шаңхай қаласы» and «город Урумчи» give the name alone, as
      // «Шаңхай қаласының» and «в городе Урумчи» do with a form that has no city word.
      form.entity.type === 'CITY'
        ? { start: firstNameToken.start, end: lastNameToken.end - this.possessiveToTrim(lastNameToken, last), firstName, lastName, form, doubtful: false }
        : { start: first.start, end: previous.end - (last ? this.possessiveToTrim(previous, last) : 0), firstName, lastName, form, doubtful: false };
    if (form.quotedOnly && !isQuotedWhole(this.body, match.start, match.end)) return null;
    return match;
  }

  private wordMatches(index: number, token: Token, word: CompiledWord): boolean {
    if (word.asWritten !== null) {
      if (!token.text.startsWith(word.asWritten)) return false;
      // A lone capital (an initial, «И» of «Ван И») takes no ending: «Нұрлан» is not «Н» + «ұрлан».
      if (word.asWritten.length === 1) return token.text.length === 1;
      const tail = normalizeForMatch(token.text.slice(word.asWritten.length)).replace(APOSTROPHE_OR_HYPHEN, '');
      return isInflectionTail(tail, this.language);
    }
    if (word.capitalised && startsLowerCase(token.text)) return false;
    for (const lemma of this.lemmasAt(index)) if (word.lemmas.has(lemma)) return true;
    return false;
  }

  private isPlaceWord(index: number): boolean {
    const known = this.placeWords[index];
    if (known !== UNKNOWN) return known === YES;
    const token = this.tokens[index];
    let placeWord = false;
    if (token && this.matcher.placeWordFilter.mayMatch(token.text)) {
      for (const lemma of this.lemmasAt(index)) if (this.matcher.placeWordLemmas.has(lemma)) placeWord = true;
    }
    this.placeWords[index] = placeWord ? YES : NO;
    return placeWord;
  }

  /** A place word belongs to a name when a capitalised word stands right before or after it. */
  private nextToNameWord(index: number): boolean {
    const before = this.tokens[index - 1];
    const after = this.tokens[index + 1];
    return (!!before && !startsLowerCase(before.text)) || (!!after && !startsLowerCase(after.text));
  }

  private possessiveToTrim(token: Token, word: CompiledWord | undefined): number {
    if (this.language !== 'en' || !word) return 0;
    const length = enPossessiveLength(token.text);
    if (length === 0 || word.lemmas.has(normalizeForMatch(token.text))) return 0;
    return length;
  }

  private isBetter(candidate: Match, best: Match): boolean {
    const length = candidate.end - candidate.start;
    const bestLength = best.end - best.start;
    if (length !== bestLength) return length > bestLength;
    const ownLanguage = candidate.form.languages.has(this.language);
    const bestOwnLanguage = best.form.languages.has(this.language);
    if (ownLanguage !== bestOwnLanguage) return ownLanguage;
    return candidate.form.rank < best.form.rank;
  }

  lemmasAt(index: number): readonly string[] {
    let lemmas = this.lemmas[index];
    if (!lemmas) {
      lemmas = cachedLemmaCandidates(this.tokens[index]?.text ?? '', this.language);
      this.lemmas[index] = lemmas;
    }
    return lemmas;
  }
}

/**
 * The leading run of a word without lower-case letters: «ҚХР» of «ҚХР-дың», "PRC" of "PRC's";
 * '' when it would be a lone capital before lower-case letters («Шаңхай»), which names nothing.
 */
function asWrittenHead(text: string): string {
  if (text.length > 1 && startsLowerCase(text.charAt(1))) return '';
  let end = 0;
  while (end < text.length) {
    const char = text.charAt(end);
    if (char === '-' || char === "'" || char === '\u2019' || char === '\u2010' || char === '\u2011') break;
    if (startsLowerCase(char)) break;
    end += 1;
  }
  return text.slice(0, end);
}

/** Words of a multi-word name are separated by spaces and quotes, or by the punctuation the form has. */
function gapAllowed(gap: string, formGap: string): boolean {
  if (gap === ' ') return formGap === '';
  if (LINE_BREAK.test(gap)) return false;
  if (gap.replace(QUOTES_AND_SPACES, '') === '') return formGap === '' || gap.trim() === '';
  return gapPunctuation(gap) === formGap;
}

/** «Алматы-Шанхай», "Shanghai-based": when the whole word names nothing, its parts may. */
function matchHyphenParts(body: string, token: Token, language: Language, matcher: MentionMatcher): Match[] {
  const parts: Token[] = [];
  let start = 0;
  HYPHEN_SPLIT.lastIndex = 0;
  for (const hyphen of token.text.matchAll(HYPHEN_SPLIT)) {
    if (hyphen.index > start) {
      parts.push({ text: token.text.slice(start, hyphen.index), start: token.start + start, end: token.start + hyphen.index });
    }
    start = hyphen.index + hyphen[0].length;
  }
  if (start < token.text.length) {
    parts.push({ text: token.text.slice(start), start: token.start + start, end: token.end });
  }
  const scan = new TokenScan(body, parts, language, matcher);
  const matches: Match[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const match = scan.bestAt(i);
    if (match) matches.push(match);
  }
  return matches;
}

const OPENING_QUOTES = new Set(['«', '“', '„', '"', "'", '‘']);
const CLOSING_QUOTES = new Set(['»', '”', '“', '"', "'", '’']);

/** The span stands between a pair of quotes: «Голос народа». */
function isQuotedWhole(body: string, start: number, end: number): boolean {
  return OPENING_QUOTES.has(body.charAt(start - 1)) && CLOSING_QUOTES.has(body.charAt(end));
}

/**
 * Doubtful sentence starts stay when the text shows the place: another mention of it that is not
 * doubtful, or a place joined to it in a list or a route («Достық және Алашанькоу станциялары»,
 * «Достық – Алашаңқай»).
 */
function withoutDoubtfulSentenceStarts(matches: Match[], body: string, language: Language): Match[] {
  if (!matches.some((match) => match.doubtful)) return matches;
  const sure = new Set(matches.filter((match) => !match.doubtful).map((match) => match.form.entity.key));
  return matches.filter((match, index) => {
    if (!match.doubtful) return true;
    if (isDefined(body, match.end)) return false;
    if (sure.has(match.form.entity.key)) return true;
    const next = matches[index + 1];
    return !!next && next.form.place && joinsNames(body.slice(match.end, next.start), language);
  });
}

/** Longest spans first (then the earliest); a span overlapping an accepted one is dropped, as is an empty one. */
function selectLongestFirst(matches: Match[], bodyLength: number): Match[] {
  const ordered = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Match[] = [];
  const taken = new TakenRanges(bodyLength);
  for (const match of ordered) {
    if (match.end <= match.start || taken.overlaps(match)) continue;
    taken.take(match);
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
