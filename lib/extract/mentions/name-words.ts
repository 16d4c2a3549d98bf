import type { Language } from '../types';

/**
 * Generic words inside a name that running text often writes in lower case although the
 * gazetteer capitalises them ("the Abai region", "Xinjiang Uygur autonomous region"), with their
 * plurals, which name several places at once ("Mangistau and Abai regions"). Never the first word
 * of a name. Kazakh and Russian gazetteer forms write these words in lower case already.
 */
export interface LowerCaseNameWord {
  /** The word, normalized. */
  word: string;
  plurals: readonly string[];
}

export const LOWER_CASE_NAME_WORDS: Readonly<Record<Language, readonly LowerCaseNameWord[]>> = {
  kk: [],
  ru: [],
  en: [
    { word: 'region', plurals: ['regions'] },
    { word: 'oblast', plurals: ['oblasts'] },
    { word: 'province', plurals: ['provinces'] },
    { word: 'district', plurals: ['districts'] },
    { word: 'prefecture', plurals: ['prefectures'] },
    { word: 'county', plurals: ['counties'] },
    { word: 'autonomous', plurals: [] },
    { word: 'municipality', plurals: ['municipalities'] },
  ],
};
