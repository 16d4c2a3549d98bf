import { chineseNameToPinyin, transliterate } from '../transliterate';
import type { EntityRef, Language, LocalizedNames } from '../types';
import { slugify } from './entity-refs';
import type { Finding } from './finding';
import { ORGANIZATION_FORMS, REPORTING_VERBS, type OrganizationForm } from './organization-forms';
import { headAt } from './organizations';
import type { TextView } from './text-view';

interface FormIndex {
  /** Lemmas of group words. */
  byLemma: ReadonlyMap<string, OrganizationForm>;
  /** Legal forms as written (АҚ, ТОО, LLP). */
  byAbbreviation: ReadonlyMap<string, OrganizationForm>;
  reportingVerbs: ReadonlySet<string>;
}

const FORM_INDEX: Readonly<Record<Language, FormIndex>> = {
  kk: compile('kk'),
  ru: compile('ru'),
  en: compile('en'),
};

function compile(language: Language): FormIndex {
  const byLemma = new Map<string, OrganizationForm>();
  const byAbbreviation = new Map<string, OrganizationForm>();
  // Legal forms are read in every language: a Kazakh text may name a company «ТОО "…"».
  for (const form of ORGANIZATION_FORMS) {
    if (form.abbreviation) {
      for (const written of [...form.forms[language], ...form.forms.kk, ...form.forms.ru, ...form.forms.en]) {
        if (!byAbbreviation.has(written)) byAbbreviation.set(written, form);
      }
    } else {
      for (const lemma of form.forms[language]) if (!byLemma.has(lemma)) byLemma.set(lemma, form);
    }
  }
  return { byLemma, byAbbreviation, reportingVerbs: new Set(REPORTING_VERBS[language]) };
}

const OPENING_QUOTES = new Set(['«', '“', '„', '"']);
const CLOSING_OF: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"' };
/** How far a closing quote is looked for. */
const MAX_QUOTED_LENGTH = 80;
const MAX_QUOTED_WORDS = 6;
const SENTENCE_INSIDE = /[.!?…]\s|[\n\r]/u;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const LATIN_ONLY = /^[^\u0400-\u04FF]*$/u;

/**
 * Quoted names with a word that makes them an organisation: a legal form or a kind of group,
 * after the name (Kazakh, English) or before it (Russian), in any case form: «"Дос-Мұқасан"
 * тобының», «"Жолаушылар тасымалы" АҚ», ТОО «Шелковый путь», ансамбль «Сазген». English also
 * writes legal forms after capitalised words without quotes ("Kuryk Port LLP"). The span takes the
 * whole name with its quotes and the word; the name is rendered in each language's order.
 */
export function findQuotedOrganizations(view: TextView): Finding[] {
  const findings: Finding[] = [];
  const forms = FORM_INDEX[view.language];
  for (let i = 0; i < view.tokens.length; i += 1) {
    const token = view.tokens[i];
    if (!token) continue;
    const opening = token.start - 1;
    const quote = view.body.charAt(opening);
    if (OPENING_QUOTES.has(quote) && (opening === 0 || view.body.charAt(opening - 1) !== quote)) {
      const found = quotedAt(view, i, opening, forms);
      if (found) {
        findings.push(found);
        i = found.last;
        continue;
      }
    }
    if (view.language === 'en' && view.isCapitalised(i)) {
      const unquoted = unquotedBefore(view, i, forms);
      if (unquoted) findings.push(unquoted);
    }
  }
  return findings;
}

function quotedAt(view: TextView, firstInside: number, opening: number, forms: FormIndex): Finding | null {
  const closing = closingQuote(view.body, opening);
  if (closing === null || !STARTS_CAPITAL_OR_DIGIT.test(view.text(firstInside))) return null;
  const inside = view.body.slice(opening + 1, closing);
  if (inside.trim() === '' || SENTENCE_INSIDE.test(inside)) return null;
  let lastInside = firstInside;
  while (lastInside + 1 < view.tokens.length && (view.tokens[lastInside + 1]?.end ?? Infinity) <= closing) lastInside += 1;
  if (lastInside - firstInside + 1 > MAX_QUOTED_WORDS) return null;
  for (let k = firstInside; k <= lastInside; k += 1) if (view.knownAt(k)) return null;

  const after = lastInside + 1;
  const afterToken = view.tokens[after];
  const before = firstInside - 1;
  const beforeToken = view.tokens[before];
  const wordAfter = afterToken && onlySpaces(view.body, closing + 1, afterToken.start) ? after : null;
  const wordBefore = beforeToken && onlySpaces(view.body, beforeToken.end, opening) ? before : null;
  const name = inside.replace(/\s+/gu, ' ').trim();
  const quoted = { first: firstInside, last: lastInside, start: opening, end: closing + 1 };

  const afterForm = wordAfter === null ? null : formAt(view, wordAfter, forms);
  if (afterForm) {
    return { ...quoted, last: after, end: view.nameEnd(after), entity: formRef(name, afterForm, view.language) };
  }
  const beforeForm = wordBefore === null ? null : formAt(view, wordBefore, forms);
  if (beforeForm && beforeToken) {
    return { ...quoted, first: before, start: beforeToken.start, entity: formRef(name, beforeForm, view.language) };
  }
  // The quoted name holds its own head («Группа санитарной очистки …», «"Жібек жолы" қоры»), or is cited as a source.
  const headInside = view.language === 'ru' ? firstInside : lastInside;
  const cited =
    (wordBefore !== null && view.language === 'ru' && isReportingVerb(view, wordBefore, forms)) ||
    (wordAfter !== null && view.language !== 'ru' && isReportingVerb(view, wordAfter, forms));
  if (cited) return { ...quoted, entity: nameRef(name) };
  const head = headAt(view, headInside)?.lemma ?? formAt(view, headInside, forms, true)?.names[view.language];
  if (head) return { ...quoted, entity: nameRef(withHeadLemma(view, name, headInside, head)) };
  return null;
}

/** The quoted name with its Russian head in the nominative («Группой …» → «Группа …»). */
function withHeadLemma(view: TextView, name: string, headIndex: number, lemma: string): string {
  if (view.language !== 'ru') return name;
  const written = view.text(headIndex);
  if (!name.startsWith(written)) return name;
  const capital = view.isCapitalised(headIndex) ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
  return capital + name.slice(written.length);
}

function isReportingVerb(view: TextView, index: number, forms: FormIndex): boolean {
  return forms.reportingVerbs.has(view.normal(index));
}

/** The closing quote of the one at `opening`, inner pairs of «» allowed: АО «НК «ҚТЖ»». */
function closingQuote(body: string, opening: number): number | null {
  const open = body.charAt(opening);
  const close = CLOSING_OF[open] ?? open;
  let depth = 0;
  for (let i = opening + 1; i < body.length && i - opening <= MAX_QUOTED_LENGTH; i += 1) {
    const char = body.charAt(i);
    if (char === close && (depth === 0 || open === close)) return i;
    if (char === close) depth -= 1;
    else if (char === open) depth += 1;
    if (char === '\n') return null;
  }
  return null;
}

function onlySpaces(body: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i += 1) {
    const char = body.charAt(i);
    if (char !== ' ' && char !== '\u00A0' && char !== '»' && char !== '”' && char !== '"') return false;
  }
  return true;
}

/**
 * The legal form or group word at token `index`. Outside the quotes a Kazakh or Russian group
 * word is in lower case; inside them (`inside`) it opens or closes the name in capitals.
 */
function formAt(view: TextView, index: number, forms: FormIndex, inside = false): OrganizationForm | null {
  const text = view.text(index);
  const abbreviation = forms.byAbbreviation.get(text) ?? forms.byAbbreviation.get(text.split('-')[0] ?? '');
  if (abbreviation) return abbreviation;
  if (!inside && view.isCapitalised(index) && view.language !== 'en') return null;
  for (const lemma of view.lemmas(index)) {
    const form = forms.byLemma.get(lemma);
    if (form) return form;
  }
  return null;
}

/** English: capitalised words right before a legal form ("Kuryk Port LLP"). */
function unquotedBefore(view: TextView, index: number, forms: FormIndex): Finding | null {
  const form = forms.byAbbreviation.get(view.text(index));
  if (!form || index === 0 || !view.joinedToNext(index - 1)) return null;
  let first = index;
  for (let p = index - 1; p >= 0 && index - p <= 5 && view.isNameWord(p) && view.capitalsSpeak(p); p -= 1) {
    first = p;
    if (p === 0 || !view.joinedToNext(p - 1)) break;
  }
  if (first === index) return null;
  const start = view.tokens[first]?.start ?? 0;
  const name = view.body.slice(start, view.tokens[index - 1]?.end ?? start);
  return { first, last: index, start, end: view.tokens[index]?.end ?? start, entity: formRef(name, form, 'en', view.text(index)) };
}

function latinOf(name: string): string {
  return LATIN_ONLY.test(name) ? name : (chineseNameToPinyin(name) ?? transliterate(name));
}

/**
 * A name with its legal form or group word, in each language's order. An English text keeps the
 * form it wrote (Ltd, not the table's LLC) in its English name.
 */
function formRef(name: string, form: OrganizationForm, language: Language, writtenForm: string = form.names.en): EntityRef {
  const names: LocalizedNames = {
    kk: `«${name}» ${form.names.kk}`,
    ru: `${form.names.ru} «${name}»`,
    en: language === 'en' ? `${name} ${writtenForm}` : `${latinOf(name)} ${form.names.en}`,
  };
  return organizationRef(names);
}

/** A quoted name that is whole on its own (an outlet, a name with its own head). */
function nameRef(name: string): EntityRef {
  return organizationRef({ kk: name, ru: name, en: latinOf(name) });
}

function organizationRef(names: LocalizedNames): EntityRef {
  return { key: `candidate-organization-${slugify(names.en)}`, type: 'ORGANIZATION', names, known: false };
}
