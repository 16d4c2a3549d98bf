import { firstIndex } from '../first-index';
import type { DocumentAnalysis, TextAnalysis } from '../sentence/analyse-text';
import type { Mention, PlaceRelation, RelationStatus, RelationType } from '../types';
import { rankPlaces, type RankedPlace } from './focus-place';
import { pairPlaces } from './pair-places';
import { readArgument, type PlaceArgument, type PlacePair } from './read-argument';
import { isPlaceType } from './place-groups';
import type { PlaceKind } from './place-references';
import { placesOfSentence, prepareSentence, readWords, type PreparedSentence, type SentencePlaces, type SentenceWords } from './prepare-sentence';
import { pairAllowed, type RelationFacts } from './relation-facts';
import { statistic, statusOf, vetoed } from './relation-status';
import { titlePlaces, type SideGuesses } from './side-guesses';

/**
 * Relations between places (cities and regions, never countries): a relation phrase from the
 * per-language tables, the places that are its arguments (see `pair-places.ts`), and the status
 * its clause states. Routes named without a relation word of their own («- Алматы – Шанхай
 * (Қытай) – 29 наурыздан;» under a list of new flights, "as well as from Astana to Urumqi") borrow
 * the transport word of their sentence, of their list's lead line or of the title.
 * `facts` (countries, containment, the scope) is built once per extractor.
 * One relation per (a, b, type) in a document: the first evidence, or the first with a status.
 */
export function extractRelations(analysis: DocumentAnalysis, facts: RelationFacts): PlaceRelation[] {
  const ranking = rankPlaces(analysis.texts.flatMap((text) => text.sentences.flatMap((sentence) => sentence.mentions)));
  const titleText = analysis.texts.find((text) => text.place === 'title');
  const titleSentence = titleText?.sentences[0];
  const title = titleText && titleSentence ? prepareSentence(analysis, titleText, readWords(analysis, titleText, titleSentence), facts, null) : null;
  const document: DocumentContext = { analysis, facts, ranking, title, titlePlaces: titlePlaces(title) };
  const relations = new Map<string, PlaceRelation>();
  for (const text of analysis.texts) {
    for (const relation of relationsInText(document, text)) {
      const key = `${relation.a}|${relation.b}|${relation.type}`;
      const existing = relations.get(key);
      if (!existing || (existing.status === null && relation.status !== null)) relations.set(key, relation);
    }
  }
  return [...relations.values()];
}

interface DocumentContext {
  analysis: DocumentAnalysis;
  facts: RelationFacts;
  ranking: readonly RankedPlace[];
  /** The title line, prepared (null without a title). */
  title: PreparedSentence | null;
  titlePlaces: readonly string[];
}

interface SentenceContext {
  document: DocumentContext;
  text: TextAnalysis;
  sentence: PreparedSentence;
  /** The places of the sentence before, read when asked for. */
  previousPlaces: () => SentencePlaces | null;
  previousLeadsList: boolean;
  /** The line that leads the list this sentence is an item of. */
  lead: PreparedSentence | null;
  /** The latest place of a kind mentioned before an offset in this text. */
  placeBefore: (offset: number, kind: PlaceKind) => string | null;
}

/**
 * Relations of one text. Only sentences that may hold one are read in full: those with a relation
 * word and a place (or "the two cities"), transport lists (their lead line and items naming a place), and, when the title names a
 * transport link, sentences naming two places (a bare «Достық – Алашаңқай» is then that link). The
 * sentence before one read in full is read for its places, which it may lend.
 */
function relationsInText(document: DocumentContext, text: TextAnalysis): PlaceRelation[] {
  const { analysis, facts } = document;
  const placesOfKind = placesByKind(text);
  const placeBefore = (offset: number, kind: PlaceKind) => latestEndingBy(placesOfKind[kind], offset)?.entity.key ?? null;
  const context = (
    sentence: PreparedSentence,
    previous: SentenceWords | null,
    previousPlaces: () => SentencePlaces | null,
    lead: PreparedSentence | null,
  ): SentenceContext => ({ document, text, sentence, previousPlaces, previousLeadsList: previous?.leadsList ?? false, lead, placeBefore });
  if (text.place === 'title') return document.title ? relationsInSentence(context(document.title, null, () => null, null)) : [];

  const titleTransport = document.title?.transport === true;
  const relations: PlaceRelation[] = [];
  let previous: { words: SentenceWords; prepared: PreparedSentence | null } | null = null;
  let lead: PreparedSentence | null = null;
  for (const sentence of text.sentences) {
    const words = readWords(analysis, text, sentence);
    const leadsTransportList = words.leadsList && words.transport;
    // A relation word needs a place of its sentence, or "the two cities" of the sentence before.
    const needed =
      (words.triggers.length > 0 && (words.placeCount > 0 || words.pairReferences.length > 0)) ||
      leadsTransportList ||
      (words.listItem && lead !== null && words.placeCount > 0) ||
      (titleTransport && words.placeCount >= 2);
    let prepared: PreparedSentence | null = null;
    if (needed) {
      // The places of the sentence before are read only if this one borrows them.
      const before = previous;
      const previousPlaces = (): SentencePlaces | null => (before ? (before.prepared ?? borrowablePlaces(document, text, before.words)) : null);
      prepared = prepareSentence(analysis, text, words, facts, words.pairReferences.length > 0 ? (previousPlaces()?.pairEnds ?? null) : null);
      relations.push(...relationsInSentence(context(prepared, before?.words ?? null, previousPlaces, words.listItem ? lead : null)));
    }
    if (!words.listItem) lead = leadsTransportList ? prepared : null;
    previous = { words, prepared };
  }
  return relations;
}

/** The places a sentence not read in full may lend the next one (none when it names none). */
function borrowablePlaces(document: DocumentContext, text: TextAnalysis, words: SentenceWords): SentencePlaces | null {
  return words.placeCount > 0 ? placesOfSentence(document.analysis, text, words.analysis, document.facts) : null;
}

function relationsInSentence(context: SentenceContext): PlaceRelation[] {
  const { document, sentence, lead } = context;
  const { facts, analysis } = document;
  const relations: PlaceRelation[] = [];
  const claimed = new Set<PlaceArgument>();
  if (sentence.triggers.length > 0) {
    const guesses: SideGuesses = {
      language: analysis.language,
      sentence,
      previousPlaces: context.previousPlaces,
      previousLeadsList: context.previousLeadsList,
      titlePlaces: context.text.place === 'body' ? document.titlePlaces : [],
      ranking: document.ranking,
      placeBefore: context.placeBefore,
    };
    for (const trigger of sentence.triggers) {
      const type = trigger.value.type ?? modeOf(context);
      const pairing = pairPlaces({ trigger, type, sentence: sentence.view, facts, guesses });
      if (pairing.argument) claimed.add(pairing.argument);
      if (pairing.pairs.length === 0 || vetoed(sentence, trigger, type)) continue;
      const status = statusOf(sentence, trigger) ?? leadStatus(lead);
      for (const { pair } of pairing.pairs) relations.push(relation(context, pair, type, status));
    }
  }
  for (const argument of sentence.view.arguments) {
    if (claimed.has(argument) || !isRoute(argument)) continue;
    const type = wordlessRouteType(context, argument);
    // "Tourists travelling from Tianjin to Aktobe": people counted on their way, not a route.
    if (!type || statistic(sentence, argument)) continue;
    const pairs = readArgument(argument, type, facts).pairs.filter(([a, b]) => pairAllowed(facts, a, b, true));
    const status = pairs.length > 0 ? (statusOf(sentence, argument) ?? leadStatus(lead)) : null;
    for (const pair of pairs) relations.push(relation(context, pair, type, status));
  }
  if (sentence.listItem && lead) {
    const items = listItemPairs(context, lead, claimed);
    const status = items.length > 0 ? (statusOf(sentence, sentence.analysis.sentence) ?? leadStatus(lead)) : null;
    for (const [pair, type] of items) relations.push(relation(context, pair, type, status));
  }
  return relations;
}

function relation(context: SentenceContext, pair: PlacePair, type: RelationType, status: RelationStatus | null): PlaceRelation {
  const [a, b] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
  const { sentence } = context.sentence.analysis;
  return { a, b, type, status, evidence: sentence.text, evidenceIn: context.text.place, evidenceStart: sentence.start, evidenceEnd: sentence.end };
}

/** The status a list's lead line gives its items («FlyArystan келесі рейстерді іске қосады:»). */
function leadStatus(lead: PreparedSentence | null): RelationStatus | null {
  const trigger = lead?.triggers.find((candidate) => candidate.value.transport);
  return lead && trigger ? statusOf(lead, trigger) : null;
}

function isRoute(argument: PlaceArgument): boolean {
  return argument.frame?.kind === 'route' || argument.group?.linked === true;
}

/**
 * The type of a route named with no relation word of its own: the transport word of its sentence,
 * else of its list's lead line, else (for a dashed pair) of the title; none without any.
 */
function wordlessRouteType(context: SentenceContext, argument: PlaceArgument): RelationType | null {
  const { sentence, lead, document } = context;
  if (sentence.transport || lead?.transport) return modeOf(context);
  const titleTransport = context.text.place === 'body' && document.title?.transport === true;
  return titleTransport && argument.group?.dashed ? (document.title?.mode ?? 'OTHER') : null;
}

/** A route word's mode: flights or another link, from the sentence, its list's lead line, the title; else another link. */
function modeOf(context: SentenceContext): RelationType {
  return context.sentence.mode ?? context.lead?.mode ?? context.document.title?.mode ?? 'OTHER';
}

/**
 * A list item naming one place under a lead line that names one origin («Шымкент қаласынан
 * келесі рейстерді бастайды:» / «- Бішкек (Қырғызстан) – 29 наурыздан;»): the origin and the place.
 */
function listItemPairs(context: SentenceContext, lead: PreparedSentence, claimed: ReadonlySet<PlaceArgument>): [PlacePair, RelationType][] {
  const { facts } = context.document;
  const origins = lead.groups.flatMap((group) => group.members.filter((member) => isPlaceType(member.entity.type)));
  const origin = origins.length === 1 ? origins[0]?.entity.key : undefined;
  if (!origin) return [];
  const type = modeOf(context);
  const pairs: [PlacePair, RelationType][] = [];
  for (const argument of context.sentence.view.arguments) {
    if (claimed.has(argument) || isRoute(argument) || !argument.group) continue;
    for (const member of argument.group.members) {
      if (isPlaceType(member.entity.type) && pairAllowed(facts, origin, member.entity.key, true)) pairs.push([[origin, member.entity.key], type]);
    }
  }
  return pairs;
}

function placesByKind(text: TextAnalysis): Readonly<Record<PlaceKind, Mention[]>> {
  const places: Record<PlaceKind, Mention[]> = { CITY: [], REGION: [] };
  for (const sentence of text.sentences) {
    for (const mention of sentence.mentions) {
      if (mention.entity.type === 'CITY' || mention.entity.type === 'REGION') places[mention.entity.type].push(mention);
    }
  }
  return places;
}

/**
 * The last mention (in order of start) that ends by `offset`. Mentions starting at or after it
 * cannot, so the search starts from the last one starting before it: not a scan of every mention
 * for every relation word.
 */
function latestEndingBy(mentions: readonly Mention[], offset: number): Mention | undefined {
  for (let index = firstIndex(mentions, (mention) => mention.start >= offset) - 1; index >= 0; index -= 1) {
    const mention = mentions[index];
    if (mention && mention.end <= offset) return mention;
  }
  return undefined;
}

