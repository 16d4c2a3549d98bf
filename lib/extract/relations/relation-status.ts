import { firstIndex } from '../first-index';
import { attachmentCost, compareCosts } from '../sentence/clause-attachment';
import type { PhraseMatch } from '../sentence/phrase-matcher';
import type { RelationStatus, RelationType } from '../types';
import type { PreparedSentence } from './prepare-sentence';
import type { RelationTrigger, RelationVeto } from './relation-triggers';

interface Extent {
  start: number;
  end: number;
}

/**
 * The status of a relation phrase: the nearest intent or proposal cue of its clause, else its
 * nearest cue; with no cue, a future verb in the clause («посетит», "will visit") still says
 * planned. A cue inside the phrase is part of its name («ниет хаты»: a letter of intent, not an intent).
 */
export function statusOf(sentence: PreparedSentence, anchor: Extent): RelationStatus | null {
  const { breaks, markers } = sentence.analysis;
  const { cues } = sentence;
  const clause = clauseAround(sentence, anchor);
  const candidates = within(cues, clause)
    .filter((cue) => !(cue.start >= anchor.start && cue.end <= anchor.end) && inClause(sentence, clause, anchor, cue))
    .map((cue) => ({ cue: cue.value, cost: attachmentCost(anchor, cue, breaks, SAME_CLAUSE) }))
    .sort((a, b) => compareCosts(a.cost, b.cost));
  const chosen = candidates.find((candidate) => candidate.cue.clauseWide) ?? candidates[0];
  if (chosen) return chosen.cue.status;
  return within(markers, clause).some((marker) => marker.kind === 'future' && inClause(sentence, clause, anchor, marker)) ? 'planned' : null;
}

/** A visit of counted people (a statistic) or a journey's length (a duration) in the trigger's clause: no relation. */
export function vetoed(sentence: PreparedSentence, trigger: PhraseMatch<RelationTrigger>, type: RelationType): boolean {
  const { vetoes } = sentence;
  const kinds: RelationVeto[] = [];
  if (type === 'VISIT') kinds.push('statistic');
  if (trigger.value.transport) kinds.push('duration');
  if (kinds.length === 0) return false;
  const clause = clauseAround(sentence, trigger);
  return within(vetoes, clause).some((veto) => kinds.includes(veto.value) && inClause(sentence, clause, trigger, veto));
}

/**
 * The bounds of the anchor's clause: the strong breaks around it. Only the spans between them are
 * looked at, so that a sentence with thousands of triggers and cues stays fast.
 */
function clauseAround(sentence: PreparedSentence, anchor: Extent): Extent {
  const offsets = sentence.strongBreakOffsets;
  return {
    start: offsets[firstIndex(offsets, (at) => at >= anchor.start) - 1] ?? -Infinity,
    end: offsets[firstIndex(offsets, (at) => at >= anchor.end)] ?? Infinity,
  };
}

/** The spans (sorted, apart) that reach into the bounds. */
function within<T extends Extent>(spans: readonly T[], bounds: Extent): T[] {
  const found: T[] = [];
  for (let index = firstIndex(spans, (span) => span.end > bounds.start); index < spans.length; index += 1) {
    const span = spans[index];
    if (!span || span.start > bounds.end) break;
    found.push(span);
  }
  return found;
}

function inClause(sentence: PreparedSentence, clause: Extent, anchor: Extent, span: Extent): boolean {
  return span.end > clause.start && span.start <= clause.end && attachmentCost(anchor, span, sentence.analysis.breaks, SAME_CLAUSE)[0] === 0;
}

const SAME_CLAUSE = { countWeakBreaks: false, preferredSide: 'either' } as const;

/** Travellers counted in the clause of a route named without a relation word. */
export function statistic(sentence: PreparedSentence, anchor: Extent): boolean {
  const clause = clauseAround(sentence, anchor);
  return within(sentence.vetoes, clause).some((veto) => veto.value === 'statistic' && inClause(sentence, clause, anchor, veto));
}
