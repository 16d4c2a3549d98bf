import { compilePhrases, splitPhrase, type PhraseTable, type PhraseRow } from '../sentence/phrase-matcher';
import type { Language, RelationStatus, RelationType } from '../types';

/**
 * Words that tie two places, per language and relation type, and the words that give a relation
 * its status. Pattern syntax: see `sentence/phrase-matcher.ts` (`*` continues a word; otherwise a
 * regular expression over the whole lower-cased word).
 */
interface TriggerRow {
  phrase: string;
  unlessPrecededBy?: readonly string[];
  unlessFollowedBy?: readonly string[];
}

type RelationTriggerTable = Readonly<Partial<Record<RelationType, readonly (string | TriggerRow)[]>>>;

const RELATION_TRIGGERS: Readonly<Record<Language, RelationTriggerTable>> = {
  kk: {
    SISTER_CITIES: ['бауырлас*', 'егіз қала*'],
    FLIGHTS: ['рейс*', 'авиарейс*', 'әуе қатынас*', 'әуе байланыс*'],
    AGREEMENT: [{ phrase: 'келісім*', unlessFollowedBy: ['білдір*', 'бер*'] }, 'меморандум*'],
    COOPERATION: [
      // «Шаңхай ынтымақтастық ұйымы» is an organisation's name, not a tie between places.
      { phrase: 'ынтымақтастық*', unlessFollowedBy: ['ұйым*'] },
      'өзара іс-қимыл*',
      // «байланысты» is the postposition "in connection with".
      'байланыс(?!ты$)*',
      'әріптестік*',
      'қарым-қатынас*',
    ],
    VISIT: ['сапар*', 'іссапар*', 'іс-сапар*'],
  },
  ru: {
    SISTER_CITIES: ['побратим*', '\\p{L}+-побратим*', 'породнен*', 'породнил*'],
    FLIGHTS: ['рейс*', 'авиарейс*', 'авиасообщени*', 'авиасвяз*', 'перелет*', 'воздушн* сообщени*'],
    AGREEMENT: ['соглашени(?:е|я|ю|ем|и|й|ям|ями|ях)', 'меморандум*', 'договор(?:|а|у|ом|е|ы|ов|ам|ами|ах)', 'договоренност*'],
    COOPERATION: [
      // «Шанхайская организация сотрудничества» is a name.
      { phrase: 'сотрудничеств*', unlessPrecededBy: ['организаци*'] },
      'взаимодействи*',
      'партнерств*',
      // «в связи с» is "in connection with".
      { phrase: 'связ(?:и|ей|ям|ями|ях)', unlessPrecededBy: ['в'] },
      'отношени(?:я|й|ях|ям|ями)',
    ],
    VISIT: ['визит(?:а|у|ом|е|ы|ов|ами|ах)?', 'посет(?:ил|ила|или|ит|ят|ить)', 'посещени(?:е|я|ю|ем|и)', 'поездк(?:а|и|е|у|ой|ам|ами|ах)'],
  },
  en: {
    SISTER_CITIES: ['sister cit(?:y|ies)', 'sister-cit(?:y|ies)', 'twin cit(?:y|ies)', 'twin towns?', 'twinned', 'twinning', 'sister (?:relations|ties)'],
    FLIGHTS: [
      { phrase: 'flights?', unlessFollowedBy: ['attendants?', 'crews?', 'safety'] },
      'air links?',
      'air services?',
      'air routes?',
      'air connections?',
      'air connectivity',
    ],
    AGREEMENT: [{ phrase: 'agreements?', unlessPrecededBy: ['in'] }, 'memorand(?:um|a|ums)', 'mous?', 'accords?'],
    COOPERATION: [
      { phrase: 'cooperation', unlessFollowedBy: ['organi[sz]ation'] },
      'co-operation',
      'partnerships?',
      'ties',
      'collaboration',
      'relations',
    ],
    VISIT: [{ phrase: 'visit(?:s|ed|ing)?', unlessFollowedBy: ['cards?'] }, 'trips?'],
  },
};

export interface RelationCue {
  status: RelationStatus;
  /** Intent and proposal verbs speak for their whole clause, not just the nearest words. */
  clauseWide: boolean;
}

interface CueRow {
  status: RelationStatus;
  clauseWide?: boolean;
  phrases: readonly string[];
}

/**
 * Status words. Intent and proposal verbs (plans, will, жоспарлап, ұсынды, предложили) govern
 * their clause and win over an action word in it («планируют запустить рейсы» is planned, "proposed
 * to launch flights" proposed); otherwise the cue nearest the trigger wins («подписали меморандум
 * об увеличении рейсов»: the memorandum is signed, the flights proposed). Action words are past
 * forms only: «запустит», "will launch" are not launched yet.
 */
const RELATION_STATUS_CUES: Readonly<Record<Language, readonly CueRow[]>> = {
  kk: [
    {
      status: 'planned',
      clauseWide: true,
      phrases: [
        'жоспар*',
        '(?!(?:аймақ|тамақ|салмақ)*$)\\p{L}+(?:мақ|пақ|мек|пек)(?:шы|ші)?',
        'алдағы',
        'ниет*',
        'күтіл*',
        'ашылады',
        'іске қосылады',
      ],
    },
    { status: 'proposed', clauseWide: true, phrases: ['ұсын*'] },
    { status: 'proposed', phrases: ['арттыр*', 'көбейт*', 'ұлғайт*', 'кеңейт*'] },
    { status: 'signed', phrases: ['қол қой*'] },
    { status: 'launched', phrases: ['іске қосыл(?:ды|ған)', 'іске қосты', 'ашылды', 'ашылған', 'ашты', 'қатынай бастады'] },
  ],
  ru: [
    {
      status: 'planned',
      clauseWide: true,
      phrases: [
        'план*',
        'запланирова*',
        'намерен*',
        'будет',
        'будут',
        'предстоящ*',
        'собира*',
        'запустит',
        'запустят',
        'откроет*',
        'откроют*',
        'начнет*',
        'начнут*',
      ],
    },
    { status: 'proposed', clauseWide: true, phrases: ['предлож*'] },
    { status: 'proposed', phrases: ['увелич*', 'расшир*'] },
    { status: 'signed', phrases: ['подпис*'] },
    { status: 'launched', phrases: ['запущен*', 'запустил*', 'открыл*', 'открыт(?:ы|о|а)?', 'возобновил*'] },
  ],
  en: [
    { status: 'planned', clauseWide: true, phrases: ['plan*', 'will', 'intend*', 'scheduled', 'upcoming', 'expect(?:s|ed)?'] },
    { status: 'proposed', clauseWide: true, phrases: ['propos*', 'suggest*'] },
    { status: 'proposed', phrases: ['increas*', 'expand*'] },
    { status: 'signed', phrases: ['signed', 'signing', 'sign', 'inked'] },
    { status: 'launched', phrases: ['launched', 'opened', 'inaugurated', 'began', 'started', 'resumed'] },
  ],
};

function compileTriggers(language: Language): PhraseTable<RelationType> {
  const rows: PhraseRow<RelationType>[] = [];
  for (const [type, triggers] of Object.entries(RELATION_TRIGGERS[language]) as [RelationType, readonly (string | TriggerRow)[]][]) {
    for (const trigger of triggers) {
      const row = typeof trigger === 'string' ? { phrase: trigger } : trigger;
      rows.push({
        words: splitPhrase(row.phrase),
        value: type,
        ...(row.unlessPrecededBy ? { unlessPrecededBy: row.unlessPrecededBy } : {}),
        ...(row.unlessFollowedBy ? { unlessFollowedBy: row.unlessFollowedBy } : {}),
      });
    }
  }
  return compilePhrases(rows);
}

function compileCues(language: Language): PhraseTable<RelationCue> {
  return compilePhrases(
    RELATION_STATUS_CUES[language].flatMap((row) =>
      row.phrases.map((phrase) => ({
        words: splitPhrase(phrase),
        value: { status: row.status, clauseWide: row.clauseWide ?? false },
      })),
    ),
  );
}

export const RELATION_TRIGGER_PHRASES: Readonly<Record<Language, PhraseTable<RelationType>>> = {
  kk: compileTriggers('kk'),
  ru: compileTriggers('ru'),
  en: compileTriggers('en'),
};

export const RELATION_CUE_PHRASES: Readonly<Record<Language, PhraseTable<RelationCue>>> = {
  kk: compileCues('kk'),
  ru: compileCues('ru'),
  en: compileCues('en'),
};
