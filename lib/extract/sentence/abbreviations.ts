import type { Language } from '../types';

/**
 * Abbreviations that end in a dot. A dot after one of them followed by a capital letter, a digit
 * or a quote is not a sentence end («г. Алматы», «2026 ж. 15 наурыз», "Dr. Li").
 *
 * `mayEndSentence` marks abbreviations that usually close a list and so end the sentence when
 * a capital follows («… және т.б. Келесі…», "… etc. The …").
 *
 * An entry with a capital letter matches only as written ("No." but not "no."); an all-lower-case
 * entry matches in any case («т.е.» and «Т.е.»).
 */
export interface AbbreviationRow {
  text: string;
  mayEndSentence?: boolean;
}

export const ABBREVIATIONS: Record<Language, readonly AbbreviationRow[]> = {
  ru: [
    { text: 'г.' },
    { text: 'гг.' },
    { text: 'т.е.' },
    { text: 'т.к.' },
    { text: 'т.ч.' },
    { text: 'т.н.' },
    { text: 'т.д.', mayEndSentence: true },
    { text: 'т.п.', mayEndSentence: true },
    { text: 'др.', mayEndSentence: true },
    { text: 'им.' },
    { text: 'ул.' },
    { text: 'пр.' },
    { text: 'просп.' },
    { text: 'обл.' },
    { text: 'р-н.' },
    { text: 'см.' },
    { text: 'напр.' },
    { text: 'млн.' },
    { text: 'млрд.' },
    { text: 'трлн.' },
    { text: 'тыс.' },
    { text: 'руб.' },
    { text: 'долл.' },
    { text: 'проф.' },
    { text: 'акад.' },
    { text: 'ген.' },
    { text: 'зам.' },
    { text: 'ст.' },
    { text: 'п.' },
    { text: 'ч.' },
    { text: 'тел.' },
    { text: 'с.' },
  ],
  kk: [
    { text: 'ж.' },
    { text: 'жж.' },
    { text: 'т.б.', mayEndSentence: true },
    { text: 'т.с.с.', mayEndSentence: true },
    { text: 'б.з.б.' },
    { text: 'млн.' },
    { text: 'млрд.' },
    { text: 'трлн.' },
    { text: 'мың.' },
    { text: 'обл.' },
    { text: 'көш.' },
    { text: 'ауд.' },
    { text: 'проф.' },
    { text: 'акад.' },
  ],
  en: [
    { text: 'Mr.' },
    { text: 'Mrs.' },
    { text: 'Ms.' },
    { text: 'Dr.' },
    { text: 'Prof.' },
    { text: 'Gen.' },
    { text: 'Sen.' },
    { text: 'Rep.' },
    { text: 'Gov.' },
    { text: 'Amb.' },
    { text: 'St.' },
    { text: 'Mt.' },
    { text: 'Jr.' },
    { text: 'Sr.' },
    { text: 'No.' },
    { text: 'Nos.' },
    { text: 'U.S.' },
    { text: 'U.K.' },
    { text: 'U.N.' },
    { text: 'e.g.' },
    { text: 'i.e.' },
    { text: 'cf.' },
    { text: 'vs.' },
    { text: 'approx.' },
    { text: 'Jan.' },
    { text: 'Feb.' },
    { text: 'Mar.' },
    { text: 'Apr.' },
    { text: 'Jun.' },
    { text: 'Jul.' },
    { text: 'Aug.' },
    { text: 'Sep.' },
    { text: 'Sept.' },
    { text: 'Oct.' },
    { text: 'Nov.' },
    { text: 'Dec.' },
    { text: 'etc.', mayEndSentence: true },
    { text: 'Inc.', mayEndSentence: true },
    { text: 'Ltd.', mayEndSentence: true },
    { text: 'Co.', mayEndSentence: true },
    { text: 'Corp.', mayEndSentence: true },
  ],
};
