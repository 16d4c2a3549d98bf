import type { EventType, Language } from '../types';
import { compilePhrases, splitPhrase, type PhraseTable, type PhraseRow } from '../sentence/phrase-matcher';

/**
 * The words that announce an event, per language, matched on stems so inflected forms count
 * («кездесу», «кездесті», «кездесуде»; «встреча», «встречи»; "meeting", "met").
 * Pattern syntax: see `sentence/phrase-matcher.ts` (`*` continues a word; otherwise a regular expression
 * over the whole lower-cased word).
 */
export interface EventTriggerInfo {
  type: EventType;
  /** The trigger counts only when one of these phrases is in the same clause (a flight is an event only when launched). */
  requiresCue?: 'launch';
  /** Dropped when the sentence also has an event of one of these types («рейс ашылды» is a launch, not an opening). */
  yieldsTo?: readonly EventType[];
}

interface TriggerRow {
  phrase: string;
  unlessPrecededBy?: readonly string[];
  unlessFollowedBy?: readonly string[];
}

type TriggerTable = Readonly<Partial<Record<EventType, readonly (string | TriggerRow)[]>>>;

const OPENING_YIELDS_TO: readonly EventType[] = ['FLIGHT_LAUNCH', 'CONFERENCE'];
/** "Signed" alone is an agreement unless what was signed is a plan or roadmap. */
const SIGNING_YIELDS_TO: readonly EventType[] = ['PLAN'];

const EVENT_TRIGGERS: Readonly<Record<Language, TriggerTable>> = {
  kk: {
    MEETING: ['кездес*', 'жүздес*', 'келіссөз*'],
    VISIT: ['сапар*', 'іссапар*', 'іс-сапар*'],
    CONFERENCE: [
      { phrase: 'конференция*', unlessPrecededBy: ['баспасөз'] },
      'форум*',
      'саммит*',
      'көрме(?:сі|сін|сінде|сіне|сінің|ге|де|ні|нің|лер*)?',
      'жиын(?!тық)*',
      'съезд*',
      'симпозиум*',
      'экспо*',
    ],
    AGREEMENT: [
      // «келісімін білдірді», «келісім берді»: consent, not a signed agreement.
      { phrase: 'келісім*', unlessFollowedBy: ['білдір*', 'бер*'] },
      'меморандум*',
    ],
    REFERENDUM: ['референдум*'],
    // «жоспарлап», «жоспарланған» are verbs of intent, not a plan.
    PLAN: ['жоспар(?!ла)*', 'жол карта*', { phrase: 'бағдарлама*', unlessPrecededBy: ['сапар*', 'форум*', 'іс-шара*'] }],
    FLIGHT_LAUNCH: ['рейс*', 'авиарейс*', 'әуе қатынас*'],
    OPENING: ['ашыл*', 'ашты'],
    OTHER: ['іс-шара*', 'рәсім*'],
  },
  ru: {
    MEETING: ['встреч(?:а|и|е|у|ей|ам|ами|ах)', 'встрет(?:ил|ился|илась|ились|или|ила|ится|ятся|иться)', 'переговор(?:ы|ов|ах|ам|ами)'],
    VISIT: [
      'визит(?:а|у|ом|е|ы|ов|ами|ах)?',
      'посет(?:ил|ила|или|ит|ят|ить)',
      'посещени(?:е|я|ю|ем|и)',
      'поездк(?:а|и|е|у|ой|ам|ами|ах)',
      'командировк*',
    ],
    CONFERENCE: [
      'конференци(?:я|и|ю|ей|ям|ях|ями)',
      'форум*',
      'саммит*',
      'выставк(?:а|и|е|у|ой|ам|ами|ах)',
      'экспо*',
      'съезд*',
      'симпозиум*',
      'ярмарк*',
    ],
    AGREEMENT: [
      'соглашени(?:е|я|ю|ем|и|й|ям|ями|ях)',
      'меморандум*',
      'договор(?:|а|у|ом|е|ы|ов|ам|ами|ах)',
      'договоренност*',
    ],
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
    FLIGHT_LAUNCH: ['рейс*', 'авиарейс*', 'авиасообщени*'],
    OPENING: ['открыти(?:е|я|ю|ем|и)', 'открыл(?:ся|ась|ось|ись|а|и|о)?', 'откро(?:ется|ются|ет|ют)', 'открыт(?:а|о|ы)'],
    OTHER: ['мероприяти*', 'церемони*'],
  },
  en: {
    MEETING: [{ phrase: 'meetings?', unlessFollowedBy: ['rooms?', 'halls?', 'points?'] }, 'met', 'meets?', 'talks', 'negotiations'],
    VISIT: [{ phrase: 'visit(?:s|ed|ing)?', unlessFollowedBy: ['cards?'] }, 'trips?'],
    CONFERENCE: [
      { phrase: 'conferences?', unlessPrecededBy: ['press', 'video'], unlessFollowedBy: ['halls?', 'rooms?', 'calls?'] },
      'forums?',
      'summits?',
      'expo',
      'exhibitions?',
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
    FLIGHT_LAUNCH: [
      { phrase: 'flights?', unlessFollowedBy: ['attendants?', 'crews?', 'safety'] },
      'air services?',
      'air links?',
      'air routes?',
    ],
    OPENING: [
      { phrase: 'opening', unlessFollowedBy: ['remarks', 'speech', 'address', 'statement', 'session'] },
      'opened',
      'opens',
      'inaugurat*',
    ],
    OTHER: ['events?', 'ceremony', 'ceremonies'],
  },
};

/** Triggers that are verbs of signing: an agreement unless a plan was what got signed. */
const SIGNING_TRIGGERS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['қол қой*'],
  ru: ['подписа(?:л|ла|ли|ло|ние|ния|нии|нию)'],
  en: ['signed', 'signs?', 'signing'],
};

/** Words in the clause that turn a flight into a flight launch. */
export const LAUNCH_CUES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['ашыл*', 'ашты', 'іске қос*', 'басталд*', 'басталад*', 'жаңа', 'жаңадан', 'алғашқы', 'тұңғыш'],
  ru: [
    'запуск*',
    'запущ*',
    'запуст*',
    'открыти*',
    'открыл*',
    'откро*',
    'открыт(?:|а|о|ы)',
    'начн*',
    'начал(?:ся|ась|ись|и|а)?',
    'возобнов*',
    'нов(?:ый|ые|ого|ых|ому|ым|ыми)',
    'перв(?:ый|ого|ые)',
  ],
  en: ['launch*', 'opened', 'opening', 'opens', 'inaugurat*', 'start*', 'began', 'begin*', 'resum*', 'new', 'maiden', 'debut*', 'first'],
};

function compileTriggers(language: Language): PhraseTable<EventTriggerInfo> {
  const rows: PhraseRow<EventTriggerInfo>[] = [];
  for (const [type, triggers] of Object.entries(EVENT_TRIGGERS[language]) as [EventType, readonly (string | TriggerRow)[]][]) {
    for (const trigger of triggers) {
      const row = typeof trigger === 'string' ? { phrase: trigger } : trigger;
      rows.push({
        words: splitPhrase(row.phrase),
        value: {
          type,
          ...(type === 'FLIGHT_LAUNCH' ? { requiresCue: 'launch' as const } : {}),
          ...(type === 'OPENING' ? { yieldsTo: OPENING_YIELDS_TO } : {}),
        },
        ...(row.unlessPrecededBy ? { unlessPrecededBy: row.unlessPrecededBy } : {}),
        ...(row.unlessFollowedBy ? { unlessFollowedBy: row.unlessFollowedBy } : {}),
      });
    }
  }
  for (const phrase of SIGNING_TRIGGERS[language]) {
    rows.push({ words: splitPhrase(phrase), value: { type: 'AGREEMENT', yieldsTo: SIGNING_YIELDS_TO } });
  }
  return compilePhrases(rows);
}

export const EVENT_TRIGGER_PHRASES: Readonly<Record<Language, PhraseTable<EventTriggerInfo>>> = {
  kk: compileTriggers('kk'),
  ru: compileTriggers('ru'),
  en: compileTriggers('en'),
};

export const LAUNCH_CUE_PHRASES: Readonly<Record<Language, PhraseTable<true>>> = {
  kk: compilePhrases(LAUNCH_CUES.kk.map((phrase) => ({ words: splitPhrase(phrase), value: true as const }))),
  ru: compilePhrases(LAUNCH_CUES.ru.map((phrase) => ({ words: splitPhrase(phrase), value: true as const }))),
  en: compilePhrases(LAUNCH_CUES.en.map((phrase) => ({ words: splitPhrase(phrase), value: true as const }))),
};

/**
 * Words right before a trigger that make it point back to an event already told
 * («аталған конференция», «эта встреча», "this forum"): such a mention adds no date of its own.
 */
export const ANAPHORIC_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['аталған', 'аталмыш', 'осы', 'бұл', 'сол', 'жоғарыда'],
  ru: ['эт(?:от|а|о|ой|ом|у|ого|их|им|ими)', 'данн*', 'указанн*', 'упомянут*', 'вышеупомянут*'],
  en: ['this', 'these', 'aforementioned', 'above-mentioned'],
};

/** Event types recognised even inside a name the mention finder took for an organisation ("Astana International Forum"). */
export const EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS: ReadonlySet<EventType> = new Set(['CONFERENCE']);

/** Types that speak of the future by nature: with no tense in sight, a plan is planned. */
export const PROSPECTIVE_EVENT_TYPES: ReadonlySet<EventType> = new Set(['PLAN']);

/**
 * Words that make a date the start of a lasting state ("sister cities since 2008», «2014 жылдан
 * бері»), not the date of an event: such a date is given to no event.
 */
export const STATE_START_WORDS: Readonly<Record<Language, { before: readonly string[]; after: readonly string[] }>> = {
  kk: { before: [], after: ['бері'] },
  ru: { before: ['начиная'], after: [] },
  en: { before: ['since'], after: [] },
};
