import type { Language } from '../types';

/**
 * Words that make a place's name part of another name when they follow it, the name standing
 * without an ending: an order («Достық ордені»), a street or a square («Абай даңғылы», "Dostyk
 * Avenue"), a building («Достық үйі», «Бейбітшілік сарайы»), a park, a prize. Kazakh words are
 * stems: the head carries the possessive and any case («орденімен»), but not the plural
 * («Алматы көшелері» are the city's streets). English words are matched as written, capitalised
 * as a name's head is ("China house prices" are China's).
 */
export const HEADS_AFTER_PLACE_NAME: Readonly<Record<Language, readonly string[]>> = {
  kk: ['орден', 'медаль', 'сыйлық', 'даңғыл', 'көше', 'алаң', 'бульвар', 'саябақ', 'үй', 'сарай', 'мейманхана', 'стадион'],
  ru: [],
  en: ['Avenue', 'Street', 'Square', 'Boulevard', 'Lane', 'Park', 'Palace', 'House', 'Hotel', 'Stadium', 'Prize', 'Award', 'Medal', 'Order'],
};

/**
 * A sequence of words before a place's name, normalized. `quotedName`: only before a quoted
 * name; `capitalised`: only when its first word is ("the Order of Dostyk", not "the order of").
 */
export interface HeadBefore {
  words: readonly string[];
  quotedName: boolean;
  capitalised: boolean;
}

/**
 * Words right before a place's name that make it part of another name («орден Достык», «проспект
 * Достык», «ул. Достык», "Order of Dostyk"). Russian heads in their singular case forms only
 * («улицы Алматы» may be the city's streets). A building or a park takes its name in quotes
 * («стадион «Астана»», «гостиница «Казахстан»»): unquoted, the name after it is the city in the
 * genitive («в парке Алматы»), as an indeclinable name shows no case.
 */
export const HEADS_BEFORE_PLACE_NAME: Readonly<Record<Language, readonly HeadBefore[]>> = {
  kk: [],
  ru: [
    ...heads('орден ордена ордену орденом ордене', false),
    ...heads('медаль медалью премия премию премией', false),
    ...heads('проспект проспекта проспекту проспектом проспекте пр просп', false),
    ...heads('улица улицу улицей улице ул', false),
    ...heads('площадь площадью пл', false),
    ...heads('бульвар бульвара бульвару бульваром бульваре', false),
    ...heads('переулок переулка переулку переулком переулке', false),
    ...heads('парк парка парку парком парке', true),
    ...heads('дворец дворца дворцу дворцом дворце', true),
    ...heads('гостиница гостиницу гостиницей гостинице отель отеля отелю отелем отеле', true),
    ...heads('стадион стадиона стадиону стадионом стадионе', true),
  ],
  en: [
    { words: ['order', 'of'], quotedName: false, capitalised: true },
    { words: ['medal', 'of'], quotedName: false, capitalised: true },
  ],
};

function heads(list: string, quotedName: boolean): HeadBefore[] {
  return list.split(' ').map((word) => ({ words: [word], quotedName, capitalised: false }));
}

/**
 * Ordinary words of each language that are also names of places (villages and stations are
 * often named «Достық», «Бірлік», "Oral" is a city). Written with a capital, they still may be
 * the ordinary word when the capital only opens a sentence. Normalized.
 */
export const ORDINARY_WORD_NAMES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['достық', 'бірлік', 'жеңіс', 'береке', 'ынтымақ', 'бостандық', 'тәуелсіздік', 'бейбітшілік', 'жетіген'],
  ru: ['дружба', 'курган', 'победа', 'единство', 'свобода'],
  en: ['oral', 'friendship', 'unity', 'victory', 'liberty'],
};

/**
 * Words naming the kind of place right after its name («Достық станциясы», «Курган город», "Oral
 * city"): they show an ordinary-word name at a sentence start to be the place. Lemmas.
 */
export const PLACE_KIND_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['станция', 'бекет', 'ауыл', 'кент', 'қала', 'қ', 'өткел', 'порт', 'аудан', 'облыс'],
  ru: ['станция', 'ст', 'поселок', 'пос', 'село', 'город', 'г', 'пункт', 'порт'],
  en: ['station', 'village', 'town', 'city', 'crossing', 'port', 'region'],
};

/** Words that join two names of a list or a route («Достық және Алашанькоу»); dashes join too. */
export const NAME_JOINERS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['және', 'мен', 'бен', 'пен', 'немесе'],
  ru: ['и', 'или'],
  en: ['and', 'or'],
};

/**
 * Abbreviations that end in a dot right before a name («г. Курган», «ст. Достык», «а. Бірлік»):
 * the dot does not end a sentence. Normalized.
 */
export const ABBREVIATIONS_BEFORE_NAMES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['қ', 'ст', 'а', 'ауд', 'обл', 'к'],
  ru: ['г', 'ст', 'пос', 'с', 'пгт', 'обл', 'р-н', 'ул', 'пр', 'просп', 'пл', 'им'],
  en: ['st', 'mt', 'ft'],
};
