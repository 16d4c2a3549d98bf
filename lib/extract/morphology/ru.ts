import { RU_ENDINGS, RU_MIN_STEM_LENGTH, RU_VOWELS, type RuEndingRow } from './ru-endings';

const ROWS_BY_LAST_LETTER: ReadonlyMap<string, readonly RuEndingRow[]> = (() => {
  const index = new Map<string, RuEndingRow[]>();
  for (const row of RU_ENDINGS) {
    const last = row.ending.slice(-1);
    const list = index.get(last) ?? [];
    list.push(row);
    list.sort((a, b) => a.ending.length - b.ending.length);
    index.set(last, list);
  }
  return index;
})();

function hasVowel(stem: string): boolean {
  for (const letter of stem) if (RU_VOWELS.has(letter)) return true;
  return false;
}

/** Possible dictionary forms of a normalized Russian word form, the form itself first. */
export function ruLemmaCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  for (const row of ROWS_BY_LAST_LETTER.get(form.slice(-1)) ?? []) {
    if (!form.endsWith(row.ending)) continue;
    const stem = form.slice(0, -row.ending.length);
    if (stem.length < RU_MIN_STEM_LENGTH || !hasVowel(stem)) continue;
    for (const lemmaEnding of row.lemmaEndings) found.add(stem + lemmaEnding);
  }
  return [...found];
}

/** True when `tail` is a bare Russian ending (the part after the hyphen in «ШОС-а»). */
export function isRuEnding(tail: string): boolean {
  return RU_ENDINGS.some((row) => row.ending === tail);
}
