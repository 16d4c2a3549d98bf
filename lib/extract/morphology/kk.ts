import {
  KK_FINAL_CLASSES,
  KK_HARMONY_FROM_PREVIOUS_VOWEL,
  KK_SILENT_SIGNS,
  KK_VOICED_BEFORE_VOWEL,
  KK_VOWEL_HARMONY,
  KK_VOWELS,
  type KkFinal,
  type KkHarmony,
} from './kk-sounds';
import { KK_MIN_STEM_LENGTH, KK_SUFFIX_SLOT_ORDER, KK_SUFFIXES, type KkSlot } from './kk-suffixes';

/** One concrete suffix shape, with the harmony its vowel demands. */
interface SuffixShape {
  text: string;
  harmony: KkHarmony;
  after: readonly KkFinal[];
  vowelInitial: boolean;
}

/** Suffix shapes per slot, grouped by last letter so a word only meets the rows that can end it. */
const SHAPES_BY_SLOT_AND_LAST_LETTER: ReadonlyMap<KkSlot, ReadonlyMap<string, readonly SuffixShape[]>> =
  buildShapeIndex();

function buildShapeIndex(): Map<KkSlot, Map<string, SuffixShape[]>> {
  const index = new Map<KkSlot, Map<string, SuffixShape[]>>();
  for (const row of KK_SUFFIXES) {
    const shapes: SuffixShape[] =
      row.back === row.front
        ? [shape(row.back, 'either', row.after)]
        : [shape(row.back, 'back', row.after), shape(row.front, 'front', row.after)];
    const byLetter = index.get(row.slot) ?? new Map<string, SuffixShape[]>();
    index.set(row.slot, byLetter);
    for (const suffixShape of shapes) {
      const last = suffixShape.text.slice(-1);
      const list = byLetter.get(last) ?? [];
      list.push(suffixShape);
      // Shorter suffixes first: a fixed order keeps the candidate list deterministic.
      list.sort((a, b) => a.text.length - b.text.length);
      byLetter.set(last, list);
    }
  }
  return index;
}

function shape(text: string, harmony: KkHarmony, after: readonly KkFinal[]): SuffixShape {
  return { text, harmony, after, vowelInitial: KK_VOWELS.has(text.charAt(0)) };
}

/**
 * Harmony of a stem: that of its last vowel. «е» right after a vowel ([je], Тоқаев) tells
 * nothing; «у» and «ю» take the harmony of the vowel before them (Ақсу is back, Мәскеу front).
 */
export function kkStemHarmony(stem: string): KkHarmony {
  // A final soft sign (borrowed names: Хайнань, Сычуань) softens what follows: front endings
  // («Хайнаньнің», «Сычуаньде») are written after a back vowel, and back ones are seen too.
  if (stem.endsWith('ь')) return 'either';
  for (let i = stem.length - 1; i >= 0; i -= 1) {
    const letter = stem.charAt(i);
    const harmony = KK_VOWEL_HARMONY[letter];
    if (!harmony) continue;
    if (letter === 'е' && i > 0 && KK_VOWELS.has(stem.charAt(i - 1))) return 'either';
    if (KK_HARMONY_FROM_PREVIOUS_VOWEL.has(letter)) {
      const previous = kkStemHarmony(stem.slice(0, i));
      return previous === 'either' ? harmony : previous;
    }
    return harmony;
  }
  return 'either';
}

function stemFinalClasses(stem: string): readonly KkFinal[] {
  for (let i = stem.length - 1; i >= 0; i -= 1) {
    const letter = stem.charAt(i);
    if (KK_SILENT_SIGNS.has(letter)) continue;
    return KK_FINAL_CLASSES[letter] ?? [];
  }
  return [];
}

function hasVowel(stem: string): boolean {
  for (const letter of stem) if (KK_VOWELS.has(letter)) return true;
  return false;
}

function fits(stem: string, suffix: SuffixShape): boolean {
  if (stem.length < KK_MIN_STEM_LENGTH || !hasVowel(stem)) return false;
  if (suffix.harmony !== 'either') {
    const harmony = kkStemHarmony(stem);
    if (harmony !== 'either' && harmony !== suffix.harmony) return false;
  }
  const finals = stemFinalClasses(stem);
  for (const final of suffix.after) if (finals.includes(final)) return true;
  return false;
}

/**
 * Possible stems of a normalized Kazakh word form, the form first, then each stripping of a case,
 * possessive and plural ending that obeys vowel harmony and consonant assimilation.
 */
export function kkLemmaCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  let frontier: string[] = [form];
  for (const slot of KK_SUFFIX_SLOT_ORDER) {
    const byLetter = SHAPES_BY_SLOT_AND_LAST_LETTER.get(slot);
    const next: string[] = [];
    for (const word of frontier) {
      next.push(word);
      const shapes = byLetter?.get(word.slice(-1));
      if (!shapes) continue;
      for (const suffix of shapes) {
        if (word.length <= suffix.text.length || !word.endsWith(suffix.text)) continue;
        const stem = word.slice(0, -suffix.text.length);
        if (!fits(stem, suffix)) continue;
        next.push(stem);
        found.add(stem);
        const devoiced = suffix.vowelInitial ? KK_VOICED_BEFORE_VOWEL[stem.slice(-1)] : undefined;
        if (devoiced) {
          const alternate = stem.slice(0, -1) + devoiced;
          next.push(alternate);
          found.add(alternate);
        }
      }
    }
    frontier = next;
  }
  return [...found];
}

/** True when `tail` is nothing but Kazakh endings (the part after the hyphen in «ҚХР-дың», «2026-да»). */
export function isKkSuffixChain(tail: string): boolean {
  let frontier: string[] = [tail];
  for (const slot of KK_SUFFIX_SLOT_ORDER) {
    const byLetter = SHAPES_BY_SLOT_AND_LAST_LETTER.get(slot);
    const next: string[] = [];
    for (const word of frontier) {
      if (word === '') return true;
      next.push(word);
      for (const suffix of byLetter?.get(word.slice(-1)) ?? []) {
        if (word.endsWith(suffix.text)) next.push(word.slice(0, -suffix.text.length));
      }
    }
    frontier = next;
  }
  return frontier.includes('');
}
