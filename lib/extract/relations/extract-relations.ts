import { firstIndex } from '../first-index';
import type { DocumentAnalysis, SentenceAnalysis, TextAnalysis } from '../sentence/analyse-text';
import { attachmentCost, compareCosts, type ClauseBreak } from '../sentence/clause-attachment';
import type { TenseMarker } from '../sentence/find-tense-markers';
import { overlapsMention } from '../sentence/overlaps-mention';
import { findPhrases, type PhraseMatch } from '../sentence/phrase-matcher';
import type { Mention, PlaceRelation, RelationStatus, RelationType } from '../types';
import { findFocusPlace } from './focus-place';
import { pairPlaces } from './pair-places';
import { groupPlaces, PLACE_TYPES } from './place-groups';
import { RELATION_CUE_PHRASES, RELATION_TRIGGER_PHRASES, type RelationCue } from './relation-triggers';

/**
 * Relations between places (cities and regions, never countries): a relation word from the
 * per-language table, the places it ties (see `pair-places.ts`), and the status the clause states.
 * One relation per (a, b, type) in a document: the first evidence, or the first with a status.
 */
export function extractRelations(analysis: DocumentAnalysis): PlaceRelation[] {
  const focus = findFocusPlace(analysis.texts.flatMap((text) => text.sentences.flatMap((sentence) => sentence.mentions)));
  const relations = new Map<string, PlaceRelation>();
  for (const text of analysis.texts) {
    const places = text.sentences.flatMap((sentence) => sentence.mentions).filter((mention) => PLACE_TYPES.has(mention.entity.type));
    const placesOfType = {
      CITY: places.filter((mention) => mention.entity.type === 'CITY'),
      REGION: places.filter((mention) => mention.entity.type === 'REGION'),
    };
    const placeBefore = (offset: number, type: 'CITY' | 'REGION') => latestEndingBy(placesOfType[type], offset)?.entity.key ?? null;
    for (const view of text.sentences) {
      for (const relation of relationsInSentence(analysis, text, view, focus, placeBefore)) {
        const key = `${relation.a}|${relation.b}|${relation.type}`;
        const existing = relations.get(key);
        if (!existing || (existing.status === null && relation.status !== null)) relations.set(key, relation);
      }
    }
  }
  return [...relations.values()];
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

function relationsInSentence(
  analysis: DocumentAnalysis,
  text: TextAnalysis,
  view: SentenceAnalysis,
  focus: string | null,
  placeBefore: (offset: number, type: 'CITY' | 'REGION') => string | null,
): PlaceRelation[] {
  const { language } = analysis;
  const body = text.text;
  const { markers, breaks } = view;
  const groups = groupPlaces(body, view.mentions, language);
  const cues = findPhrases(body, view.tokens, view.normals, RELATION_CUE_PHRASES[language]);
  const sentencePlaces = new Set(
    view.mentions.filter((mention) => PLACE_TYPES.has(mention.entity.type)).map((mention) => mention.entity.key),
  );

  const strongBreakOffsets = breaks.filter((clauseBreak) => clauseBreak.strong).map((clauseBreak) => clauseBreak.at).sort((a, b) => a - b);

  const relations: PlaceRelation[] = [];
  for (const trigger of findPhrases(body, view.tokens, view.normals, RELATION_TRIGGER_PHRASES[language])) {
    if (overlapsMention(trigger, view.mentions)) continue;
    const pairs = pairPlaces({
      type: trigger.value,
      trigger,
      language,
      groups,
      tokens: view.tokens,
      breaks,
      sentencePlaces,
      sentenceMentions: view.mentions,
      focus,
      body,
      placeBefore,
    });
    const status = pairs.length > 0 ? statusOf(trigger, cues, markers, breaks, strongBreakOffsets) : null;
    for (const [first, second] of pairs) {
      if (first === second) continue;
      const [a, b] = first < second ? [first, second] : [second, first];
      relations.push({ a, b, type: trigger.value, status, ...evidence(text, view) });
    }
  }
  return relations;
}

function evidence(text: TextAnalysis, view: SentenceAnalysis): Pick<PlaceRelation, 'evidence' | 'evidenceIn' | 'evidenceStart' | 'evidenceEnd'> {
  return { evidence: view.sentence.text, evidenceIn: text.place, evidenceStart: view.sentence.start, evidenceEnd: view.sentence.end };
}

/**
 * The status of a relation word: the nearest intent or proposal cue of its clause, else its
 * nearest cue; with no cue, a future verb in the clause («посетит», "will visit") still says planned.
 */
function statusOf(
  trigger: PhraseMatch<RelationType>,
  cues: readonly PhraseMatch<RelationCue>[],
  markers: readonly TenseMarker[],
  breaks: readonly ClauseBreak[],
  strongBreakOffsets: readonly number[],
): RelationStatus | null {
  // The trigger's clause lies between the strong breaks around it: a cheap bound tried before the
  // exact test, so that a sentence with thousands of triggers and cues stays fast.
  const clauseStart = strongBreakOffsets[firstIndex(strongBreakOffsets, (at) => at >= trigger.start) - 1] ?? -Infinity;
  const clauseEnd = strongBreakOffsets[firstIndex(strongBreakOffsets, (at) => at >= trigger.end)] ?? Infinity;
  const inClause = (span: { start: number; end: number }) =>
    span.end > clauseStart && span.start <= clauseEnd && attachmentCost(trigger, span, breaks, SAME_CLAUSE)[0] === 0;
  const candidates = cues
    .filter(inClause)
    .map((cue) => ({ cue: cue.value, cost: attachmentCost(trigger, cue, breaks, SAME_CLAUSE) }))
    .sort((a, b) => compareCosts(a.cost, b.cost));
  const chosen = candidates.find((candidate) => candidate.cue.clauseWide) ?? candidates[0];
  if (chosen) return chosen.cue.status;
  return markers.some((marker) => marker.kind === 'future' && inClause(marker)) ? 'planned' : null;
}

const SAME_CLAUSE = { countWeakBreaks: false, preferredSide: 'either' } as const;
