import { kkConjunctionAfter, kkInflectName, kkInflectWord, type KkCase } from '@/lib/extract/morphology/kk-inflect';
import { ruInflectName, type RuCase, type RuNameKind, type RuPersonGender } from '@/lib/extract/morphology/ru-inflect';
import type { EntityType, LocalizedNames } from '@/lib/extract/types';
import type { TitleCase, TitleLocale } from './event-title-templates';

/**
 * Entity names as a title slot needs them, in each locale: English with its article, Russian in
 * any case on every conjunct, Kazakh with the case on the last conjunct only; a list longer than
 * three names ends in "others".
 */

/** A person, place or organisation as a title names it. */
export interface TitleEntity {
  type: EntityType;
  names: LocalizedNames;
  /** Grammatical gender of a person, when known; guessed from the name otherwise. */
  gender?: RuPersonGender;
}

/** Names listed before the rest are summed up as "others". */
const MAX_LISTED = 3;

/**
 * English names that take "the": those with an "of" phrase (the Ministry of Foreign Affairs)
 * and those that begin or end with a common noun (the Agency for Strategic Planning, the
 * Shanghai Municipal Government, the United States).
 */
const EN_DEFINITE_HEAD_WORDS: ReadonlySet<string> = new Set([
  'administration',
  'agency',
  'area',
  'assembly',
  'commission',
  'committee',
  'centre',
  'center',
  'council',
  'emirates',
  'embassy',
  'federation',
  'government',
  'house',
  'islands',
  'kingdom',
  'ministry',
  'office',
  'organisation',
  'organization',
  'region',
  'republic',
  'states',
  'union',
  'zone',
]);
const EN_ARTICLE_TYPES: ReadonlySet<EntityType> = new Set(['ORGANIZATION', 'COUNTRY', 'REGION']);

/**
 * Russian nouns set before a Cyrillic name whose own forms are not known, which then stays in the
 * nominative (an organisation's name in quotes): в городе Сямэнь, в регионе Тянь-Шань, с участием
 * организации «Казахстан темир жолы».
 */
const RU_APPOSITION: Readonly<Partial<Record<EntityType, string>>> = {
  CITY: 'город',
  REGION: 'регион',
  COUNTRY: 'страна',
  ORGANIZATION: 'организация',
};

/** Kazakh nouns set after a place name in Latin script, which take its endings: Guangzhou қаласының. */
const KK_PLACE_APPOSITION: Readonly<Partial<Record<EntityType, string>>> = { CITY: 'қала', REGION: 'аймақ', COUNTRY: 'ел' };

const RU_KIND: Readonly<Record<EntityType, RuNameKind>> = {
  PERSON: 'person',
  CITY: 'place',
  REGION: 'place',
  COUNTRY: 'place',
  ORGANIZATION: 'organization',
};

const RU_CASE: Readonly<Record<TitleCase, RuCase | null>> = {
  nom: null,
  bare: null,
  gen: 'genitive',
  dat: 'dative',
  acc: 'accusative',
  ins: 'instrumental',
  loc: 'prepositional',
  locrel: 'prepositional',
};

const KK_CASE: Readonly<Record<TitleCase, KkCase | null>> = {
  nom: null,
  bare: null,
  gen: 'genitive',
  dat: 'dative',
  acc: 'accusative',
  ins: 'instrumental',
  loc: 'locative',
  locrel: 'locativeRelative',
};

/** «другие» in each case; the accusative of people is that of the genitive. */
const RU_OTHERS: Readonly<Record<RuCase | 'nominative', string>> = {
  nominative: 'другие',
  genitive: 'других',
  dative: 'другим',
  accusative: 'другие',
  instrumental: 'другими',
  prepositional: 'других',
};
const KK_OTHERS = 'басқалар';
const EN_OTHERS = 'others';

const LATIN_ONLY = /^[^а-яёәғқңөұүһі]*$/i;

function enName(entity: TitleEntity, grammaticalCase: TitleCase): string {
  const name = entity.names.en.trim();
  if (grammaticalCase === 'bare' || !EN_ARTICLE_TYPES.has(entity.type) || /^the\s/i.test(name)) return name;
  const words = name.toLowerCase().split(/\s+/);
  const headWord = EN_DEFINITE_HEAD_WORDS.has(words[0] ?? '') || EN_DEFINITE_HEAD_WORDS.has(words.at(-1) ?? '');
  return / of /.test(name) || headWord ? `the ${name}` : name;
}

function ruName(entity: TitleEntity, grammaticalCase: TitleCase): string {
  const name = entity.names.ru.trim();
  const ruCase = RU_CASE[grammaticalCase];
  if (!ruCase) return name;
  const form = ruInflectName(name, RU_KIND[entity.type], ruCase, { gender: entity.gender });
  if (form !== null) return form;
  const apposition = RU_APPOSITION[entity.type];
  if (!apposition) return name;
  const quoted = entity.type === 'ORGANIZATION' ? `«${name}»` : name;
  return `${ruInflectName(apposition, 'place', ruCase) ?? apposition} ${quoted}`;
}

/** A Kazakh name as a phrase that can take endings: a Latin-script place gets its Kazakh noun (Guangzhou қаласы). */
function kkPhrase(entity: TitleEntity): string {
  const name = entity.names.kk.trim();
  const apposition = KK_PLACE_APPOSITION[entity.type];
  return apposition && LATIN_ONLY.test(name) ? `${name} ${kkInflectWord(apposition, 'possessive')}` : name;
}

/** Names of a slot in a case, coordinated as the locale does. */
export function renderNames(entities: readonly TitleEntity[], grammaticalCase: TitleCase, locale: TitleLocale): string {
  const listed = entities.length > MAX_LISTED ? entities.slice(0, MAX_LISTED - 1) : entities;
  const more = entities.length > listed.length;
  switch (locale) {
    case 'en':
      return joinEn([...listed.map((e) => enName(e, grammaticalCase)), ...(more ? [EN_OTHERS] : [])]);
    case 'ru': {
      const ruCase = RU_CASE[grammaticalCase];
      const animate = entities[0]?.type === 'PERSON';
      const others = ruCase === 'accusative' && animate ? RU_OTHERS.genitive : RU_OTHERS[ruCase ?? 'nominative'];
      return joinRu([...listed.map((e) => ruName(e, grammaticalCase)), ...(more ? [others] : [])]);
    }
    case 'kk':
      return joinKk(listed, more, grammaticalCase);
  }
}

function joinEn(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function joinRu(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} и ${names.at(-1)}`;
}

/**
 * Kazakh coordination: the case ending only on the last conjunct; two joined by «мен / бен / пен»
 * (Алматы мен Астанаға), more, or any instrumental, by «және» (Алматы, Астана және Шымкентке).
 */
function joinKk(listed: readonly TitleEntity[], more: boolean, grammaticalCase: TitleCase): string {
  const kkCase = KK_CASE[grammaticalCase];
  const heads = listed.map((entity) => kkPhrase(entity));
  const last = more ? KK_OTHERS : heads.pop();
  if (last === undefined) return '';
  const lastForm = !kkCase ? last : more ? kkInflectWord(last, kkCase) : kkInflectName(last, kkCase);
  if (heads.length === 0) return lastForm;
  if (heads.length === 1 && kkCase !== 'instrumental') {
    const [first] = heads as [string];
    return `${first} ${kkConjunctionAfter(first)} ${lastForm}`;
  }
  return `${heads.join(', ')} және ${lastForm}`;
}
