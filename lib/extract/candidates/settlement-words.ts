import type { EntityType, Language, LocalizedNames } from '../types';

/**
 * Words that make the capitalised word(s) beside them a district or a settlement: «Тайынша
 * ауданы», «Қарабұлақ ауылы», «район Мақаншы», «село Нарынкол», "Zhanakorgan District".
 * `lemmas` as `lemmaCandidates` gives them; `position` says where the name stands (Kazakh and
 * English before the word, Russian mostly after it). A district is a REGION and is named with
 * the word in each language (`names`, `{name}` is the name); a settlement is a CITY named by its
 * name alone, like the cities of the gazetteer.
 */
export interface SettlementWord {
  lemmas: readonly string[];
  position: 'before' | 'after';
  type: Extract<EntityType, 'CITY' | 'REGION'>;
  /** How each language names the place; `{name}` is the name. */
  names: LocalizedNames;
}

const DISTRICT: LocalizedNames = { kk: '{name} ауданы', ru: 'район {name}', en: '{name} District' };
const COUNTY: LocalizedNames = { kk: '{name} уезі', ru: 'уезд {name}', en: '{name} County' };
const SETTLEMENT: LocalizedNames = { kk: '{name}', ru: '{name}', en: '{name}' };

export const SETTLEMENT_WORDS: Readonly<Record<Language, readonly SettlementWord[]>> = {
  kk: [
    { lemmas: ['ауданы'], position: 'before', type: 'REGION', names: DISTRICT },
    { lemmas: ['уезі'], position: 'before', type: 'REGION', names: COUNTY },
    { lemmas: ['ауылы'], position: 'before', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['кенті'], position: 'before', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['селосы'], position: 'before', type: 'CITY', names: SETTLEMENT },
  ],
  ru: [
    { lemmas: ['район'], position: 'after', type: 'REGION', names: DISTRICT },
    { lemmas: ['уезд'], position: 'after', type: 'REGION', names: COUNTY },
    { lemmas: ['село'], position: 'after', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['поселок', 'посёлок'], position: 'after', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['аул'], position: 'after', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['станица'], position: 'after', type: 'CITY', names: SETTLEMENT },
  ],
  en: [
    { lemmas: ['district'], position: 'before', type: 'REGION', names: DISTRICT },
    { lemmas: ['county'], position: 'before', type: 'REGION', names: COUNTY },
    { lemmas: ['village'], position: 'before', type: 'CITY', names: SETTLEMENT },
    { lemmas: ['township'], position: 'before', type: 'CITY', names: SETTLEMENT },
  ],
};

/**
 * Russian adjectives of a district before its word («Тайыншинский район», «в Тайыншинском
 * районе»): the adjective is the name, in the nominative.
 */
export const RU_DISTRICT_ADJECTIVE_ENDINGS: readonly { ending: string; nominative: string }[] = [
  { ending: 'ский', nominative: 'ский' },
  { ending: 'ского', nominative: 'ский' },
  { ending: 'скому', nominative: 'ский' },
  { ending: 'ским', nominative: 'ский' },
  { ending: 'ском', nominative: 'ский' },
  { ending: 'цкий', nominative: 'цкий' },
  { ending: 'цкого', nominative: 'цкий' },
  { ending: 'цкому', nominative: 'цкий' },
  { ending: 'цким', nominative: 'цкий' },
  { ending: 'цком', nominative: 'цкий' },
];
