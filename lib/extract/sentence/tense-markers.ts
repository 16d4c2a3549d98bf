import type { Language } from '../types';
import { compilePhrases, splitPhrase, type PhraseTable, type PhraseRow } from './phrase-matcher';

/**
 * Words that give an event its tense, per language.
 *
 * - `future`: future, intent or proposal (a planned event);
 * - `past`: a completed action (a held event);
 * - `reporting`: verbs of saying («хабарлады», «сообщил», "said"). They are the frame of reported
 *   speech, not the tense of the event reported, so they mask the words they cover and count for
 *   nothing else;
 * - `ongoing`: a converb with an auxiliary of duration («дамытып келеді» has been developing,
 *   «өтіп жатыр»): the auxiliary is no future, and the pair gives no tense;
 * - `discussion`: verbs of discussing («талқылады», «обсудили», "discussed"). A meeting where
 *   things were discussed took place; a visit, flight or agreement that was discussed has not
 *   happened yet (see `events/event-tense.ts`).
 *
 * Rows are tried longest first, then in table order, so a reporting phrase beats the past verb inside
 * it («атап өтті» is "noted", not "took place") and an intent word beats a generic past ending
 * («ұсынды», "proposed").
 */
export type TenseKind = 'future' | 'past' | 'reporting' | 'ongoing' | 'discussion';

export interface TenseMarkerInfo {
  kind: TenseKind;
  /** Only a marker when it ends the sentence (or a clause closed by «;»): the slot of a finite verb. */
  clauseFinalOnly: boolean;
}

interface TenseMarkerGroup {
  kind: TenseKind;
  clauseFinalOnly?: boolean;
  phrases: readonly string[];
}

/** A word pattern that refuses the listed words (nouns that look like verb forms). */
function excluding(words: readonly string[], pattern: string): string {
  return `(?!(?:${words.join('|')})$)${pattern}`;
}

const KK_NOUNS_ENDING_LIKE_INTENT = ['аймақ*', 'тамақ*', 'салмақ*', 'жұмақ', 'құймақ', 'бақ'];
const RU_NOUNS_ENDING_LIKE_PAST = [
  'посол',
  'консул*',
  'генерал*',
  'зал',
  'стол',
  'недели',
  'модели',
  'школа',
  'потенциал',
  'материал',
  'капитал',
  'канал',
  'сигнал',
  'финал',
  'вокзал',
  'персонал',
  'идеал',
  'интервал',
  'журнал',
  'арсенал',
  'ритуал',
  'начала',
];
const EN_WORDS_ENDING_IN_ED = [
  'need',
  'speed',
  'hundred',
  'red',
  'seed',
  'feed',
  'shed',
  'bed',
  'united',
  'based',
  'related',
  'limited',
  'advanced',
  'detailed',
  'dedicated',
  'indeed',
  'interested',
  'concerned',
  'involved',
  'so-called',
  'expected',
  'proposed',
  'planned',
  'scheduled',
];

const TENSE_MARKER_GROUPS: Readonly<Record<Language, readonly TenseMarkerGroup[]>> = {
  kk: [
    {
      kind: 'reporting',
      phrases: ['атап өт*', 'хабарла*', 'мәлімде*', 'айт*', 'жеткіз*', 'деп', 'деді', 'білдір*', 'тоқтал*', 'баяндады', 'түсіндірді', 'жазады'],
    },
    { kind: 'discussion', phrases: ['талқыла*', 'қарастыр*', 'сөз бол*', 'пікір алмас*'] },
    { kind: 'ongoing', phrases: ['(?!жоспарла|ұсын)\\p{L}+п (?:келеді|жатыр|отыр|тұр)'] },
    {
      kind: 'future',
      phrases: [
        '\\p{L}+(?:атын|етін|йтын|йтін)(?:ы|і|ын|ін|ға|ге|да|де)?',
        excluding(KK_NOUNS_ENDING_LIKE_INTENT, '\\p{L}+(?:мақ|бақ|пақ|мек|бек|пек)(?:шы|ші)?'),
        'жоспарла*',
        'ұсын*',
        'ниет*',
        'өтеді',
        'болады',
        'өткізіледі',
        'ашылады',
        'басталады',
        'келеді',
        'барады',
        'жалғасады',
        // A consonant stem's present-future («шық-ады», «тарт-ады»); their past is «шықты», «тартты».
        'шығады',
        'тартады',
        'аттанады',
        'кейінге қалдырыл*',
        'алады',
        'қалады',
        'салады',
        'біледі',
        'береді',
        'кетеді',
        'қол қойылады',
        'күтіл*',
        'алдағы',
        'ұйымдастыру(?:ды|дың|ға|ы|ын)?',
        // A verbal noun in the dative says what someone is to do: «қатысуға», «кездесуге келісті».
        '\\p{L}+(?:уға|уге|юға|юге)',
      ],
    },
    {
      kind: 'past',
      phrases: [
        'өтті',
        'болды',
        'өткізілді',
        'ашылды',
        'кездесті',
        'жүздесті',
        'келді',
        'барды',
        'қол қойды',
        'қол қойылды',
        'өткен',
        'болған',
        'өткізілген',
        'ашылған',
        'қол қойылған',
        // A past participle with a possessive/accusative ending reports a completed act: «өткенін».
        '\\p{L}+(?:ған|ген|қан|кен)(?:ын|ін|ы|і)',
      ],
    },
    // Third-person verbs end the sentence; elsewhere the same endings are mostly accusative nouns
    // («қатынастарды, туризм …»), so they count only there. «-йды» is present-future (жасайды);
    // «-ды» after a consonant, «-ты», and «-лады» of «-ла» stems are past (келді, өтті, талқылады);
    // «-ады/-еді» after other stems is either (барады will go, жасады did) and is left out.
    { kind: 'future', clauseFinalOnly: true, phrases: ['\\p{L}+(?:йды|йді)'] },
    {
      kind: 'past',
      clauseFinalOnly: true,
      phrases: ['\\p{L}+[^аеәоөұүыіуюяэ](?:ды|ді)', '\\p{L}+(?:ты|ті)', '\\p{L}+л(?:ады|еді)'],
    },
  ],
  ru: [
    {
      kind: 'reporting',
      phrases: ['сообщ*', 'заяви*', 'отмети*', 'подчеркну*', 'рассказа*', 'пишет', 'передает', 'сказа*', 'говори*', 'информирует', 'уточни*', 'добави*'],
    },
    { kind: 'discussion', phrases: ['обсу*', 'рассмотре*', 'рассматрива*', 'обменялись мнениями'] },
    {
      kind: 'future',
      phrases: [
        'будет',
        'будут',
        'состоится',
        'состоятся',
        'пройдет',
        'пройдут',
        'проведут',
        'проведет',
        'планиру*',
        'запланирова*',
        'предлож*',
        'намерен*',
        'намерева*',
        'собира*',
        'ожида*',
        'предстоящ*',
        'предполага*',
        'намечен*',
        'посетит',
        'посетят',
        'встретится',
        'встретятся',
        'откроется',
        'откроются',
        'откроет',
        'откроют',
        'подпишут',
        'подпишет',
        'запустят',
        'запустит',
        'начнет*',
        'начнут*',
        'перенес(?:ен|ена|ено|ены|ли|ла)',
        'отложен*',
      ],
    },
    {
      kind: 'past',
      phrases: [
        'прошла',
        'прошел',
        'прошли',
        'прошло',
        'состоял(?:ся|ась|ись|ось)',
        // Short passive participles report a completed act: «подписано», «открыт».
        '(?:подписан|заключен|проведен|открыт|запущен|принят|утвержден|достигнут)(?:|о|а|ы)',
        excluding(RU_NOUNS_ENDING_LIKE_PAST, '\\p{L}{2,}[аяеиыоую](?:л|ла|ло|ли|лся|лась|лось|лись)'),
      ],
    },
  ],
  en: [
    {
      kind: 'reporting',
      phrases: [
        'said',
        'says',
        'told',
        'noted',
        'stated',
        'reported',
        'reports',
        'writes',
        'added',
        'announced',
        'stressed',
        'emphasi[sz]ed',
        'according',
        'explained',
        'underlined',
        'highlighted',
        'pointed',
      ],
    },
    { kind: 'discussion', phrases: ['discuss*', 'consider(?:ed|s|ing)?', 'explored', 'exchanged views'] },
    {
      kind: 'future',
      phrases: [
        'will',
        "\\p{L}+'ll",
        'shall',
        'would',
        'plans',
        'planned',
        'planning',
        'intend*',
        'propos*',
        'suggest*',
        'expected',
        'upcoming',
        'scheduled',
        'forthcoming',
        'soon',
        'to be',
        'set to',
        'going to',
        'aims? to',
        '(?:was|were|is|are|been) (?:planned|scheduled|expected|proposed|set|postponed|delayed|rescheduled)',
        // A postponed event has not taken place.
        'postponed',
        'delayed',
        'rescheduled',
      ],
    },
    {
      kind: 'past',
      phrases: [
        'held',
        'met',
        'took',
        'was',
        'were',
        'had',
        'came',
        'went',
        'began',
        'flew',
        excluding(EN_WORDS_ENDING_IN_ED, '\\p{L}{2,}ed'),
      ],
    },
  ],
};

function compileMarkers(language: Language): PhraseTable<TenseMarkerInfo> {
  const rows: PhraseRow<TenseMarkerInfo>[] = TENSE_MARKER_GROUPS[language].flatMap((group) =>
    group.phrases.map((phrase) => ({
      words: splitPhrase(phrase),
      value: { kind: group.kind, clauseFinalOnly: group.clauseFinalOnly ?? false },
    })),
  );
  return compilePhrases(rows);
}

export const TENSE_MARKERS: Readonly<Record<Language, PhraseTable<TenseMarkerInfo>>> = {
  kk: compileMarkers('kk'),
  ru: compileMarkers('ru'),
  en: compileMarkers('en'),
};
