import type { Language } from '../types';
import { alternation, withCapitals } from './regex-parts';

/**
 * Cardinal numbers written as words, for counted periods («бес айында», «за пять месяцев»,
 * "the first five months") and distances back in time («отыз бес жыл бұрын», «тридцать два года
 * назад», "thirty-two years ago"). A compound is a tens word and a units word: «отыз бес», «тридцати
 * пяти», "thirty-five". Russian lists every case form, as the noun after the number governs it.
 */

export interface NumberWord {
  value: number;
  forms: readonly string[];
}

/** Russian 5–20 and 30 decline alike: пять, пяти, пятью. */
function ruSoftSign(value: number, nominative: string): NumberWord {
  const stem = nominative.slice(0, -1);
  return { value, forms: [nominative, `${stem}и`, `${stem}ью`] };
}

const KK_UNITS: readonly NumberWord[] = [
  { value: 1, forms: ['бір'] },
  { value: 2, forms: ['екі'] },
  { value: 3, forms: ['үш'] },
  { value: 4, forms: ['төрт'] },
  { value: 5, forms: ['бес'] },
  { value: 6, forms: ['алты'] },
  { value: 7, forms: ['жеті'] },
  { value: 8, forms: ['сегіз'] },
  { value: 9, forms: ['тоғыз'] },
];

const KK_TENS: readonly NumberWord[] = [
  { value: 10, forms: ['он'] },
  { value: 20, forms: ['жиырма'] },
  { value: 30, forms: ['отыз'] },
  { value: 40, forms: ['қырық'] },
  { value: 50, forms: ['елу'] },
  { value: 60, forms: ['алпыс'] },
  { value: 70, forms: ['жетпіс'] },
  { value: 80, forms: ['сексен'] },
  { value: 90, forms: ['тоқсан'] },
];

const RU_UNITS: readonly NumberWord[] = [
  { value: 1, forms: ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну'] },
  { value: 2, forms: ['два', 'две', 'двух', 'двум', 'двумя'] },
  { value: 3, forms: ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя'] },
  { value: 4, forms: ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя'] },
  ruSoftSign(5, 'пять'),
  ruSoftSign(6, 'шесть'),
  ruSoftSign(7, 'семь'),
  { value: 8, forms: ['восемь', 'восьми', 'восемью', 'восьмью'] },
  ruSoftSign(9, 'девять'),
];

const RU_TEENS: readonly NumberWord[] = [
  ruSoftSign(10, 'десять'),
  ruSoftSign(11, 'одиннадцать'),
  ruSoftSign(12, 'двенадцать'),
  ruSoftSign(13, 'тринадцать'),
  ruSoftSign(14, 'четырнадцать'),
  ruSoftSign(15, 'пятнадцать'),
  ruSoftSign(16, 'шестнадцать'),
  ruSoftSign(17, 'семнадцать'),
  ruSoftSign(18, 'восемнадцать'),
  ruSoftSign(19, 'девятнадцать'),
];

const RU_TENS: readonly NumberWord[] = [
  ruSoftSign(20, 'двадцать'),
  ruSoftSign(30, 'тридцать'),
  { value: 40, forms: ['сорок', 'сорока'] },
  { value: 50, forms: ['пятьдесят', 'пятидесяти', 'пятьюдесятью'] },
  { value: 60, forms: ['шестьдесят', 'шестидесяти', 'шестьюдесятью'] },
  { value: 70, forms: ['семьдесят', 'семидесяти', 'семьюдесятью'] },
  { value: 80, forms: ['восемьдесят', 'восьмидесяти', 'восемьюдесятью'] },
  { value: 90, forms: ['девяносто', 'девяноста'] },
];

const EN_UNITS: readonly NumberWord[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map(
  (word, index) => ({ value: index + 1, forms: [word] }),
);

const EN_TEENS: readonly NumberWord[] = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
].map((word, index) => ({ value: index + 10, forms: [word] }));

const EN_TENS: readonly NumberWord[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(
  (word, index) => ({ value: (index + 2) * 10, forms: [word] }),
);

interface NumberSystem {
  units: readonly NumberWord[];
  /** Words that stand alone only (ru, en 10–19); Kazakh builds 11–19 as «он бір». */
  teens: readonly NumberWord[];
  /** Words a units word may follow: «отыз бес», «тридцать пять», "thirty-five". */
  tens: readonly NumberWord[];
  /** Between a tens and a units word. */
  link: string;
}

const NUMBER_SYSTEMS: Record<Language, NumberSystem> = {
  kk: { units: KK_UNITS, teens: [], tens: KK_TENS, link: '\\s+' },
  ru: { units: RU_UNITS, teens: RU_TEENS, tens: RU_TENS, link: '\\s+' },
  en: { units: EN_UNITS, teens: EN_TEENS, tens: EN_TENS, link: '(?:-|\\s+)' },
};

function formsOf(words: readonly NumberWord[]): string[] {
  return words.flatMap(({ forms }) => forms);
}

/**
 * A regex source for a number up to 99 in words (capitalised at a sentence start) or up to three
 * digits. No groups: callers wrap it in their own.
 */
export function numberPattern(language: Language): string {
  const { units, teens, tens, link } = NUMBER_SYSTEMS[language];
  const first = (words: readonly NumberWord[]) => alternation(withCapitals(formsOf(words)));
  const compound = `${first(tens)}(?:${link}${alternation(formsOf(units))})?`;
  const alone = teens.length > 0 ? `|${first(teens)}` : '';
  return `(?:${compound}${alone}|${first(units)}|\\d{1,3})(?![\\p{L}\\p{N}])`;
}

const VALUES: Record<Language, ReadonlyMap<string, number>> = {
  kk: valueMap('kk'),
  ru: valueMap('ru'),
  en: valueMap('en'),
};

function valueMap(language: Language): Map<string, number> {
  const { units, teens, tens } = NUMBER_SYSTEMS[language];
  return new Map([...units, ...teens, ...tens].flatMap(({ value, forms }) => forms.map((form) => [form, value] as const)));
}

/** The value of a number `numberPattern` matched («отыз бес» → 35, "thirty-two" → 32, "12" → 12), or null. */
export function numberValue(language: Language, text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  for (const word of text.toLowerCase().split(/[\s-]+/u)) {
    const value = VALUES[language].get(word);
    if (value === undefined) return null;
    total += value;
  }
  return total;
}
