import { splitPhrase, type PhraseRow } from '../sentence/phrase-matcher';
import type { Language, RelationStatus, RelationType } from '../types';

/**
 * Words that tie two places, per language, and the words that give a relation its status.
 * Pattern syntax: see `sentence/phrase-matcher.ts` (`*` continues a word; otherwise a regular
 * expression over the whole lower-cased word).
 */

/** What a relation word accepts as its places. */
export type TriggerArguments =
  /** Any: a pair, a place and its partner, or one place whose partner is told elsewhere. */
  | 'any'
  /** Two places the sentence names: «Достық және Алашанькоу станциялары», "talks between X and Y". */
  | 'named'
  /** Only places linked into a route or a pair: «Сиань – Алматы бағыты», "the Almaty-Beijing route". */
  | 'linked';

export interface RelationTrigger {
  /** Null for a route word of no mode («маршрут», "route", «бағыт»): flights or another link, as the context says. */
  type: RelationType | null;
  /** Flights, trains, crossings, routes: links whose type a route word may borrow. */
  transport: boolean;
  arguments: TriggerArguments;
  /** Words allowed between the trigger and its places, when more than the language's default. */
  reach?: number;
}

interface TriggerRow {
  phrase: string;
  unlessPrecededBy?: readonly string[];
  unlessFollowedBy?: readonly string[];
}

interface TriggerFamily {
  type: RelationType | null;
  transport?: boolean;
  arguments?: TriggerArguments;
  reach?: number;
  phrases: readonly (string | TriggerRow)[];
}

const RELATION_TRIGGERS: Readonly<Record<Language, readonly TriggerFamily[]>> = {
  kk: [
    {
      type: 'SISTER_CITIES',
      phrases: [
        'бауырлас*',
        'бауырластық*',
        'егіз қала*',
        'бауырластық туралы келісім*',
        'бауырлас (?:қала*|өңір*|облыс*) туралы келісім*',
        'бауырлас* қарым-қатынас* туралы келісім*',
        'бауырлас* (?:қала*|өңір*) байланыс* орнату туралы келісім*',
      ],
    },
    { type: 'FLIGHTS', transport: true, phrases: ['рейс*', 'авиарейс*', 'әуе қатынас*', 'әуе байланыс*', 'әуе бағыт*', 'әуе жол* бағыт*'] },
    {
      type: 'AGREEMENT',
      phrases: [
        { phrase: 'келісім*', unlessFollowedBy: ['білдір*', 'бер*'] },
        'меморандум*',
        'ниет хат*',
        'ынтымақтастық туралы (?:келісім*|меморандум*)',
        'келісімшарт*',
      ],
    },
    {
      type: 'COOPERATION',
      phrases: [
        // «Шаңхай ынтымақтастық ұйымы» is an organisation's name, not a tie between places.
        { phrase: 'ынтымақтастық*', unlessFollowedBy: ['ұйым*'] },
        'өзара іс-қимыл*',
        // «байланысты» is the postposition "in connection with".
        'байланыс(?!ты$)*',
        'әріптестік*',
        'қарым-қатынас*',
      ],
    },
    { type: 'COOPERATION', arguments: 'named', phrases: ['келіссөз*'] },
    { type: 'COOPERATION', arguments: 'linked', phrases: ['апталы(?:қ|ғ)*', 'фестивал*', 'форум*'] },
    { type: 'VISIT', phrases: ['сапар*', 'іссапар*', 'іс-сапар*', 'делегация*'] },
    {
      type: 'OTHER',
      transport: true,
      phrases: [
        'пойыз*',
        'поезд*',
        'автобус*',
      ],
    },
    {
      type: 'OTHER',
      transport: true,
      arguments: 'named',
      phrases: [
        'теміржол*',
        'темір жол*',
        'шекара өткел*',
        'шекаралық өткел*',
        'шегаралық өткел*',
        'өткел*',
        'өткізу бекет*',
        'жүк тасымал*',
        'контейнер*',
        'көлік дәліз*',
        'логистика* (?:хаб*|орталы*|терминал*)',
        'станция*',
        'тора(?:п|б)*',
      ],
    },
    { type: 'FLIGHTS', transport: true, arguments: 'linked', phrases: ['әуекомпания*', 'авиакомпания*', 'ұшады', 'ұшатын', 'ұшақ*'] },
    { type: null, transport: true, arguments: 'linked', phrases: ['бағыт*', 'маршрут*', 'желі*'] },
  ],
  ru: [
    {
      type: 'SISTER_CITIES',
      phrases: [
        'побратим*',
        '\\p{L}+-побратим*',
        'породнен*',
        'породнил*',
        'братск* (?:город*|регион*|област*|провинци*|связ*|отношени*)',
        'соглашени* о побратимств*',
        'соглашени* о братск* (?:отношени*|связ*)',
        'соглашени* об установлении (?:побратимск*|братск*) (?:связ*|отношени*)',
        'побратим* (?:соглашени*|договор*|меморандум*)',
      ],
    },
    {
      type: 'FLIGHTS',
      transport: true,
      phrases: ['рейс*', 'авиарейс*', 'авиасообщени*', 'авиасвяз*', 'авиамаршрут*', 'авиалини*', 'перелет*', 'воздушн* сообщени*', 'полет(?:ы|ов|ам|ами|ах)'],
    },
    {
      type: 'AGREEMENT',
      phrases: [
        'соглашени(?:е|я|ю|ем|и|й|ям|ями|ях)',
        'меморандум*',
        'договор(?:|а|у|ом|е|ы|ов|ам|ами|ах)',
        'договоренност*',
        'письм* о намерени*',
        'меморандум* о (?:сотрудничеств*|взаимопонимани*)',
        'соглашени* о (?:сотрудничеств*|партнерств*)',
      ],
    },
    {
      type: 'COOPERATION',
      phrases: [
        // «Шанхайская организация сотрудничества» is a name.
        { phrase: 'сотрудничеств*', unlessPrecededBy: ['организаци*'] },
        'взаимодействи*',
        'партнерств*',
        // «в связи с» is "in connection with".
        { phrase: 'связ(?:и|ей|ям|ями|ях)', unlessPrecededBy: ['в'] },
        { phrase: 'отношени(?:я|й|ях|ям|ями)', unlessPrecededBy: ['внешн*', 'международн*', 'общественн*'] },
      ],
    },
    { type: 'COOPERATION', arguments: 'named', phrases: ['переговор*'] },
    {
      type: 'COOPERATION',
      arguments: 'linked',
      phrases: ['недел(?:я|и|ю|е) (?:культуры|туризма|кино|дружбы)', 'дн(?:и|ей|ям) (?:культуры|туризма|кино)', 'фестивал*', 'форум*'],
    },
    {
      type: 'VISIT',
      reach: 8,
      phrases: ['визит(?:а|у|ом|е|ы|ов|ами|ах)?', 'посет(?:ил|ила|или|ит|ят|ить)', 'посещени(?:е|я|ю|ем|и)', 'поездк(?:а|и|е|у|ой|ам|ами|ах)', 'делегаци*'],
    },
    {
      type: 'OTHER',
      transport: true,
      phrases: [
        'поезд*',
        'автобус*',
      ],
    },
    {
      type: 'OTHER',
      transport: true,
      arguments: 'named',
      phrases: [
        'железнодорожн* (?:сообщени*|лини*|маршрут*|переход*)',
        'железн* дорог*',
        'пограничн* переход*',
        'переход*',
        'пункт* пропуска',
        'кпп',
        'пограничн* пост*',
        'грузоперевоз*',
        'контейнерн* (?:поезд*|перевоз*|маршрут*)',
        'транспортн* коридор*',
        'логистическ* (?:хаб*|центр*|маршрут*|терминал*|коридор*)',
        'станци*',
        'узл*',
        'узел',
      ],
    },
    { type: 'FLIGHTS', transport: true, arguments: 'linked', phrases: ['авиакомпани*', 'авиаперевозчик*', 'летает', 'летают', 'летать', 'самолет*'] },
    { type: null, transport: true, arguments: 'linked', phrases: ['маршрут*', 'направлени*', 'лини(?:я|и|ю|ей|ях)'] },
  ],
  en: [
    {
      type: 'SISTER_CITIES',
      phrases: [
        'sister cit(?:y|ies)',
        'sister-cit(?:y|ies)',
        'sister (?:provinces?|regions?|states?)',
        'sister-(?:provinces?|regions?|states?)',
        'sister-(?:city|province|region) (?:ties|relations|agreements?|memorand(?:um|a))',
        'sister (?:city|province|region) (?:agreements?|memorand(?:um|a))',
        'twinning (?:agreements?|memorand(?:um|a))',
        'twin cit(?:y|ies)',
        'twin towns?',
        'twinned',
        'twinning',
        'sister (?:relations|ties)',
        'fraternal (?:relations|ties|cities|regions)',
        'agreements? on (?:fraternal|sister|twinning|friendship) (?:relations|ties)',
        'agreements? on establishing (?:sister-city|sister|fraternal|twinning) (?:relations|ties)',
        'agreements? on establishment of (?:sister-city|sister|fraternal|twinning) (?:relations|ties)',
        'friendship cit(?:y|ies)',
      ],
    },
    {
      type: 'FLIGHTS',
      transport: true,
      phrases: [
        { phrase: 'flights?', unlessFollowedBy: ['attendants?', 'crews?', 'safety', 'time', 'times', 'duration'] },
        'air links?',
        'air services?',
        'air routes?',
        'air connections?',
        'air connectivity',
        'airline routes?',
      ],
    },
    {
      type: 'AGREEMENT',
      phrases: [
        { phrase: 'agreements?', unlessPrecededBy: ['in'] },
        'memorand(?:um|a|ums)',
        'mous?',
        'accords?',
        'letters? of intent',
        'memorand(?:um|a|ums) (?:of|on) (?:cooperation|understanding|partnership)',
        'agreements? (?:on|of) (?:cooperation|partnership)',
      ],
    },
    {
      type: 'COOPERATION',
      phrases: [
        { phrase: 'cooperation', unlessFollowedBy: ['organi[sz]ation'] },
        'co-operation',
        'partnerships?',
        'partnered',
        { phrase: 'ties', unlessPrecededBy: ['family'] },
        'collaboration',
        { phrase: 'relations', unlessPrecededBy: ['external', 'foreign', 'international', 'public', 'media'] },
        'synergy',
      ],
    },
    { type: 'COOPERATION', arguments: 'named', phrases: ['talks'] },
    { type: 'COOPERATION', arguments: 'linked', phrases: ['(?:culture|cultural|tourism|friendship|film) (?:weeks?|days|festivals?)', 'festivals?', 'forums?'] },
    {
      type: 'VISIT',
      reach: 10,
      phrases: [{ phrase: 'visit(?:s|ed|ing)?', unlessFollowedBy: ['cards?'] }, 'trips?', 'delegations?'],
    },
    {
      type: 'OTHER',
      transport: true,
      phrases: [
        'trains?',
        'bus(?:es)? (?:routes?|services?)',
        'freight (?:routes?|trains?|services?)',
        'cargo (?:routes?|trains?|flights?)',
        'container trains?',
      ],
    },
    {
      type: 'OTHER',
      transport: true,
      arguments: 'named',
      phrases: [
        'rail(?:way)? (?:links?|lines?|routes?|connections?|services?)',
        'railways?',
        'railroads?',
        'border crossings?',
        'crossing points?',
        'checkpoints?',
        'transport corridors?',
        'logistics (?:routes?|hubs?|centers?|centres?|corridors?|terminals?)',
        'stations?',
        'junctions?',
      ],
    },
    { type: 'FLIGHTS', transport: true, arguments: 'linked', phrases: ['airlines?', 'airways', 'air carriers?', 'carriers?', 'flies', 'fly', 'flew', 'aircraft'] },
    { type: null, transport: true, arguments: 'linked', phrases: ['routes?', 'lines?'] },
  ],
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
        'қарастыр*',
        'шығады',
      ],
    },
    { status: 'proposed', clauseWide: true, phrases: ['ұсын*'] },
    { status: 'proposed', phrases: ['арттыр*', 'көбейт*', 'ұлғайт*', 'кеңейт*'] },
    { status: 'signed', phrases: ['қол қой*'] },
    {
      status: 'launched',
      phrases: ['іске қосыл(?:ды|ған)', 'іске қосты', 'ашылды', 'ашылған', 'ашты', 'қатынай бастады', 'жолға шықты', 'келіп жетті'],
    },
  ],
  ru: [
    {
      status: 'planned',
      clauseWide: true,
      phrases: [
        'план*',
        'запланирова*',
        'намерен*',
        'намечен*',
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
        'рассматрива*',
        'появится',
        'отправится',
        'отправятся',
        'прибудет',
        'прибудут',
      ],
    },
    { status: 'proposed', clauseWide: true, phrases: ['предлож*'] },
    { status: 'proposed', phrases: ['увелич*', 'расшир*'] },
    { status: 'signed', phrases: ['подпис*'] },
    { status: 'launched', phrases: ['запущен*', 'запустил*', 'открыл*', 'открыт(?:ы|о|а)?', 'возобновил*'] },
  ],
  en: [
    {
      status: 'planned',
      clauseWide: true,
      phrases: ['plan*', 'will', 'intend*', 'scheduled', 'upcoming', 'expect(?:s|ed)?', 'consider*', 'studying'],
    },
    { status: 'proposed', clauseWide: true, phrases: ['propos*', 'suggest*'] },
    { status: 'proposed', phrases: ['increas*', 'expand*'] },
    { status: 'signed', phrases: ['signed', 'signing', 'sign', 'inked'] },
    { status: 'launched', phrases: ['launched', 'launches', 'opened', 'inaugurated', 'began', 'started', 'resumed', 'took off'] },
  ],
};

/** The relation words of a language as phrase rows. */
export function triggerRows(language: Language): PhraseRow<RelationTrigger>[] {
  const rows: PhraseRow<RelationTrigger>[] = [];
  for (const family of RELATION_TRIGGERS[language]) {
    const value: RelationTrigger = {
      type: family.type,
      transport: family.transport ?? false,
      arguments: family.arguments ?? 'any',
      ...(family.reach === undefined ? {} : { reach: family.reach }),
    };
    for (const phrase of family.phrases) {
      const row = typeof phrase === 'string' ? { phrase } : phrase;
      rows.push({
        words: splitPhrase(row.phrase),
        value,
        ...(row.unlessPrecededBy ? { unlessPrecededBy: row.unlessPrecededBy } : {}),
        ...(row.unlessFollowedBy ? { unlessFollowedBy: row.unlessFollowedBy } : {}),
      });
    }
  }
  return rows;
}

/** The status words of a language as phrase rows. */
export function cueRows(language: Language): PhraseRow<RelationCue>[] {
  return RELATION_STATUS_CUES[language].flatMap((row) =>
    row.phrases.map((phrase) => ({ words: splitPhrase(phrase), value: { status: row.status, clauseWide: row.clauseWide ?? false } })),
  );
}

/**
 * Words that turn a relation word in their clause into something else: people counted as they
 * travel ("tourists from Urumqi visited Almaty": a statistic, not a visit between places) or a
 * journey's length ("the flight takes four hours").
 */
export type RelationVeto = 'statistic' | 'duration';

const RELATION_VETOES: Readonly<Record<Language, Readonly<Record<RelationVeto, readonly string[]>>>> = {
  kk: { statistic: ['туристер*', 'турист', 'жолаушы*', 'саяхатшы*'], duration: ['сағат*', 'минут*'] },
  ru: { statistic: ['турист(?:ы|ов|ам|ами|ах)?', 'пассажир*', 'путешественник*'], duration: ['час(?:а|ов)?', 'минут*'] },
  en: { statistic: ['tourists?', 'passengers?', 'travell?ers?', 'visitors?'], duration: ['hours?', 'minutes?'] },
};

/** The vetoes of a language as phrase rows. */
export function vetoRows(language: Language): PhraseRow<RelationVeto>[] {
  return (Object.entries(RELATION_VETOES[language]) as [RelationVeto, readonly string[]][]).flatMap(([veto, phrases]) =>
    phrases.map((phrase) => ({ words: splitPhrase(phrase), value: veto })),
  );
}
