import { EVENT_TYPES, type EventType, type Language } from '../types';
import { compilePhrases, splitPhrase, type PhraseRow, type PhraseTable } from '../sentence/phrase-matcher';

/**
 * The words that announce a happening, per language, by kind. A kind says what else the clause
 * must hold for the word to report a happening (a launch word for a flight, a guest for
 * «қабылдады», a facility for "opened"), which object re-types it (an opened door is an open day)
 * and which other happening of the sentence it gives way to («рейс ашылды» is a flight launch,
 * not an opening). Pattern syntax: see `sentence/phrase-matcher.ts`.
 */
export type TriggerKind =
  | 'event'
  | 'talks'
  | 'reception'
  | 'arrival'
  | 'exhibition'
  | 'signing'
  | 'intent'
  | 'flight'
  | 'opening'
  | 'launch'
  | 'participle'
  | 'start'
  | 'train'
  | 'contest'
  | 'anniversary'
  | 'generic';

/** What the clause must hold besides the word. */
export type TriggerNeed =
  /** A launch word in the same clause: a flight is an event only when launched, opened, new or first. */
  | 'launch'
  /** A launch word or a word of motion (set off, arrived): a train service. */
  | 'service'
  /** A verb saying it took place or will («көрме ашылды», «переговоры прошли», "talks were held"). */
  | 'happening'
  /** Something that opens: a facility, an organisation, a named object, a route or a span of time. */
  | 'facility'
  /** Who was received: «делегацияны қабылдады», «принял посла», "received the ambassador". */
  | 'guest'
  /** Who arrived: a person or a delegation. */
  | 'visitor'
  /** A celebration word: an anniversary is an event when it is marked. */
  | 'celebration'
  /** A date of its own: «открытая в 1990 году» (without one the participle is only an adjective). */
  | 'date'
  /** What is intended (a port, a flight, a route, a named object) or when: «намерена реализовать новый проект» names neither. */
  | 'aim';

export interface TriggerKindRule {
  needs: readonly TriggerNeed[];
  /** Dropped when the sentence holds a happening of one of these types (other than its own). */
  yieldsTo: readonly EventType[];
  /** Whether the object it stands with re-types it (see `OBJECT_CONCEPTS`). */
  retypes: boolean;
  /** A generic word («іс-шара», "event"): an event only with a date and a participant. */
  generic?: true;
}

const ALL_TYPES: readonly EventType[] = EVENT_TYPES;

export const TRIGGER_KINDS: Readonly<Record<TriggerKind, TriggerKindRule>> = {
  event: { needs: [], yieldsTo: [], retypes: false },
  talks: { needs: ['happening'], yieldsTo: ['VISIT'], retypes: false },
  reception: { needs: ['guest'], yieldsTo: ['VISIT'], retypes: false },
  arrival: { needs: ['visitor'], yieldsTo: [], retypes: true },
  exhibition: { needs: ['happening'], yieldsTo: [], retypes: false },
  signing: { needs: [], yieldsTo: ['PLAN'], retypes: false },
  intent: { needs: ['aim'], yieldsTo: ['MEETING', 'VISIT', 'CONFERENCE', 'AGREEMENT', 'REFERENDUM', 'FLIGHT_LAUNCH'], retypes: false },
  flight: { needs: ['launch'], yieldsTo: [], retypes: false },
  opening: { needs: ['facility'], yieldsTo: ['FLIGHT_LAUNCH', 'CONFERENCE', 'PLAN'], retypes: true },
  launch: { needs: ['facility'], yieldsTo: ['FLIGHT_LAUNCH', 'CONFERENCE', 'PLAN'], retypes: true },
  participle: { needs: ['facility', 'date'], yieldsTo: ['FLIGHT_LAUNCH', 'CONFERENCE', 'PLAN'], retypes: true },
  start: { needs: [], yieldsTo: ALL_TYPES, retypes: true },
  train: { needs: ['service'], yieldsTo: ['PLAN'], retypes: false },
  contest: { needs: ['happening'], yieldsTo: ALL_TYPES, retypes: false },
  anniversary: { needs: ['celebration'], yieldsTo: ALL_TYPES, retypes: false },
  generic: { needs: [], yieldsTo: ALL_TYPES, retypes: false, generic: true },
};

/** Types that give way to another type of the sentence whatever word names them: a meeting during a visit is part of the visit. */
export const TYPE_YIELDS: Readonly<Partial<Record<EventType, readonly EventType[]>>> = { MEETING: ['VISIT'] };

/** Types by kind where the kind alone does not say it (an event word's type is its table key). */
const KIND_TYPES: Readonly<Partial<Record<TriggerKind, EventType>>> = {
  talks: 'MEETING',
  reception: 'MEETING',
  arrival: 'VISIT',
  exhibition: 'CONFERENCE',
  signing: 'AGREEMENT',
  intent: 'PLAN',
  flight: 'FLIGHT_LAUNCH',
  opening: 'OPENING',
  launch: 'OPENING',
  participle: 'OPENING',
  start: 'OTHER',
  train: 'OTHER',
  contest: 'OTHER',
  anniversary: 'OTHER',
  generic: 'OTHER',
};

export interface EventTriggerInfo {
  type: EventType;
  kind: TriggerKind;
  /** The tense the word itself carries («қабылдады» is past, «қабылдайды» future). */
  tense?: 'past' | 'future';
}

interface TriggerRow {
  phrase: string;
  tense?: 'past' | 'future';
  unlessPrecededBy?: readonly string[];
  unlessFollowedBy?: readonly string[];
}

type KindTable = Readonly<Partial<Record<Exclude<TriggerKind, 'event'>, readonly (string | TriggerRow)[]>>>;
type EventWordTable = Readonly<Partial<Record<EventType, readonly (string | TriggerRow)[]>>>;

/** Words whose kind is `event`: their table key is their type. */
const EVENT_WORDS: Readonly<Record<Language, EventWordTable>> = {
  kk: {
    MEETING: ['кездес*', 'жүздес*'],
    VISIT: ['сапар*', 'іссапар*', 'іс-сапар*'],
    CONFERENCE: [{ phrase: 'конференция*', unlessPrecededBy: ['баспасөз'] }, 'форум*', 'саммит*', 'жиын(?!тық)*', 'съезд*', 'симпозиум*'],
    AGREEMENT: [
      // «келісімін білдірді», «келісім берді»: consent, not a signed agreement.
      { phrase: 'келісім*', unlessFollowedBy: ['білдір*', 'бер*'] },
      'меморандум*',
    ],
    REFERENDUM: ['референдум*'],
    // «жоспарлап», «жоспарланған» are verbs of intent: see the `intent` kind.
    PLAN: ['жоспар(?!ла)*', 'жол карта*', { phrase: 'бағдарлама*', unlessPrecededBy: ['сапар*', 'форум*', 'іс-шара*', 'білім'] }],
  },
  ru: {
    MEETING: ['встреч(?:а|и|е|у|ей|ам|ами|ах)', 'встрет(?:ил|ился|илась|ились|или|ила|ится|ятся|иться)'],
    VISIT: [
      'визит(?:а|у|ом|е|ы|ов|ами|ах)?',
      'посет(?:ил|ила|или|ит|ят|ить)',
      'посещени(?:е|я|ю|ем|и)',
      'поездк(?:а|и|е|у|ой|ам|ами|ах)',
      'командировк*',
    ],
    CONFERENCE: ['конференци(?:я|и|ю|ей|ям|ях|ями)', 'форум*', 'саммит*', 'съезд*', 'симпозиум*'],
    AGREEMENT: ['соглашени(?:е|я|ю|ем|и|й|ям|ями|ях)', 'меморандум*', 'договор(?:|а|у|ом|е|ы|ов|ам|ами|ах)', 'договоренност*'],
    REFERENDUM: ['референдум*'],
    PLAN: [
      // «в плане» is "in respect of", so the prepositional «плане» is left out.
      'план(?:|а|у|ом|ы|ов|ам|ами|ах)',
      'дорожн* карт*',
      {
        phrase: 'программ(?:а|ы|у|е|ой|ам|ами|ах)?',
        unlessFollowedBy: ['визит*', 'пребывани*', 'форум*', 'конференци*', 'мероприяти*', 'встреч*'],
      },
    ],
  },
  en: {
    MEETING: [{ phrase: 'meetings?', unlessFollowedBy: ['rooms?', 'halls?', 'points?'] }, 'met', 'meets?', 'meet'],
    VISIT: [{ phrase: 'visit(?:s|ed|ing)?', unlessFollowedBy: ['cards?'] }, 'trips?'],
    CONFERENCE: [
      { phrase: 'conferences?', unlessPrecededBy: ['press', 'video'], unlessFollowedBy: ['halls?', 'rooms?', 'calls?'] },
      'forums?',
      'summits?',
      'symposi(?:um|a|ums)',
    ],
    AGREEMENT: [{ phrase: 'agreements?', unlessPrecededBy: ['in'] }, 'memorand(?:um|a|ums)', 'mous?', 'accords?', 'treat(?:y|ies)'],
    REFERENDUM: ['referend(?:um|a|ums)'],
    PLAN: [
      { phrase: 'plans?', unlessFollowedBy: ['to'] },
      'roadmaps?',
      'road maps?',
      { phrase: 'programmes?', unlessPrecededBy: ['visit', 'trip', 'forum', 'conference'] },
      { phrase: 'programs?', unlessPrecededBy: ['visit', 'trip', 'forum', 'conference'] },
    ],
  },
};

const KIND_WORDS: Readonly<Record<Language, KindTable>> = {
  kk: {
    talks: ['келіссөз*'],
    reception: [
      { phrase: 'қабылдады', tense: 'past' },
      { phrase: 'қабылдаған', tense: 'past' },
      { phrase: 'қабылдайды', tense: 'future' },
      { phrase: 'қабылдамақ', tense: 'future' },
      'қабылдап',
    ],
    arrival: [
      { phrase: 'келді', tense: 'past' },
      { phrase: 'келіп жетті', tense: 'past' },
      { phrase: 'барды', tense: 'past' },
      { phrase: 'келеді', tense: 'future' },
      { phrase: 'барады', tense: 'future' },
      { phrase: 'келмек', tense: 'future' },
    ],
    exhibition: ['көрме(?:|сі|сін|сінде|сіне|сінің|ге|де|ні|нің|лер*)', 'экспо', 'жәрмеңке*'],
    signing: ['қол қой*'],
    intent: ['жоспарла*', 'көзделу*', 'көзделген*', 'көзделіп*', 'салынады', 'салу көзде*'],
    flight: ['рейс*', 'авиарейс*', 'әуе қатынас*', 'әуе бағыт*'],
    opening: ['ашыл*', 'аш(?:ты|тық|тым|тыңыз|тыңдар)', 'ашу', 'аш(?:ады|амыз|пақ|пақпыз)'],
    launch: ['іске қос*', 'пайдалануға бер*', 'құрылды'],
    start: [
      { phrase: 'басталды', tense: 'past' },
      { phrase: 'басталған', tense: 'past' },
      { phrase: 'басталады', tense: 'future' },
      { phrase: 'басталмақ', tense: 'future' },
    ],
    train: ['пойыз*'],
    contest: ['сайыс*', 'конкурс*', 'олимпиада*', 'чемпионат*'],
    anniversary: ['мерейтой*', 'жылдығ*', 'юбилей*'],
    generic: ['іс-шара*', 'рәсім*'],
  },
  ru: {
    talks: ['переговор(?:ы|ов|ах|ам|ами)'],
    // «принял участие» is "took part", not a reception.
    reception: [
      { phrase: 'принял(?:а|и)?', tense: 'past', unlessFollowedBy: ['участие', 'решение', 'меры'] },
      { phrase: 'принима(?:л|ла|ли)', tense: 'past', unlessFollowedBy: ['участие', 'решение', 'меры'] },
      { phrase: 'прим(?:ет|ут)', tense: 'future', unlessFollowedBy: ['участие', 'решение', 'меры'] },
    ],
    arrival: [
      { phrase: 'прибыл(?:|а|и|о)', tense: 'past' },
      { phrase: 'приехал(?:|а|и)', tense: 'past' },
      { phrase: 'прибуд(?:ет|ут)', tense: 'future' },
      { phrase: 'приед(?:ет|ут)', tense: 'future' },
      'прибыти(?:е|я|ю|ем|и)',
    ],
    exhibition: ['выставк(?:а|и|е|у|ой|ам|ами|ах)', 'экспо', 'ярмарк*'],
    signing: ['подписа(?:л|ла|ли|ло|ние|ния|нии|нию|нием|н|на|но|ны)', 'заключ(?:ил|ила|или|ено|ен|ена|ены)'],
    intent: ['планиру*', 'запланирова*', 'намерен*', 'намерева*', 'решени* (?:о|об)', 'построят', 'построит', 'предусматрива*'],
    flight: ['рейс*', 'авиарейс*', 'авиасообщени*', 'полет(?:|а|ов|ы|ам|ами|ах)', 'авиамаршрут*', 'авиалини*', 'маршрут(?:|а|у|ом|е|ы|ов)'],
    opening: [
      'открыти(?:е|я|ю|ем|и)',
      'открыл(?:ся|ась|ось|ись|а|и|о)?',
      'откро(?:ется|ются|ет|ют)',
      'открыт(?:|а|о|ы)',
      'открыва(?:ет|ют|ется|ются)',
    ],
    launch: ['запуск*', 'запущ*', 'запуст*', 'введен* в эксплуатацию', 'сдан* в эксплуатацию', 'ввод* в эксплуатацию', 'создан(?:|а|о|ы)'],
    participle: ['открыт(?:ая|ый|ое|ые|ой|ую|ого|ых|ым|ом)', 'созданн*'],
    start: [
      { phrase: 'начал(?:ся|ось|ась|ись)', tense: 'past' },
      { phrase: 'стартова(?:л|ла|ло|ли)', tense: 'past' },
      { phrase: 'начн(?:ется|утся)', tense: 'future' },
      { phrase: 'старту(?:ет|ют)', tense: 'future' },
    ],
    train: ['поезд(?:|а|у|ом|е|ов|ам|ами|ах)'],
    contest: ['конкурс*', 'олимпиад*', 'соревновани*', 'чемпионат*'],
    anniversary: ['юбиле*', 'годовщин*'],
    generic: ['мероприяти*', 'церемони*'],
  },
  en: {
    talks: ['talks', 'negotiations'],
    reception: [{ phrase: 'received', tense: 'past' }, { phrase: 'receives' }, { phrase: 'receive' }, { phrase: 'hosted', tense: 'past' }],
    arrival: [{ phrase: 'arrived', tense: 'past' }, 'arrives', 'arrive', 'arrival'],
    exhibition: ['expo', 'exhibitions?', 'fairs?'],
    signing: ['signed', 'signs?', 'signing'],
    intent: ['plans? to', 'planning to', 'planned', 'intends? to', 'decided to', 'will be built', 'to be built'],
    flight: [
      { phrase: 'flights?', unlessFollowedBy: ['attendants?', 'crews?', 'safety'] },
      'air services?',
      'air links?',
      'air routes?',
      'routes?',
    ],
    opening: [
      { phrase: 'opening', unlessFollowedBy: ['remarks', 'speech', 'address', 'statement', 'session', 'up'] },
      'opened',
      'opens',
      { phrase: 'open', unlessFollowedBy: ['up', 'to'] },
      'inaugurat*',
    ],
    launch: ['launch(?:ed|es|ing)?', 'established', 'establishes', 'commissioned', 'set up'],
    start: [
      { phrase: 'began', tense: 'past' },
      { phrase: 'started', tense: 'past' },
      { phrase: 'kicked off', tense: 'past' },
      { phrase: 'commenced', tense: 'past' },
      'begins',
      'kicks off',
    ],
    train: ['trains?'],
    contest: ['contests?', 'competitions?', 'championships?', 'olympiads?'],
    anniversary: ['anniversar(?:y|ies)'],
    generic: ['events?', 'ceremony', 'ceremonies'],
  },
};

function rowOf(trigger: string | TriggerRow): TriggerRow {
  return typeof trigger === 'string' ? { phrase: trigger } : trigger;
}

function compiledRow(row: TriggerRow, value: EventTriggerInfo): PhraseRow<EventTriggerInfo> {
  return {
    words: splitPhrase(row.phrase),
    value: row.tense ? { ...value, tense: row.tense } : value,
    ...(row.unlessPrecededBy ? { unlessPrecededBy: row.unlessPrecededBy } : {}),
    ...(row.unlessFollowedBy ? { unlessFollowedBy: row.unlessFollowedBy } : {}),
  };
}

function compileTriggers(language: Language): PhraseTable<EventTriggerInfo> {
  const rows: PhraseRow<EventTriggerInfo>[] = [];
  for (const [type, words] of Object.entries(EVENT_WORDS[language]) as [EventType, readonly (string | TriggerRow)[]][]) {
    for (const word of words) rows.push(compiledRow(rowOf(word), { type, kind: 'event' }));
  }
  for (const [kind, words] of Object.entries(KIND_WORDS[language]) as [Exclude<TriggerKind, 'event'>, readonly (string | TriggerRow)[]][]) {
    const type = KIND_TYPES[kind];
    if (!type) continue;
    for (const word of words) rows.push(compiledRow(rowOf(word), { type, kind }));
  }
  return compilePhrases(rows);
}

export const EVENT_TRIGGER_PHRASES: Readonly<Record<Language, PhraseTable<EventTriggerInfo>>> = {
  kk: compileTriggers('kk'),
  ru: compileTriggers('ru'),
  en: compileTriggers('en'),
};

/** Event types recognised even inside a name the mention finder took for an organisation ("Astana International Forum"). */
export const EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS: ReadonlySet<EventType> = new Set(['CONFERENCE']);

/** Types that speak of the future by nature: with no tense in sight, a plan is planned. */
export const PROSPECTIVE_EVENT_TYPES: ReadonlySet<EventType> = new Set(['PLAN']);

/** Gatherings: discussing things at one is proof it took place, and weighing things there is what it is for. */
export const GATHERING_EVENT_TYPES: ReadonlySet<EventType> = new Set(['MEETING', 'CONFERENCE']);

/** Types whose happenings have a route: flights, trains, lines and crossings. */
export const ROUTE_EVENT_TYPES: ReadonlySet<EventType> = new Set(['FLIGHT_LAUNCH', 'OPENING', 'OTHER', 'PLAN']);

/**
 * Words that make a date the start of a lasting state ("sister cities since 2008», «2014 жылдан
 * бері»), not the date of an event: such a date is given to no event.
 */
export const STATE_START_WORDS: Readonly<Record<Language, { before: readonly string[]; after: readonly string[] }>> = {
  kk: { before: [], after: ['бері'] },
  ru: { before: ['начиная'], after: [] },
  en: { before: ['since'], after: [] },
};
