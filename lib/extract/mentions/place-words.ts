import type { Language } from '../types';

/**
 * The generic word «city» that travels with a city's name and may be present or absent inside a
 * longer name: «Шаңхай қаласы Халық үкіметі» = «Шаңхай Халық үкіметі», «Правительство города
 * Шанхая» = «Правительство Шанхая». Only the city word: «облысы», «ауданы» make a different place
 * (Алматы облысы is not Алматы), so they must be matched as written in the gazetteer. «қ.» and
 * «г.» are the abbreviations (Алматы қ., г. Алматы).
 * Lemmas, as `lemmaCandidates` produces them.
 */
export const PLACE_WORD_LEMMAS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['қала', 'қ'],
  ru: ['город', 'г'],
  en: ['city'],
};
