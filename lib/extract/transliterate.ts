import { CYRILLIC_TO_LATIN, YE_AFTER } from './transliteration/cyrillic-latin';
import { KAZAKH_TO_RUSSIAN_LETTERS } from './transliteration/kazakh-letters';
import {
  APICAL_I,
  PALLADIUS_FINALS,
  PALLADIUS_INITIALS,
  PALLADIUS_PREFERRED_SPELLINGS,
  PALLADIUS_VARIANT_FINALS,
  PALLADIUS_WHOLE_SYLLABLES,
  PINYIN_U_MEANS_U_UMLAUT_AFTER,
} from './transliteration/palladius';
import { PINYIN_SYLLABLES_BY_INITIAL } from './transliteration/pinyin-syllables';

/**
 * Latin names for the en locale. `transliterate` spells Kazakh and Russian Cyrillic with our
 * table (see transliteration/cyrillic-latin.ts: Нұрлан Аққошқаров → Nurlan Akkoshkarov, Қасым →
 * Kasym, Тоқаев → Tokayev); Chinese names written in Palladius Cyrillic go back to pinyin
 * (Гун Чжэн → Gong Zheng) when every syllable is a Palladius syllable.
 */
export function transliterate(text: string): string {
  let latin = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const lower = char.toLowerCase();
    let mapped = CYRILLIC_TO_LATIN[lower];
    if (mapped === undefined) {
      latin += char;
      continue;
    }
    if (lower === 'е' && startsYe(text, i)) mapped = 'ye';
    if (char === lower || mapped === '') {
      latin += mapped;
      continue;
    }
    latin += isAllCapitals(text, i) ? mapped.toUpperCase() : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return latin;
}

function startsYe(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text.charAt(index - 1).toLowerCase();
  return YE_AFTER.has(previous) || !isLetter(previous);
}

/** A capital inside an all-capitals word (ЖШС → ZhSh… would be wrong: ZHSH). */
function isAllCapitals(text: string, index: number): boolean {
  const next = text.charAt(index + 1);
  const previous = text.charAt(index - 1);
  if (isLetter(next)) return next !== next.toLowerCase();
  return isLetter(previous) && previous !== previous.toLowerCase();
}

const LETTER = /\p{L}/u;

function isLetter(char: string): boolean {
  return char !== '' && LETTER.test(char);
}

const { palladiusToPinyin, pinyinToPalladius } = buildSyllableTables();

const LONGEST_PALLADIUS = Math.max(...[...palladiusToPinyin.keys()].map((key) => key.length));
const PINYIN_IDENTITY: ReadonlyMap<string, string> = new Map([...pinyinToPalladius.keys()].map((key) => [key, key]));
const LONGEST_PINYIN = Math.max(...[...pinyinToPalladius.keys()].map((key) => key.length));

function buildSyllableTables(): { palladiusToPinyin: Map<string, string>; pinyinToPalladius: Map<string, string> } {
  const toPinyin = new Map<string, string>();
  const toPalladius = new Map<string, string>();
  for (const [initial, syllables] of Object.entries(PINYIN_SYLLABLES_BY_INITIAL)) {
    for (const syllable of syllables) {
      const cyrillic = palladiusOf(initial, syllable);
      const preferred = PALLADIUS_PREFERRED_SPELLINGS[syllable];
      toPalladius.set(syllable, preferred ?? cyrillic);
      if (!toPinyin.has(cyrillic)) toPinyin.set(cyrillic, syllable);
      if (preferred && !toPinyin.has(preferred)) toPinyin.set(preferred, syllable);
      for (const [variant, standard] of Object.entries(PALLADIUS_VARIANT_FINALS)) {
        if (!cyrillic.endsWith(standard) || initial === '') continue;
        const alternate = cyrillic.slice(0, -standard.length) + variant;
        if (!toPinyin.has(alternate)) toPinyin.set(alternate, syllable);
      }
    }
  }
  return { palladiusToPinyin: toPinyin, pinyinToPalladius: toPalladius };
}

function palladiusOf(initial: string, syllable: string): string {
  const whole = PALLADIUS_WHOLE_SYLLABLES[syllable];
  if (initial === '' || initial === 'y' || initial === 'w') {
    if (whole === undefined) throw new Error(`no Palladius spelling for "${syllable}"`);
    return whole;
  }
  const initialCyrillic = PALLADIUS_INITIALS[initial];
  let final = syllable.slice(initial.length);
  const apical = APICAL_I[initial];
  if (apical && final === 'i') return `${initialCyrillic}${apical}`;
  if (PINYIN_U_MEANS_U_UMLAUT_AFTER.has(initial) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  const finalCyrillic = PALLADIUS_FINALS[final];
  if (initialCyrillic === undefined || finalCyrillic === undefined) {
    throw new Error(`no Palladius spelling for "${syllable}"`);
  }
  return initialCyrillic + finalCyrillic;
}

const CYRILLIC_WORD = /^[\u0400-\u04FF]+$/u;
const LATIN_WORD = /^[a-zü]+$/u;
const WORD_SEPARATORS = /([\s\-\u2010\u2011]+)/u;
/** Palladius writes «ъ» before an iotated vowel after a consonant (Лянъюй); a vowel needs none (Сиань). */
const IOTATED = /^[яеёю]/u;
const VOWEL_END = /[aeiouü]$/u;
const PINYIN_NEEDS_APOSTROPHE = /^[aoe]/u;

/** Pinyin syllables of one Cyrillic word, fewest syllables first; null when it is not all Palladius. */
export function palladiusSyllables(word: string): string[] | null {
  if (word.length > MAX_CACHED_LENGTH) return computePalladiusSyllables(word);
  const known = PALLADIUS_CACHE.get(word);
  if (known !== undefined) return known && [...known];
  if (PALLADIUS_CACHE.size >= CACHE_LIMIT) PALLADIUS_CACHE.clear();
  const syllables = computePalladiusSyllables(word);
  PALLADIUS_CACHE.set(word, syllables);
  return syllables && [...syllables];
}

/** Names recur from text to text: answers are remembered up to a bound, then forgotten at once. */
const CACHE_LIMIT = 20_000;
const MAX_CACHED_LENGTH = 48;
const PALLADIUS_CACHE = new Map<string, readonly string[] | null>();

function computePalladiusSyllables(word: string): string[] | null {
  const letters = foldToRussian(word.toLowerCase()).replace(/ё/gu, 'е');
  if (!CYRILLIC_WORD.test(letters)) return null;
  // «ъ» marks a syllable boundary (Лянъюй = lian-yu).
  const syllables: string[] = [];
  for (const piece of letters.split('ъ')) {
    const pieceSyllables = segment(piece, palladiusToPinyin, LONGEST_PALLADIUS);
    if (!pieceSyllables || pieceSyllables.length === 0) return null;
    syllables.push(...pieceSyllables);
  }
  return syllables;
}

/** Pinyin syllables of one Latin word ("Jinping" → jin, ping), fewest first; null when not pinyin. */
export function pinyinSyllables(word: string): string[] | null {
  const syllables: string[] = [];
  // An apostrophe marks a syllable boundary (Xi'an = xi-an).
  for (const piece of word.toLowerCase().replace(/v/gu, 'ü').split(/['\u2019]/u)) {
    if (!LATIN_WORD.test(piece)) return null;
    const pieceSyllables = segment(piece, PINYIN_IDENTITY, LONGEST_PINYIN);
    if (!pieceSyllables || pieceSyllables.length === 0) return null;
    syllables.push(...pieceSyllables);
  }
  return syllables;
}

/**
 * The best split of `letters` into keys of `table`, mapped through it: fewest syllables, then
 * fewest syllables without an initial after the first (Хунин is hu-ning, not hong-ying).
 */
function segment(letters: string, table: ReadonlyMap<string, string>, longest: number): string[] | null {
  const best: ({ syllables: string[]; cost: number } | null)[] = new Array(letters.length + 1).fill(null);
  best[letters.length] = { syllables: [], cost: 0 };
  for (let start = letters.length - 1; start >= 0; start -= 1) {
    for (let length = Math.min(longest, letters.length - start); length >= 1; length -= 1) {
      const syllable = table.get(letters.slice(start, start + length));
      const rest = best[start + length];
      if (syllable === undefined || !rest) continue;
      const cost = rest.cost + SYLLABLE_COST + (start > 0 && ZERO_INITIAL.test(syllable) ? 1 : 0);
      const current = best[start];
      if (!current || cost < current.cost) best[start] = { syllables: [syllable, ...rest.syllables], cost };
    }
  }
  return best[0]?.syllables ?? null;
}

const SYLLABLE_COST = 10;
const ZERO_INITIAL = /^[aoeyw]/u;

function foldToRussian(text: string): string {
  let folded = '';
  for (const char of text) folded += KAZAKH_TO_RUSSIAN_LETTERS[char] ?? char;
  return folded;
}

/**
 * Pinyin for a Chinese name in Palladius Cyrillic (Гун Чжэн → Gong Zheng, Си Цзиньпин → Xi Jinping,
 * Ван И → Wang Yi; Kazakh spellings with ң are read as н: Шаңхай → Shanghai), or null unless every
 * syllable of every word is a Palladius syllable.
 */
export function chineseNameToPinyin(cyrillic: string): string | null {
  const parts = cyrillic.trim().split(WORD_SEPARATORS);
  let pinyin = '';
  let words = 0;
  for (const part of parts) {
    if (part === '') continue;
    if (WORD_SEPARATORS.test(part)) {
      pinyin += /[-\u2010\u2011]/u.test(part) ? '-' : ' ';
      continue;
    }
    const syllables = palladiusSyllables(part);
    if (!syllables || syllables.length === 0) return null;
    const joined = syllables
      .map((syllable, index) => (index > 0 && PINYIN_NEEDS_APOSTROPHE.test(syllable) ? `'${syllable}` : syllable))
      .join('');
    const first = part.charAt(0);
    pinyin += first !== first.toLowerCase() ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined;
    words += 1;
  }
  return words > 0 ? pinyin : null;
}

/** Palladius Cyrillic for a Chinese name in pinyin (Gong Zheng → Гун Чжэн), or null unless all pinyin. */
export function pinyinNameToPalladius(latin: string): string | null {
  const parts = latin.trim().split(WORD_SEPARATORS);
  let cyrillic = '';
  let words = 0;
  for (const part of parts) {
    if (part === '') continue;
    if (WORD_SEPARATORS.test(part)) {
      cyrillic += /[-\u2010\u2011]/u.test(part) ? '-' : ' ';
      continue;
    }
    const syllables = pinyinSyllables(part);
    if (!syllables || syllables.length === 0) return null;
    const joined = syllables
      .map((syllable, index) => {
        const spelled = pinyinToPalladius.get(syllable) ?? '';
        return index > 0 && IOTATED.test(spelled) && !VOWEL_END.test(syllables[index - 1] ?? '') ? `ъ${spelled}` : spelled;
      })
      .join('');
    const first = part.charAt(0);
    cyrillic += first !== first.toLowerCase() ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined;
    words += 1;
  }
  return words > 0 ? cyrillic : null;
}
