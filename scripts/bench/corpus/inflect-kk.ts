/**
 * Just enough Kazakh inflection to write names into sentences: the case ending is chosen by the
 * harmony of the last vowel and the class of the last sound. Multi-word names ending in a
 * possessive («Ақмола облысы») take the possessive shapes («облысында»).
 */

export type KkCase = 'genitive' | 'dative' | 'locative' | 'ablative' | 'attributive' | 'accusative';

type Final = 'vowel' | 'voiced' | 'nasal' | 'voiceless' | 'possessive';

/** Endings as [back, front] per final-sound class; null where the class takes another row. */
const ENDINGS: Readonly<Record<KkCase, Readonly<Record<Final, readonly [string, string]>>>> = {
  genitive: {
    vowel: ['ның', 'нің'],
    nasal: ['ның', 'нің'],
    voiced: ['дың', 'дің'],
    voiceless: ['тың', 'тің'],
    possessive: ['ның', 'нің'],
  },
  dative: { vowel: ['ға', 'ге'], nasal: ['ға', 'ге'], voiced: ['ға', 'ге'], voiceless: ['қа', 'ке'], possessive: ['на', 'не'] },
  locative: { vowel: ['да', 'де'], nasal: ['да', 'де'], voiced: ['да', 'де'], voiceless: ['та', 'те'], possessive: ['нда', 'нде'] },
  ablative: {
    vowel: ['дан', 'ден'],
    nasal: ['нан', 'нен'],
    voiced: ['дан', 'ден'],
    voiceless: ['тан', 'тен'],
    possessive: ['нан', 'нен'],
  },
  attributive: {
    vowel: ['дағы', 'дегі'],
    nasal: ['дағы', 'дегі'],
    voiced: ['дағы', 'дегі'],
    voiceless: ['тағы', 'тегі'],
    possessive: ['ндағы', 'ндегі'],
  },
  accusative: { vowel: ['ны', 'ні'], nasal: ['ды', 'ді'], voiced: ['ды', 'ді'], voiceless: ['ты', 'ті'], possessive: ['н', 'н'] },
};

const BACK_VOWELS = new Set(['а', 'о', 'ұ', 'ы', 'я', 'ё']);
const FRONT_VOWELS = new Set(['ә', 'ө', 'ү', 'і', 'е', 'э']);
/** Letters whose harmony the spelling does not tell; the vowel before them decides. */
const NEUTRAL_VOWELS = new Set(['и', 'у', 'ю']);
const VOWELS = new Set([...BACK_VOWELS, ...FRONT_VOWELS, ...NEUTRAL_VOWELS]);
const NASALS = new Set(['м', 'н', 'ң']);
const VOICED = new Set(['р', 'й', 'л', 'з', 'ж']);

function isFront(word: string): boolean {
  const letters = [...word.toLowerCase()];
  for (let i = letters.length - 1; i >= 0; i--) {
    const letter = letters[i] ?? '';
    // «е» after a vowel is read [je] and follows the vowel before it: Тоқаев → Тоқаевтың.
    if (letter === 'е' && VOWELS.has(letters[i - 1] ?? '')) continue;
    if (BACK_VOWELS.has(letter)) return false;
    if (FRONT_VOWELS.has(letter)) return true;
  }
  return false;
}

function finalOf(name: string): Final {
  const words = name.split(' ');
  const last = (words.at(-1) ?? '').toLowerCase().replace(/[ьъ]$/, '');
  const letter = last.at(-1) ?? '';
  const before = last.at(-2) ?? '';
  if (words.length > 1 && (letter === 'ы' || letter === 'і') && !VOWELS.has(before)) return 'possessive';
  if (letter === 'у' || letter === 'и') return VOWELS.has(before) ? 'voiced' : 'vowel';
  if (VOWELS.has(letter)) return 'vowel';
  if (NASALS.has(letter)) return 'nasal';
  if (VOICED.has(letter)) return 'voiced';
  return 'voiceless';
}

export function kkCase(name: string, grammaticalCase: KkCase): string {
  const [back, front] = ENDINGS[grammaticalCase][finalOf(name)];
  const lastWord = name.split(' ').at(-1) ?? name;
  return `${name}${isFront(lastWord) ? front : back}`;
}

/** «мен / бен / пен» ("and", "with") after a name: Алматы мен Шаңхай, Тараз бен Сиань. */
export function kkAnd(name: string): string {
  const final = finalOf(name);
  const conjunction = final === 'voiceless' ? 'пен' : final === 'nasal' || /[зж]$/.test(name) ? 'бен' : 'мен';
  return `${name} ${conjunction}`;
}
