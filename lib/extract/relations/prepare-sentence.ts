import { firstIndex } from '../first-index';
import type { DocumentAnalysis, SentenceAnalysis, TextAnalysis } from '../sentence/analyse-text';
import type { Mention, RelationType } from '../types';
import { findFrames, type ArgumentFrame } from './argument-frames';
import { readArgument, type PlaceArgument, type PlacePair, type SentenceView } from './read-argument';
import { groupPlaces, isPlaceType, type PlaceGroup } from './place-groups';
import { countryOf, type RelationFacts } from './relation-facts';
import { findRelationWords, type SentenceRelationWords } from './relation-words';

/**
 * What relations read from a sentence, in two steps: every sentence is scanned for relation words
 * (`readWords`); only the sentences that may hold a relation are read for their places, frames
 * and arguments (`prepareSentence`), and the ones before them only for their places
 * (`placesOfSentence`).
 */
export interface SentenceWords extends SentenceRelationWords {
  analysis: SentenceAnalysis;
  /** The first mode a transport word of the sentence gives (flights or another link), null when none does. */
  mode: RelationType | null;
  transport: boolean;
  /** Cities and regions the sentence names. */
  placeCount: number;
  /** A line of a bulleted list («- Алматы – Шанхай (Қытай) – 29 наурыздан;»). */
  listItem: boolean;
  /** A line ending in a colon, which may lead a list. */
  leadsList: boolean;
}

/** The places of a sentence that the next one may borrow. */
export interface SentencePlaces {
  groups: PlaceGroup[];
  /** The places its first group names when that group opens the sentence: its subject. */
  subject: string[];
  /** The two ends of its widest place group: what "the two cities" in the next sentence stand for. */
  pairEnds: PlacePair | null;
}

export interface PreparedSentence extends SentenceWords, SentencePlaces {
  view: SentenceView;
  strongBreakOffsets: number[];
}

const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/u;
const LEADS_LIST = /:\s*$/u;
/** A subject stands in the first words of its sentence («В 2014 году Алматы и Шанхай …»). */
const SUBJECT_WORDS = 3;

export function readWords(analysis: DocumentAnalysis, text: TextAnalysis, sentence: SentenceAnalysis): SentenceWords {
  const { tokens, normals, mentions } = sentence;
  const words = findRelationWords({ body: text.text, tokens, normals, mentions, language: analysis.language });
  let mode: RelationType | null = null;
  let transport = false;
  for (const trigger of words.triggers) {
    transport ||= trigger.value.transport;
    if (mode === null && trigger.value.transport) mode = trigger.value.type;
  }
  let placeCount = 0;
  for (const mention of mentions) if (isPlaceType(mention.entity.type)) placeCount += 1;
  const line = sentence.sentence.text;
  return {
    triggers: words.triggers,
    cues: words.cues,
    vetoes: words.vetoes,
    offices: words.offices,
    pairReferences: words.pairReferences,
    analysis: sentence,
    mode,
    transport,
    placeCount,
    listItem: LIST_ITEM.test(line),
    leadsList: LEADS_LIST.test(line.slice(-8)),
  };
}

export function placesOfSentence(analysis: DocumentAnalysis, text: TextAnalysis, sentence: SentenceAnalysis, facts: RelationFacts): SentencePlaces {
  const { tokens, normals, mentions } = sentence;
  const groups = groupPlaces({ body: text.text, tokens, normals, mentions, language: analysis.language, facts });
  const isRelatable = (mention: Mention) => relatable(mention, facts);
  const firstGroup = groups.find((group) => group.members.some((member) => isPlaceType(member.entity.type)));
  const opensSentence = firstGroup !== undefined && firstIndex(tokens, (token) => token.start >= firstGroup.start) < SUBJECT_WORDS;
  const subject =
    firstGroup && opensSentence && firstGroup.members.every(isRelatable) ? [...new Set(firstGroup.members.map((member) => member.entity.key))] : [];
  let widest: string[] = [];
  for (const group of groups) {
    const keys = [...new Set(group.members.filter(isRelatable).map((member) => member.entity.key))];
    if (keys.length > widest.length) widest = keys;
  }
  const [first, last] = [widest[0], widest.at(-1)];
  return { groups, subject, pairEnds: widest.length >= 2 && first && last ? [first, last] : null };
}

/** A city or region of a country: a side a relation may have. */
function relatable(mention: Mention, facts: RelationFacts): boolean {
  return isPlaceType(mention.entity.type) && countryOf(facts, mention.entity.key) !== null;
}

export function prepareSentence(
  analysis: DocumentAnalysis,
  text: TextAnalysis,
  words: SentenceWords,
  facts: RelationFacts,
  /** The two ends of the previous sentence's widest group, when this one says "the two cities". */
  referredPair: PlacePair | null,
): PreparedSentence {
  const { language } = analysis;
  const body = text.text;
  const sentence = words.analysis;
  const { tokens, normals, mentions, breaks } = sentence;
  const places = placesOfSentence(analysis, text, sentence, facts);
  const frames = findFrames({ tokens, normals, groups: places.groups, breaks, language });
  const pairArguments: PlaceArgument[] = referredPair
    ? words.pairReferences.map(({ start, end }) => ({ start, end, group: null, frame: null, referredPair }))
    : [];
  const placeArguments: PlaceArgument[] = [
    ...frames.map((frame) => ({ start: frame.start, end: frame.end, group: null, frame, referredPair: null })),
    ...outsideFrames(places.groups, frames).map((group) => ({ start: group.start, end: group.end, group, frame: null, referredPair: null })),
    ...pairArguments,
  ].sort((a, b) => a.start - b.start);
  const completeRoutes = placeArguments
    .filter((argument) => (argument.frame !== null || argument.group?.linked === true) && readArgument(argument, 'OTHER', facts).pairs.length > 0)
    .map(({ start, end }) => ({ start, end }));
  const placeKeys = new Set<string>();
  for (const mention of mentions) if (isPlaceType(mention.entity.type) && countryOf(facts, mention.entity.key) !== null) placeKeys.add(mention.entity.key);
  return {
    analysis: words.analysis,
    triggers: words.triggers,
    cues: words.cues,
    vetoes: words.vetoes,
    offices: words.offices,
    pairReferences: words.pairReferences,
    mode: words.mode,
    transport: words.transport,
    placeCount: words.placeCount,
    listItem: words.listItem,
    leadsList: words.leadsList,
    groups: places.groups,
    subject: places.subject,
    pairEnds: places.pairEnds,
    view: {
      language,
      body,
      tokens,
      breaks,
      mentions,
      arguments: placeArguments,
      placeKeys,
      namesCountry: places.groups.some((group) => group.members.some((member) => member.entity.type === 'COUNTRY')),
      completeRoutes: nonOverlapping(completeRoutes),
    },
    strongBreakOffsets: breaks.filter((clauseBreak) => clauseBreak.strong).map((clauseBreak) => clauseBreak.at),
  };
}

/** Groups not inside a frame (frames sorted by start): the frame reads them. One pass, keeping the farthest frame end seen. */
function outsideFrames(groups: readonly PlaceGroup[], frames: readonly ArgumentFrame[]): PlaceGroup[] {
  const outside: PlaceGroup[] = [];
  let frameIndex = 0;
  let reach = -Infinity;
  for (const group of groups) {
    for (let frame = frames[frameIndex]; frame && frame.start <= group.start; frame = frames[++frameIndex]) reach = Math.max(reach, frame.end);
    if (reach < group.end) outside.push(group);
  }
  return outside;
}

/** Spans sorted by start with overlapping ones merged, so that a binary search finds the one holding a mention. */
function nonOverlapping(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
