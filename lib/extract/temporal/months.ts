import type { Language } from '../types';

/**
 * Month names. Kazakh months are stems that take case, possessive and plural endings (наурызда,
 * сәуірінде); Russian months are listed with every case form; English months have their usual
 * abbreviations.
 */

export interface KazakhMonth {
  month: number;
  stem: string;
}

export const KK_MONTHS: readonly KazakhMonth[] = [
  { month: 1, stem: 'қаңтар' },
  { month: 2, stem: 'ақпан' },
  { month: 3, stem: 'наурыз' },
  { month: 4, stem: 'сәуір' },
  { month: 5, stem: 'мамыр' },
  { month: 6, stem: 'маусым' },
  { month: 7, stem: 'шілде' },
  { month: 8, stem: 'тамыз' },
  { month: 9, stem: 'қыркүйек' },
  { month: 10, stem: 'қазан' },
  { month: 11, stem: 'қараша' },
  { month: 12, stem: 'желтоқсан' },
];

export interface RussianMonth {
  month: number;
  /** The form after a day number: «15 марта». */
  genitive: string;
  /** Every case form, genitive included. */
  forms: readonly string[];
}

export const RU_MONTHS: readonly RussianMonth[] = [
  { month: 1, genitive: 'января', forms: ['январь', 'января', 'январе', 'январю', 'январём', 'январем'] },
  { month: 2, genitive: 'февраля', forms: ['февраль', 'февраля', 'феврале', 'февралю', 'февралём', 'февралем'] },
  { month: 3, genitive: 'марта', forms: ['март', 'марта', 'марте', 'марту', 'мартом'] },
  { month: 4, genitive: 'апреля', forms: ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем'] },
  { month: 5, genitive: 'мая', forms: ['май', 'мая', 'мае', 'маю', 'маем'] },
  { month: 6, genitive: 'июня', forms: ['июнь', 'июня', 'июне', 'июню', 'июнем'] },
  { month: 7, genitive: 'июля', forms: ['июль', 'июля', 'июле', 'июлю', 'июлем'] },
  { month: 8, genitive: 'августа', forms: ['август', 'августа', 'августе', 'августу', 'августом'] },
  { month: 9, genitive: 'сентября', forms: ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрём', 'сентябрем'] },
  { month: 10, genitive: 'октября', forms: ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрём', 'октябрем'] },
  { month: 11, genitive: 'ноября', forms: ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрём', 'ноябрем'] },
  { month: 12, genitive: 'декабря', forms: ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрём', 'декабрем'] },
];

export interface EnglishMonth {
  month: number;
  name: string;
  /** Used only next to a day or a year ("Feb 19", "Sept 2026"), never alone. */
  abbreviations: readonly string[];
}

export const EN_MONTHS: readonly EnglishMonth[] = [
  { month: 1, name: 'January', abbreviations: ['Jan'] },
  { month: 2, name: 'February', abbreviations: ['Feb'] },
  { month: 3, name: 'March', abbreviations: ['Mar'] },
  { month: 4, name: 'April', abbreviations: ['Apr'] },
  { month: 5, name: 'May', abbreviations: [] },
  { month: 6, name: 'June', abbreviations: ['Jun'] },
  { month: 7, name: 'July', abbreviations: ['Jul'] },
  { month: 8, name: 'August', abbreviations: ['Aug'] },
  { month: 9, name: 'September', abbreviations: ['Sept', 'Sep'] },
  { month: 10, name: 'October', abbreviations: ['Oct'] },
  { month: 11, name: 'November', abbreviations: ['Nov'] },
  { month: 12, name: 'December', abbreviations: ['Dec'] },
];

const KK_STEMS_LONGEST_FIRST = [...KK_MONTHS].sort((a, b) => b.stem.length - a.stem.length);

const RU_FORM_TO_MONTH = new Map(RU_MONTHS.flatMap(({ month, forms }) => forms.map((form) => [form, month] as const)));

const EN_NAME_TO_MONTH = new Map(
  EN_MONTHS.flatMap(({ month, name, abbreviations }) =>
    [name, ...abbreviations].map((word) => [word.toLowerCase(), month] as const),
  ),
);

/** The month number a matched month word stands for (1–12), or null. */
export function monthOfWord(language: Language, word: string): number | null {
  const lower = word.toLowerCase();
  switch (language) {
    case 'kk':
      return KK_STEMS_LONGEST_FIRST.find(({ stem }) => lower.startsWith(stem))?.month ?? null;
    case 'ru':
      return RU_FORM_TO_MONTH.get(lower) ?? null;
    case 'en':
      return EN_NAME_TO_MONTH.get(lower.replace(/\.$/, '')) ?? null;
  }
}
