import { firstIndex } from '../first-index';
import { splitPhrase, type PhraseRow } from '../sentence/phrase-matcher';
import { overlapsMention } from '../sentence/overlaps-mention';
import type { Token } from '../tokenize';
import type { Language, Mention } from '../types';

/**
 * Words that stand for a place the reader already knows, by the kind of place they stand for:
 *
 * - a place noun coordinated with a named place: «өңір мен Синьцзян», «город и Урумчи», "the
 *   region and Henan" (the region told before);
 * - an office of the place: «Облыс әкімі», «өңір басшысы», «аким области», «власти региона», "the
 *   region's governor" (the region the article is about);
 * - two places at once: "between the two capitals", «екі қала арасында» (the two places of the
 *   route or pair told in the sentence before).
 */
export type PlaceKind = 'CITY' | 'REGION';

const COORDINATED_NOUNS: Readonly<Record<Language, { words: Readonly<Record<PlaceKind, RegExp>>; connector: RegExp }>> = {
  kk: { words: { CITY: /^қала\p{L}{0,6}$/u, REGION: /^(?:өңір|облыс)\p{L}{0,6}$/u }, connector: /^(?:мен|бен|пен|және)$/u },
  ru: { words: { CITY: /^город\p{L}{0,3}$/u, REGION: /^(?:регион|област|провинци)\p{L}{0,4}$/u }, connector: /^и$/u },
  en: { words: { CITY: /^city$/u, REGION: /^(?:region|province)$/u }, connector: /^and$/u },
};

const OFFICES: Readonly<Record<Language, Readonly<Record<PlaceKind, readonly string[]>>>> = {
  kk: {
    REGION: ['облыс әкім*', 'облыстың әкім*', 'облыс басшы*', 'өңір басшы*', 'өңір әкім*', 'аймақ басшы*'],
    CITY: ['қала әкім*', 'қаланың әкім*', 'қала басшы*'],
  },
  ru: {
    REGION: ['аким* област*', 'акимат* област*', 'губернатор* област*', 'глав* регион*', 'власт* регион*', 'руководств* регион*'],
    CITY: ['аким* город*', 'акимат* город*', 'мэр* город*', 'глав* город*'],
  },
  en: {
    REGION: ["region's (?:akim|governor|head|authorities)", '(?:akim|governor|head) of the region', 'regional (?:akim|governor|authorities)'],
    CITY: ["city's (?:akim|mayor|head|authorities)", '(?:akim|mayor|head) of the city'],
  },
};

/** Offices of a place as phrase rows. */
export function officeRows(language: Language): PhraseRow<PlaceKind>[] {
  return (Object.entries(OFFICES[language]) as [PlaceKind, readonly string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((phrase) => ({ words: splitPhrase(phrase), value: kind })),
  );
}

const PAIR_REFERENCES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['екі (?:қала*|астана*|өңір*|облыс*|аймақ*|провинция*)'],
  ru: ['(?:два|две|двух|двумя|обе|обеих|обоих) (?:город*|столиц*|регион*|област*|провинци*)'],
  en: ['(?:the|both) two (?:cities|capitals|regions|provinces)', 'both (?:cities|capitals|regions|provinces)'],
};

/** Words for two places at once as phrase rows. */
export function pairReferenceRows(language: Language): PhraseRow<true>[] {
  return PAIR_REFERENCES[language].map((phrase) => ({ words: splitPhrase(phrase), value: true as const }));
}

export interface ReferenceInput {
  body: string;
  tokens: readonly Token[];
  normals: readonly string[];
  mentions: readonly Mention[];
  language: Language;
}

/** The kind of place a noun coordinated right before a place stands for («өңір мен Синьцзян»), with its offset. */
export function coordinatedReference(input: ReferenceInput, placeStart: number): { kind: PlaceKind; at: number } | null {
  const reference = COORDINATED_NOUNS[input.language];
  const before = firstIndex(input.tokens, (token) => token.end > placeStart);
  const connector = input.tokens[before - 1];
  const noun = input.tokens[before - 2];
  if (!connector || !noun || !reference.connector.test(input.normals[before - 1] ?? '')) return null;
  if (input.body.slice(noun.end, connector.start).trim() !== '' || input.body.slice(connector.end, placeStart).trim() !== '') return null;
  const normal = input.normals[before - 2] ?? '';
  const kind = (['CITY', 'REGION'] as const).find((candidate) => reference.words[candidate].test(normal));
  return kind ? { kind, at: noun.start } : null;
}

/**
 * Whether an office phrase stands for a place unnamed in the sentence («Облыс әкімі»), not for one
 * named with it: after it in Russian («аким области Абай»), before it in Kazakh («Абай облыс
 * әкімі»). The name of the officer («Аким области Берик Уали») is no place.
 */
export function isOfficeReference(input: ReferenceInput, office: { start: number; end: number }): boolean {
  if (overlapsMention(office, input.mentions)) return false;
  const { body } = input;
  const mentions = input.mentions.filter((mention) => mention.entity.type === 'CITY' || mention.entity.type === 'REGION');
  const after = mentions[firstIndex(mentions, (mention) => mention.start >= office.end)];
  const before = mentions[firstIndex(mentions, (mention) => mention.start >= office.start) - 1];
  const named =
    NAMED_SIDE[input.language] === 'after'
      ? after !== undefined && body.slice(office.end, after.start).trim() === ''
      : before !== undefined && body.slice(before.end, office.start).trim() === '';
  return !named;
}

/** Where a place naming an office stands next to it. */
const NAMED_SIDE: Readonly<Record<Language, 'before' | 'after'>> = { kk: 'before', ru: 'after', en: 'before' };
