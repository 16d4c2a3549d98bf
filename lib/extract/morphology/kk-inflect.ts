import { isInitialism, splitTrailingParenthesis } from './name-parts';
import { kkStemHarmony } from './kk';
import { KK_FINAL_CLASSES, KK_SILENT_SIGNS, KK_VOICED_BEFORE_VOWEL, type KkFinal } from './kk-sounds';
import { KK_SUFFIXES, type KkSuffixName, type KkSuffixRow } from './kk-suffixes';

/**
 * Kazakh forms generated from a nominative name: the case ending goes on the last word only
 * («Қазақстанның Гуанчжоудағы Бас консулдығының»), picked from the suffix table shared with
 * analysis by the last word's vowel harmony and last sound. Abbreviations, Latin-script names
 * and quoted names take the ending after a hyphen («ҚХР-дың», «Air Astana-ның»).
 */

export type KkCase = 'genitive' | 'dative' | 'accusative' | 'locative' | 'ablative' | 'instrumental' | 'locativeRelative';

type Harmony = 'back' | 'front';

/** Glides written as vowels end a stem like a consonant: Гуанчжоудың, Мәскеуге, мидың. */
const KK_GLIDE_FINALS: ReadonlySet<string> = new Set(['и', 'у', 'ю']);

/**
 * Harmony that a stem's last vowel does not tell. A final soft sign marks a loan read with front
 * suffixes (Сианьнің). `namesOnly`: place names compounded on «су» (water) keep its back harmony
 * (Жетісуға, Көксуға), while a common word in -су follows its vowels (кездесуі).
 */
const KK_HARMONY_BY_ENDING: readonly { ending: string; harmony: Harmony; namesOnly: boolean }[] = [
  { ending: 'су', harmony: 'back', namesOnly: true },
  { ending: 'ь', harmony: 'front', namesOnly: false },
];

/** Consonants that occur only in back or only in front words: they decide a stem without a harmonic vowel (ҚХР-дың). */
const KK_HARMONY_CONSONANTS: Readonly<Record<string, Harmony>> = { қ: 'back', ғ: 'back', к: 'front', г: 'front' };

/** Words with neither (only «и», Цзиньпин): front, as «и» is read [ɪj]. */
const KK_DEFAULT_HARMONY: Harmony = 'front';

/**
 * Endings of a name's last word that carry the 3rd-person possessive, so that cases take their
 * n-shapes (консулдығына, облысында). On a single word only the patronymics count: a lone name
 * in -ы/-і is a plain vowel stem (Алматыға, Үрімшіге).
 */
const KK_POSSESSED_ENDINGS_MULTIWORD = ['сы', 'сі', 'ғы', 'гі', 'ұлы', 'қызы', 'улы', 'кызы'];
const KK_POSSESSED_ENDINGS_SINGLE = ['ұлы', 'қызы', 'улы', 'кызы'];

/** Latin letters as Kazakh sound classes, for names written in Latin script (Air Astana-ның). */
const LATIN_FINALS: Readonly<Record<string, KkFinal>> = {
  a: 'vowel',
  e: 'vowel',
  i: 'vowel',
  o: 'vowel',
  u: 'vowel',
  y: 'vowel',
  r: 'sonorant',
  w: 'sonorant',
  l: 'lateral',
  m: 'nasal',
  n: 'nasal',
  z: 'sibilant',
  j: 'sibilant',
};
const LATIN_HARMONY: Readonly<Record<string, Harmony>> = { a: 'back', o: 'back', u: 'back', e: 'front', i: 'front' };

const CYRILLIC = /[а-яёәғқңөұүһі]/i;
const LATIN = /[a-z]/i;
const CLOSING_QUOTES = new Set(['»', '"', '”', '’', "'"]);

/** The voicing of a stem-final consonant before a vowel-initial suffix: аймақ → аймағы. */
const VOICING: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KK_VOICED_BEFORE_VOWEL).map(([voiced, voiceless]) => [voiceless, voiced]),
);

function rowsNamed(name: KkSuffixName): readonly KkSuffixRow[] {
  return KK_SUFFIXES.filter((row) => row.name === name);
}

const ROWS_BY_NAME: ReadonlyMap<KkSuffixName, readonly KkSuffixRow[]> = new Map(
  (['genitive', 'dative', 'accusative', 'locative', 'ablative', 'instrumental', 'locativeRelative', 'possessive'] as const).map(
    (name) => [name, rowsNamed(name)],
  ),
);

/** The last letter that is sounded (a soft or hard sign is skipped). */
function lastSounded(word: string): string {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const letter = word.charAt(i);
    if (!KK_SILENT_SIGNS.has(letter)) return letter;
  }
  return '';
}

function cyrillicFinal(word: string): KkFinal | null {
  const letter = lastSounded(word);
  if (KK_GLIDE_FINALS.has(letter)) return 'sonorant';
  return KK_FINAL_CLASSES[letter]?.[0] ?? null;
}

function cyrillicHarmony(word: string, asName: boolean): Harmony {
  for (const { ending, harmony, namesOnly } of KK_HARMONY_BY_ENDING) {
    if ((asName || !namesOnly) && word.endsWith(ending)) return harmony;
  }
  for (let end = word.length; end > 0; end -= 1) {
    const harmony = kkStemHarmony(word.slice(0, end));
    if (harmony !== 'either') return harmony;
  }
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const harmony = KK_HARMONY_CONSONANTS[word.charAt(i)];
    if (harmony) return harmony;
  }
  return KK_DEFAULT_HARMONY;
}

function latinHarmony(word: string): Harmony {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const harmony = LATIN_HARMONY[word.charAt(i)];
    if (harmony) return harmony;
  }
  return 'back';
}

interface Sound {
  harmony: Harmony;
  /** Stem-final classes in the order a suffix row is looked for. */
  finals: readonly KkFinal[];
}

function soundOf(word: string, possessed: boolean, asName: boolean): Sound {
  const lower = word.toLowerCase();
  if (!CYRILLIC.test(lower) && LATIN.test(lower)) {
    const letters = lower.replace(/[^a-z]/g, '');
    return { harmony: latinHarmony(letters), finals: [LATIN_FINALS[letters.slice(-1)] ?? 'voiceless'] };
  }
  const final = cyrillicFinal(lower) ?? 'voiceless';
  return { harmony: cyrillicHarmony(lower, asName), finals: possessed ? ['possessive', final] : [final] };
}

function suffixFor(name: KkSuffixName, sound: Sound): string {
  const rows = ROWS_BY_NAME.get(name) ?? [];
  for (const final of sound.finals) {
    const row = rows.find((r) => r.after.includes(final));
    if (row) return sound.harmony === 'back' ? row.back : row.front;
  }
  throw new Error(`No Kazakh ${name} ending after a ${sound.finals.join('/')} stem`);
}

/**
 * One common Cyrillic word in a case, or with the 3rd-person possessive («қала» → «қаласы»,
 * «аймақ» → «аймағы»). `possessed`: the word already carries the possessive («облысы» →
 * «облысына»).
 */
export function kkInflectWord(word: string, form: KkCase | 'possessive', options: { possessed?: boolean } = {}): string {
  const sound = soundOf(word, options.possessed ?? false, false);
  const suffix = suffixFor(form, sound);
  if (form === 'possessive' && isVowelInitial(suffix)) {
    const last = word.slice(-1);
    const voiced = VOICING[last];
    if (voiced) return word.slice(0, -1) + voiced + suffix;
  }
  return word + suffix;
}

function isVowelInitial(suffix: string): boolean {
  return (KK_FINAL_CLASSES[suffix.charAt(0)] ?? []).includes('vowel');
}

/** Whether a name's last word carries the 3rd-person possessive (Бас консулдығы, Байтұрсынұлы). */
export function kkNameIsPossessed(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  const endings = words.length > 1 ? KK_POSSESSED_ENDINGS_MULTIWORD : KK_POSSESSED_ENDINGS_SINGLE;
  if (endings.some((ending) => last.endsWith(ending))) return true;
  const first = words.at(-1)?.charAt(0) ?? '';
  return words.length > 1 && first === first.toLowerCase() && /[ыі]$/.test(last);
}

/**
 * A nominative name in a Kazakh case: the ending on the last word, after a hyphen when the word
 * is an abbreviation, in Latin script, or closes a quotation.
 */
export function kkInflectName(name: string, form: KkCase): string {
  const { head, tail } = splitTrailingParenthesis(name.trim());
  return inflectHead(head, form) + tail;
}

function inflectHead(trimmed: string, form: KkCase): string {
  const closingQuote = CLOSING_QUOTES.has(trimmed.slice(-1));
  const bare = closingQuote ? trimmed.replace(/["”’'»]+$/u, '') : trimmed;
  const lastWord = bare.split(/[\s-]+/).at(-1) ?? bare;
  const possessed = !closingQuote && kkNameIsPossessed(bare);
  const suffix = suffixFor(form, soundOf(lastWord, possessed, true));
  const hyphen = closingQuote || isInitialism(lastWord) || !CYRILLIC.test(lastWord);
  return hyphen ? `${trimmed}-${suffix}` : trimmed + suffix;
}

/**
 * The conjunction «мен / бен / пен» that joins two nominal phrases, chosen by the first one's
 * last sound and written apart from it: «Алматы мен Астана», «Тоқаев пен Си Цзиньпин».
 */
export function kkConjunctionAfter(name: string): string {
  const trimmed = name.trim().replace(/["”’'»]+$/u, '');
  const lastWord = trimmed.split(/[\s-]+/).at(-1) ?? trimmed;
  return suffixFor('instrumental', soundOf(lastWord, kkNameIsPossessed(trimmed), true));
}
