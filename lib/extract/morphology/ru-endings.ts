/**
 * Russian inflectional endings of names and of the words inside organisation names, as data.
 * A row reads: a word form ending in `ending` may be stem + ending, whose dictionary form is stem +
 * one of `lemmaEndings` ('' = the bare stem). Шанхае → шанха + й; Астаны → астан + а;
 * Токаевым → токаев; Генерального → генеральн + ое.
 */

export interface RuEndingRow {
  ending: string;
  lemmaEndings: readonly string[];
}

export const RU_ENDINGS: readonly RuEndingRow[] = [
  // nouns and surnames, singular
  { ending: 'а', lemmaEndings: ['', 'о'] },
  { ending: 'я', lemmaEndings: ['й', 'ь', 'е'] },
  { ending: 'у', lemmaEndings: ['', 'о', 'а'] },
  { ending: 'ю', lemmaEndings: ['й', 'ь', 'я', 'е'] },
  { ending: 'е', lemmaEndings: ['', 'й', 'а', 'я', 'о', 'ь'] },
  { ending: 'и', lemmaEndings: ['я', 'а', 'ь', 'й'] },
  { ending: 'ы', lemmaEndings: ['а', ''] },
  { ending: 'ом', lemmaEndings: ['', 'о', 'ое', 'ый', 'ой', 'ий'] },
  { ending: 'ем', lemmaEndings: ['й', 'ь', 'е', '', 'ее', 'ий'] },
  { ending: 'ой', lemmaEndings: ['а', 'ая'] },
  { ending: 'ою', lemmaEndings: ['а', 'ая'] },
  { ending: 'ей', lemmaEndings: ['я', 'ь', 'яя'] },
  { ending: 'ью', lemmaEndings: ['ь'] },
  // surnames in -ов/-ев/-ин and adjectives, instrumental
  { ending: 'ым', lemmaEndings: ['', 'ый', 'ое', 'ой', 'ые'] },
  { ending: 'им', lemmaEndings: ['', 'ий', 'ее', 'ие'] },
  // adjectives
  { ending: 'ого', lemmaEndings: ['ое', 'ый', 'ой', 'ий'] },
  { ending: 'его', lemmaEndings: ['ее', 'ий'] },
  { ending: 'ому', lemmaEndings: ['ое', 'ый', 'ой', 'ий'] },
  { ending: 'ему', lemmaEndings: ['ее', 'ий'] },
  { ending: 'ую', lemmaEndings: ['ая'] },
  { ending: 'юю', lemmaEndings: ['яя'] },
  { ending: 'ых', lemmaEndings: ['ые', 'ый', 'ое', 'ая'] },
  { ending: 'их', lemmaEndings: ['ие', 'ий', 'ее', 'яя', 'ая'] },
  { ending: 'ыми', lemmaEndings: ['ые', 'ый'] },
  { ending: 'ими', lemmaEndings: ['ие', 'ий'] },
  // plural nouns (Объединённые Арабские Эмираты → Эмиратах)
  { ending: 'ов', lemmaEndings: ['ы'] },
  { ending: 'ах', lemmaEndings: ['ы', 'и', 'а'] },
  { ending: 'ях', lemmaEndings: ['и', 'я'] },
  { ending: 'ам', lemmaEndings: ['ы', 'и', 'а'] },
  { ending: 'ям', lemmaEndings: ['и', 'я'] },
  { ending: 'ами', lemmaEndings: ['ы', 'и', 'а'] },
  { ending: 'ями', lemmaEndings: ['и', 'я'] },
];

/** Shortest stem (in letters, before the lemma ending is added back). */
export const RU_MIN_STEM_LENGTH = 2;

export const RU_VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/**
 * Endings of common nouns that names do not take, for matching every word of a text (search), not
 * names: masculine plurals come back to the bare stem (рейсов, рейсам, рейсах → рейс), soft stems
 * to «ь» or «й» (гостям → гость, музеев → музей). Kept apart so that a surname in -ов never loses
 * its ending when names are matched.
 */
export const RU_COMMON_NOUN_ENDINGS: readonly RuEndingRow[] = [
  { ending: 'ов', lemmaEndings: [''] },
  { ending: 'ев', lemmaEndings: ['й', 'ь'] },
  { ending: 'ам', lemmaEndings: [''] },
  { ending: 'ах', lemmaEndings: [''] },
  { ending: 'ами', lemmaEndings: [''] },
  { ending: 'ям', lemmaEndings: ['ь', 'й'] },
  { ending: 'ях', lemmaEndings: ['ь', 'й'] },
  { ending: 'ями', lemmaEndings: ['ь', 'й'] },
];
