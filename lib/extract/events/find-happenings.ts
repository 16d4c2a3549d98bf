import type { SentenceAnalysis } from '../sentence/analyse-text';
import { ATTACHMENT_RULES, attachmentCost } from '../sentence/clause-attachment';
import { overlapsMention } from '../sentence/overlaps-mention';
import { findAllPhrases, findPhrases, type PhraseMatch } from '../sentence/phrase-matcher';
import type { EntityType, EventType, Language, Mention } from '../types';
import { ByClause, ClauseIndex, SpanSet, type Extent } from './clause-index';
import {
  EVENT_TRIGGER_PHRASES,
  EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS,
  GATHERING_EVENT_TYPES,
  TRIGGER_KINDS,
  TYPE_YIELDS,
  type EventTriggerInfo,
  type TriggerKind,
  type TriggerNeed,
} from './event-triggers';
import { CUE_PHRASES, type Cue, type CueKind, type ObjectConcept } from './event-words';
import { findSourceSpans } from './source-spans';

/**
 * One event word of a sentence read with what stands around it: its clause, the object it stands
 * with, whether it reports a happening or points to one told elsewhere («аталған форум», «в рамках
 * визита», "during the meeting"), and the marks a title is made of (first of its kind, its name).
 */
export interface Happening {
  type: EventType;
  kind: TriggerKind;
  trigger: PhraseMatch<EventTriggerInfo>;
  /** Index of its clause in the sentence (see `ClauseIndex`). */
  clause: number;
  /** What it stands with (a facility, a flight, a building site), when its clause names one. */
  concept: ObjectConcept | null;
  /** The nearest thing it stands with (a facility, a flight, a train), actions such as a construction left out. */
  thing: ObjectConcept | null;
  /** Points back to a happening told elsewhere: by a demonstrative, a possessive or a result («… әкелді»), or by a frame word. */
  reference: 'anaphoric' | 'frame' | null;
  /** A frame that holds what else the sentence tells («форум шеңберінде», "during the visit"). */
  containing: boolean;
  /** "the summit": the one already told. */
  definite: boolean;
  /** A plural of a gathering or visit word («сапарлар», "visits"): generic unless dated. */
  plural: boolean;
  /** Said to recur («жыл сайын», «ежегодно», "annually"): generic unless dated. */
  recurring: boolean;
  /** The first of its kind. */
  first: boolean;
  /** The name in quotes right next to it (форум «Altai Invest-2025», «Достық – Мойынты» теміржолы). */
  name: string | null;
  nameSpan: Extent | null;
  /** A purpose («қатысу үшін», "to attend") or a topic of talks («іске қосу бойынша келіссөздер»): still to come. */
  purpose: boolean;
}

/** A sentence's happenings, and what else events need from it. */
export interface SentenceHappenings {
  happenings: Happening[];
  clauses: ClauseIndex;
  /** The sentence's mentions outside source spans, by clause. */
  mentions: ByClause<Mention>;
  /** Quoted speech (not a quoted name): its names are said about a happening, not taking part in it. */
  speech: Extent[];
  /** Every quotation of the sentence, the whole sentence when it is a line of direct speech («– Бүгін …»). */
  quotations: SpanSet;
  /** Spans naming the source of the news: their dates date no event. */
  sources: SpanSet;
  /** Whether the sentence recalls the past («Напомним», "As reported earlier"). */
  recall: boolean;
  /** Words naming a carrier («әуекомпаниясы», "airline"), and words for the day the words are said («бүгін», "today"). */
  carrierWords: Extent[];
  todayWords: Extent[];
}

/** The sentence's cue words of each kind, by clause. */
interface Cues {
  of(kind: CueKind): ByClause<PhraseMatch<Cue>>;
  /** Object words, with the concept each names. */
  concepts: ByClause<PhraseMatch<ObjectConcept>>;
  /** Names in quotes. */
  names: ByClause<Extent>;
  /** Where the first condition word stands («Егер», "if"): what follows it is hypothetical. */
  conditionAt: number;
  /** Whether the sentence tells of talks (a verb of discussing). */
  discussed: boolean;
}

/** Words between a frame and its trigger («В ходе деловой встречи»). */
const FRAME_REACH_BEFORE = 3;
/** Words between a Kazakh trigger and its postposition («сапарынан кейін»). */
const FRAME_REACH_AFTER = 1;
const ANAPHORA_REACH = 2;
const FIRST_REACH = 3;
const GUEST_REACH = 4;
const TOPIC_REACH = 2;
const PERIOD_REACH = 2;
const METAPHOR_REACH = 4;
const NAME_REACH = 1;

/** A line of direct speech opens with a dash: «– Бәріміз … куә болып отырмыз.», «- С сегодняшнего дня …». */
const DIRECT_SPEECH = /^[-–—]\s/u;
const QUOTE_MARK = /[«"“„]/u;
const QUOTED = /[«"“„][^«»"“”„\n]{2,80}[»"”“]/gu;
/** A name in quotes is short and starts with a capital or a digit: «Altai Invest-2025», «Достық – Мойынты». */
const QUOTED_NAME = /^[«"“„][\p{Lu}\p{N}][^«»"“”„]{0,60}[»"”“]$/u;

const PERSON_TYPES: ReadonlySet<EntityType> = new Set(['PERSON']);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION']);
/** Kazakh accusative endings: the guest of «қабылдады» is its direct object. */
const KK_ACCUSATIVE = /(?:ны|ні|ды|ді|ты|ті|сын|сін|ын|ін)$/u;
/** Kazakh genitive endings: a happening «кездесудің» (of the meeting) is what the sentence speaks about, not what it reports. */
const KK_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;
/** Services counted by number («43 flights were launched», «1 622 контейнерных поезда»): a statistic, unless new. */
const COUNTED_KINDS: ReadonlySet<TriggerKind> = new Set(['flight', 'train']);
const COUNTED_CONCEPTS: ReadonlySet<string> = new Set(['flight', 'train']);
const COUNT_REACH = 2;
const NUMBER = /^\p{N}+$/u;
const TYPES_VETOED_BY_TRAVELLERS: ReadonlySet<EventType> = new Set(['VISIT', 'MEETING', 'PLAN']);

/** The sentence's happenings, or null when it holds no event word (most sentences: nothing else is read). */
export function findHappenings(text: string, view: SentenceAnalysis, language: Language): SentenceHappenings | null {
  const triggers = findTriggers(text, view, language);
  if (triggers.length === 0) return null;
  const clauses = new ClauseIndex(view.sentence, view.breaks);
  const quotes = quotationsOf(view);
  const byKind = cuesByKind(findAllPhrases(text, view.tokens, view.normals, CUE_PHRASES[language]), language, quotes);
  const sources = new SpanSet(findSourceSpans(text, view, language, byKind.get('attribution') ?? [], triggers));
  const speech = quotes.filter((quote) => !QUOTED_NAME.test(quoteText(quote, view)));
  const mentions = clauses.deal(sources.isEmpty ? view.mentions : view.mentions.filter((mention) => !sources.covers(mention)));
  const cues = dealCues(byKind, view, clauses, quotes);
  const read = triggers
    .filter((trigger) => !sources.covers(trigger))
    .map((trigger) => readTrigger(trigger, view, language, cues, clauses, mentions))
    .filter((happening): happening is Happening => happening !== null);
  const spoken = DIRECT_SPEECH.test(view.sentence.text) ? [view.sentence] : [];
  return {
    happenings: markTopics(giveWay(read), cues),
    clauses,
    mentions,
    speech,
    quotations: new SpanSet([...quotes, ...spoken]),
    sources,
    recall: byKind.has('recall'),
    carrierWords: byKind.get('carrier') ?? [],
    todayWords: byKind.get('today') ?? [],
  };
}

function findTriggers(text: string, view: SentenceAnalysis, language: Language): PhraseMatch<EventTriggerInfo>[] {
  return findPhrases(text, view.tokens, view.normals, EVENT_TRIGGER_PHRASES[language]).filter((trigger) => {
    const inside = overlapsMention(trigger, view.mentions);
    return !inside || (inside.entity.type === 'ORGANIZATION' && EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS.has(trigger.value.type));
  });
}


function quotationsOf(view: SentenceAnalysis): Extent[] {
  const { sentence } = view;
  if (!QUOTE_MARK.test(sentence.text)) return [];
  return [...sentence.text.matchAll(QUOTED)].map((match) => {
    const start = sentence.start + match.index;
    return { start, end: start + match[0].length };
  });
}

function quoteText(quote: Extent, view: SentenceAnalysis): string {
  return view.sentence.text.slice(quote.start - view.sentence.start, quote.end - view.sentence.start);
}

/**
 * The cue words by kind. A traveller word inside quotes is part of a name («"Жолаушылар тасымалы"
 * АҚ»); a verb of happening whose object is a figure of speech ("opened a new page") is none.
 */
function cuesByKind(cueWords: readonly PhraseMatch<Cue>[], language: Language, quotes: readonly Extent[]): Map<CueKind, PhraseMatch<Cue>[]> {
  const quoted = new SpanSet(quotes);
  const metaphors = cueWords.filter((cue) => cue.value.concept?.metaphor);
  const byKind = new Map<CueKind, PhraseMatch<Cue>[]>();
  for (const cue of cueWords) {
    if (cue.value.kind === 'traveller' && quoted.covers(cue)) continue;
    if (VERBS_OF_HAPPENING.has(cue.value.kind) && metaphors.some((metaphor) => isObjectOf(metaphor, cue, language))) continue;
    const list = byKind.get(cue.value.kind);
    if (list) list.push(cue);
    else byKind.set(cue.value.kind, [cue]);
  }
  return byKind;
}

/** The cue words dealt by kind and by clause, each kind when first asked for. */
function dealCues(byKind: ReadonlyMap<CueKind, PhraseMatch<Cue>[]>, view: SentenceAnalysis, clauses: ClauseIndex, quotes: readonly Extent[]): Cues {
  const dealt = new Map<CueKind, ByClause<PhraseMatch<Cue>>>();
  return {
    of: (kind) => {
      const words = byKind.get(kind);
      if (!words) return NO_CUES;
      let byClause = dealt.get(kind);
      if (!byClause) {
        byClause = clauses.deal(words);
        dealt.set(kind, byClause);
      }
      return byClause;
    },
    concepts: clauses.deal(
      (byKind.get('concept') ?? []).flatMap((cue) => (cue.value.concept ? [{ ...cue, value: cue.value.concept }] : [])),
    ),
    names: quotes.length === 0 ? NO_NAMES : clauses.deal(quotes.filter((quote) => QUOTED_NAME.test(quoteText(quote, view)))),
    conditionAt: byKind.get('condition')?.[0]?.start ?? Number.POSITIVE_INFINITY,
    discussed: view.markers.some((marker) => marker.kind === 'discussion'),
  };
}

const NO_CUES = new ByClause<PhraseMatch<Cue>>(new Map());
const NO_NAMES = new ByClause<Extent>(new Map());

/** Kinds of cue that are verbs of happening: one whose object is a figure of speech ("opened a new page") is no such verb. */
const VERBS_OF_HAPPENING: ReadonlySet<CueKind> = new Set(['launch', 'happening']);

/** Whether a word stands where a verb's object stands: after it in Russian and English, before it in Kazakh. */
function isObjectOf(object: PhraseMatch<unknown>, verb: PhraseMatch<unknown>, language: Language): boolean {
  return language === 'kk' ? before(object, verb, METAPHOR_REACH) : after(object, verb, METAPHOR_REACH);
}

function sameSpan(a: Extent, b: Extent): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Words between two matches, 0 when adjacent. */
function gap(first: { lastToken: number }, second: { firstToken: number }): number {
  return second.firstToken - first.lastToken - 1;
}

function before(word: PhraseMatch<unknown>, trigger: PhraseMatch<unknown>, reach: number): boolean {
  return word.end <= trigger.start && gap(word, trigger) < reach;
}

function after(word: PhraseMatch<unknown>, trigger: PhraseMatch<unknown>, reach: number): boolean {
  return word.start >= trigger.end && gap(trigger, word) < reach;
}

function readTrigger(
  trigger: PhraseMatch<EventTriggerInfo>,
  view: SentenceAnalysis,
  language: Language,
  cues: Cues,
  clauses: ClauseIndex,
  mentionsByClause: ByClause<Mention>,
): Happening | null {
  const { kind } = trigger.value;
  const rule = TRIGGER_KINDS[kind];
  const clause = clauses.clauseOf(trigger.start);
  const mentions = mentionsByClause.in(clause);
  const context: TriggerContext = { trigger, view, language, cues, clause, mentions };
  if (!rule.needs.every((need) => meetsNeed(need, context))) return null;

  const concepts = cues.concepts.in(clause);
  const concept = nearestConcept(trigger, concepts, language);
  if (concept?.value.metaphor && rule.retypes) return null;
  const type = rule.retypes && concept?.value.becomes ? concept.value.becomes : trigger.value.type;
  const service = COUNTED_KINDS.has(kind) ? trigger : concept && COUNTED_CONCEPTS.has(concept.value.concept) ? concept : null;
  if (service && counted(service, view, cues.of('novelty').in(clause))) return null;

  if (TYPES_VETOED_BY_TRAVELLERS.has(type) && cues.of('traveller').in(clause).length > 0) return null;
  if (!GATHERING_EVENT_TYPES.has(type) && cues.of('consideration').in(clause).length > 0) return null;
  if (cues.conditionAt < trigger.start) return null;

  const frame =
    cues.of('frameBefore').in(clause).find((word) => before(word, trigger, FRAME_REACH_BEFORE)) ??
    cues.of('frameAfter').in(clause).find((word) => after(word, trigger, FRAME_REACH_AFTER + 1));
  const pointsBack =
    cues.of('anaphoric').in(clause).some((word) => before(word, trigger, ANAPHORA_REACH)) ||
    cues.of('gratitude').in(clause).length > 0 ||
    cues.of('result').in(clause).some((word) => word.start >= trigger.end) ||
    (language === 'kk' && KK_GENITIVE.test(view.normals[trigger.lastToken] ?? ''));
  const anchor = concept && concept.start < trigger.start ? concept : trigger;
  const thing = nearestConcept(
    trigger,
    concepts.filter((candidate) => !candidate.value.action && !candidate.value.metaphor && !candidate.value.period),
    language,
  );
  const nameSpan = nameNextTo(trigger, concepts, cues.names.in(clause), view, language);
  return {
    type,
    kind,
    trigger,
    clause,
    concept: concept && !concept.value.metaphor ? concept.value : null,
    thing: thing?.value ?? null,
    reference: pointsBack ? 'anaphoric' : frame ? 'frame' : null,
    containing: frame !== undefined && cues.of('containing').in(clause).some((word) => sameSpan(word, frame)),
    definite: cues.of('definite').in(clause).some((word) => before(word, trigger, ANAPHORA_REACH)),
    plural: cues.of('plural').in(clause).some((word) => word.start === trigger.start && word.end === trigger.end),
    recurring: cues.of('recurrence').in(clause).length > 0,
    first: cues.of('first').in(clause).some((word) => before(word, anchor, FIRST_REACH)),
    name: nameSpan ? quoteText(nameSpan, view).slice(1, -1).trim().toLocaleLowerCase() : null,
    nameSpan,
    purpose: cues.of('purpose').in(clause).some((word) => word.end <= trigger.start),
  };
}

interface TriggerContext {
  trigger: PhraseMatch<EventTriggerInfo>;
  view: SentenceAnalysis;
  language: Language;
  cues: Cues;
  clause: number;
  mentions: readonly Mention[];
}

/** A number right before the word (one or two words between), not part of a date, with no word saying the service is new. */
function counted(service: PhraseMatch<unknown>, view: SentenceAnalysis, novelty: readonly PhraseMatch<Cue>[]): boolean {
  for (let index = service.firstToken - 1; index >= Math.max(0, service.firstToken - 1 - COUNT_REACH); index -= 1) {
    const token = view.tokens[index];
    if (!token || !NUMBER.test(view.normals[index] ?? '')) continue;
    if (view.temporals.some((temporal) => temporal.start <= token.start && token.end <= temporal.end)) continue;
    return !novelty.some((word) => word.firstToken > index && word.lastToken < service.firstToken);
  }
  return false;
}

function meetsNeed(need: TriggerNeed, context: TriggerContext): boolean {
  const { cues, clause, mentions } = context;
  switch (need) {
    case 'launch':
      return inSameClause(context, cues.of('launch'));
    case 'service':
      return inSameClause(context, cues.of('launch')) || inSameClause(context, cues.of('motion'));
    case 'happening':
      return cues.of('happening').in(clause).length > 0;
    case 'celebration':
      return cues.of('celebration').in(clause).length > 0;
    case 'facility':
      return hasFacility(context);
    case 'guest':
      return hasGuest(context);
    case 'visitor':
      return mentions.some((mention) => PERSON_TYPES.has(mention.entity.type)) || cues.of('guest').in(clause).length > 0;
    case 'date':
    case 'aim':
      // Checked once the sentence's dates and roles are known (see `extract-events.ts`).
      return true;
  }
}

/** A cue with no clause break at all between it and the trigger (in Russian and English a comma counts). */
function inSameClause({ trigger, view, language, clause }: TriggerContext, cues: ByClause<PhraseMatch<Cue>>): boolean {
  const options = { countWeakBreaks: ATTACHMENT_RULES[language].commasSplitClauses, preferredSide: 'either' as const };
  return cues.in(clause).some((cue) => attachmentCost(trigger, cue, view.breaks, options)[0] === 0);
}

/**
 * Something that opens or is launched: a facility word, an organisation (the consulate, the
 * academy where a workshop opened), a name in quotes, a route (two places joined by a dash), or a
 * span of time right next to the word (the opening of the Year of Tourism).
 */
function hasFacility({ trigger, cues, clause, mentions }: TriggerContext): boolean {
  const concepts = cues.concepts.in(clause).filter((concept) => !concept.value.metaphor);
  if (concepts.some((concept) => !concept.value.period || tokenDistance(trigger, concept) <= PERIOD_REACH)) return true;
  if (mentions.some((mention) => mention.entity.type === 'ORGANIZATION')) return true;
  if (cues.names.in(clause).length > 0) return true;
  return mentions.some((mention, index) => {
    const next = mentions[index + 1];
    return next !== undefined && PLACE_TYPES.has(mention.entity.type) && PLACE_TYPES.has(next.entity.type) && next.start - mention.end <= 3;
  });
}

/**
 * The one received: in Kazakh a direct object before the verb («делегациясын … қабылдады»,
 * «Хань Чуньлиньді қабылдады»); in Russian and English a guest or a person right after it
 * («принял посла», "received the delegation").
 */
function hasGuest({ trigger, view, language, cues, clause, mentions }: TriggerContext): boolean {
  const persons = mentions.filter((mention) => PERSON_TYPES.has(mention.entity.type));
  const guests = cues.of('guest').in(clause);
  if (language === 'kk') {
    const guestBefore = guests.some((word) => word.end <= trigger.start && KK_ACCUSATIVE.test(view.normals[word.lastToken] ?? ''));
    const personBefore = persons.some(
      (mention) => mention.end <= trigger.start && KK_ACCUSATIVE.test(mention.text.toLocaleLowerCase('kk')),
    );
    return guestBefore || personBefore;
  }
  const guestAfter = guests.some((word) => after(word, trigger, GUEST_REACH));
  const personAfter = persons.some((mention) => mention.start >= trigger.end && mention.start - trigger.end <= 40);
  return guestAfter || personAfter;
}

function tokenDistance(a: { firstToken: number; lastToken: number }, b: { firstToken: number; lastToken: number }): number {
  if (a.lastToken < b.firstToken) return b.firstToken - a.lastToken;
  if (b.lastToken < a.firstToken) return a.firstToken - b.lastToken;
  return 0;
}

/**
 * The object concept a word stands with: the nearest in its clause. A metaphor counts only on the
 * side where the object stands (after the verb in Russian and English, before it in Kazakh), and
 * a span of time only right next to the word.
 */
function nearestConcept(
  trigger: PhraseMatch<EventTriggerInfo>,
  concepts: readonly PhraseMatch<ObjectConcept>[],
  language: Language,
): PhraseMatch<ObjectConcept> | null {
  let best: PhraseMatch<ObjectConcept> | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const concept of concepts) {
    const distance = tokenDistance(trigger, concept);
    if (concept.value.period && distance > PERIOD_REACH) continue;
    if (concept.value.metaphor && !isObjectOf(concept, trigger, language)) continue;
    if (distance < bestDistance) {
      best = concept;
      bestDistance = distance;
    }
  }
  return best;
}

/** A name in quotes right after the word or an object word of its clause (right before them in Kazakh). */
function nameNextTo(
  trigger: PhraseMatch<EventTriggerInfo>,
  concepts: readonly PhraseMatch<ObjectConcept>[],
  names: readonly Extent[],
  view: SentenceAnalysis,
  language: Language,
): Extent | null {
  const anchors: Extent[] = [trigger, ...concepts.filter((concept) => !concept.value.metaphor)];
  return (
    names.find((name) =>
      anchors.some((anchor) => {
        const between = language === 'kk' ? { start: name.end, end: anchor.start } : { start: anchor.end, end: name.start };
        if (between.end < between.start) return false;
        const words = view.tokens.filter((token) => token.start >= between.start && token.end <= between.end).length;
        return words <= NAME_REACH;
      }),
    ) ?? null
  );
}

/**
 * One happening per word, and none that another of its clause stands for: an opening of flights
 * is their launch («рейс ашылды»), a meeting during a visit is part of the visit, a plan to visit
 * is the visit, a generic «іс-шара» or "ceremony" gives way to what it is.
 */
function giveWay(happenings: readonly Happening[]): Happening[] {
  const typesByClause = new Map<number, Set<EventType>>();
  const visitByClause = new Set<number>();
  for (const happening of happenings) {
    const types = typesByClause.get(happening.clause);
    if (types) types.add(happening.type);
    else typesByClause.set(happening.clause, new Set([happening.type]));
    if (isVisitTold(happening)) visitByClause.add(happening.clause);
  }
  return happenings.filter((happening) => {
    const present = typesByClause.get(happening.clause);
    const yields = (type: EventType) => type !== happening.type && (present?.has(type) ?? false);
    if (TRIGGER_KINDS[happening.kind].yieldsTo.some(yields) || (TYPE_YIELDS[happening.type] ?? []).some(yields)) return false;
    return !(happening.type === 'CONFERENCE' && !happening.purpose && visitByClause.has(happening.clause));
  });
}

/**
 * A visit told in a clause: a gathering told with it ("the state visit to Xi'an and participation
 * in the summit") is part of the visit; one the visit is made for ("arrived to attend the summit")
 * is a happening of its own, still to come.
 */
function isVisitTold(happening: Happening): boolean {
  return happening.type === 'VISIT' && happening.reference === null && !happening.plural;
}

/**
 * What a gathering talks about is still to come: a launch «бойынша» talks, talks «о запуске»,
 * "Key topics included the launch of …". A topic noun is enough; a preposition needs a gathering
 * or a verb of discussing in the sentence.
 */
function markTopics(happenings: readonly Happening[], cues: Cues): Happening[] {
  const talk = cues.discussed || happenings.some((happening) => GATHERING_EVENT_TYPES.has(happening.type));
  return happenings.map((happening) => {
    if (GATHERING_EVENT_TYPES.has(happening.type)) return happening;
    const { trigger, clause } = happening;
    const byNoun = cues.of('topicNoun').in(clause).some((word) => word.end <= trigger.start);
    const byPreposition =
      talk &&
      (cues.of('topicBefore').in(clause).some((word) => before(word, trigger, TOPIC_REACH)) ||
        cues.of('topicAfter').in(clause).some((word) => after(word, trigger, TOPIC_REACH)));
    return byNoun || byPreposition ? { ...happening, purpose: true } : happening;
  });
}
