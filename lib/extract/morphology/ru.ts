import { RU_COMMON_NOUN_ENDINGS, RU_ENDINGS, RU_MIN_STEM_LENGTH, RU_VOWELS, type RuEndingRow } from './ru-endings';

function indexByLastLetter(rows: readonly RuEndingRow[]): ReadonlyMap<string, readonly RuEndingRow[]> {
  const index = new Map<string, RuEndingRow[]>();
  for (const row of rows) {
    const last = row.ending.slice(-1);
    const list = index.get(last) ?? [];
    list.push(row);
    list.sort((a, b) => a.ending.length - b.ending.length);
    index.set(last, list);
  }
  return index;
}

const NAME_ROWS_BY_LAST_LETTER = indexByLastLetter(RU_ENDINGS);
const COMMON_NOUN_ROWS_BY_LAST_LETTER = indexByLastLetter(RU_COMMON_NOUN_ENDINGS);

function hasVowel(stem: string): boolean {
  for (const letter of stem) if (RU_VOWELS.has(letter)) return true;
  return false;
}

function addGuesses(form: string, rows: ReadonlyMap<string, readonly RuEndingRow[]>, found: Set<string>): void {
  for (const row of rows.get(form.slice(-1)) ?? []) {
    if (!form.endsWith(row.ending)) continue;
    const stem = form.slice(0, -row.ending.length);
    if (stem.length < RU_MIN_STEM_LENGTH || !hasVowel(stem)) continue;
    for (const lemmaEnding of row.lemmaEndings) found.add(stem + lemmaEnding);
  }
}

/** Possible dictionary forms of a normalized Russian word form, the form itself first. */
export function ruLemmaCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  addGuesses(form, NAME_ROWS_BY_LAST_LETTER, found);
  return [...found];
}

/** As `ruLemmaCandidates`, plus the plural endings of common nouns (for matching any word, not names). */
export function ruWordLemmaCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  addGuesses(form, NAME_ROWS_BY_LAST_LETTER, found);
  addGuesses(form, COMMON_NOUN_ROWS_BY_LAST_LETTER, found);
  return [...found];
}

/** True when `tail` is a bare Russian ending (the part after the hyphen in «ШОС-а»). */
export function isRuEnding(tail: string): boolean {
  return RU_ENDINGS.some((row) => row.ending === tail);
}
