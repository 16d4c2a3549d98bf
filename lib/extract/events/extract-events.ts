import type { DocumentAnalysis, SentenceAnalysis, TextAnalysis } from '../sentence/analyse-text';
import { attachmentOptions } from '../sentence/clause-attachment';
import { overlapsMention } from '../sentence/overlaps-mention';
import { findPhrases } from '../sentence/phrase-matcher';
import type { EntityType, EventType, ExtractedEvent, Mention } from '../types';
import { SpanSet, type ByClause, type Extent } from './clause-index';
import { assignRoles, roleEntities } from './event-roles';
import { decideEventTiming } from './event-timing';
import { TRIGGER_KINDS } from './event-triggers';
import { RECENCY_PHRASES } from './event-words';
import { findHappenings, type Happening } from './find-happenings';
import { finishEvents } from './finish-events';
import type { DraftEvent } from './merge-events';
import type { RelationFacts } from '../relations/relation-facts';
import { routeListEvents } from './route-lists';
import { routeOutsideScope } from './route-scope';
import { claimTemporals, groupHappenings, nearestDate, startsAState, tenseOf, type TriggerGroup } from './trigger-groups';

/**
 * Events of a document. Each sentence's event words are read with what stands around them (see
 * `find-happenings.ts`); the words of one type in a sentence are one happening, dated by the date
 * of their clause, held or planned by that date and the governing verb, with the roles its clause
 * gives (see `event-roles.ts`). Across the document, reports of one happening merge, and words
 * that only point to a happening («аталған форум», "during the visit") join the one they point to.
 * A route between places the relations do not follow (Almaty–Larnaca) is no event here.
 */
export function extractEvents(analysis: DocumentAnalysis, facts: RelationFacts): ExtractedEvent[] {
  const recentStory = storyToldAsRecent(analysis);
  const drafts = analysis.texts.flatMap((text) => [
    ...text.sentences.flatMap((sentence) => eventsInSentence(analysis, text, sentence, recentStory)),
    ...routeListEvents(analysis, text),
  ]);
  const followed = drafts.filter((draft) => !draft.roles.route || !routeOutsideScope(facts, draft.roles.route, draft.entities));
  return finishEvents(followed).map(toExtractedEvent);
}

/** A lead that tells its story as some days old («Жуырда …», "Recently, …"): no happening of it is dated to the day of publication. */
function storyToldAsRecent(analysis: DocumentAnalysis): boolean {
  const body = analysis.texts.find((text) => text.place === 'body');
  const lead = body?.sentences[0];
  if (!body || !lead) return false;
  return findPhrases(body.text, lead.tokens, lead.normals, RECENCY_PHRASES[analysis.language]).length > 0;
}

function toExtractedEvent(draft: DraftEvent): ExtractedEvent {
  const {
    valueSource: _source,
    reference: _reference,
    definite: _definite,
    frame: _frame,
    concept: _concept,
    action: _action,
    name: _name,
    sentences: _sentences,
    specific: _specific,
    ...event
  } = draft;
  return event;
}

const PARTICIPANT_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'COUNTRY']);
const COUNTRY_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY']);

function eventsInSentence(analysis: DocumentAnalysis, text: TextAnalysis, view: SentenceAnalysis, recentStory: boolean): DraftEvent[] {
  const { language, publishedAt } = analysis;
  const found = findHappenings(text.text, view, language);
  if (found === null || found.happenings.length === 0) return [];
  const { happenings, mentions: mentionsByClause, speech, quotations, sources, recall, carrierWords, todayWords } = found;
  const { markers, breaks } = view;
  const groups = groupHappenings(happenings);
  const eventDates = view.temporals.filter((temporal) => !sources.covers(temporal) && !startsAState(view, temporal, language));
  const dateAttachment = attachmentOptions(language, 'temporal');
  const claimed = claimTemporals(groups, eventDates, breaks, dateAttachment, language);
  const frame = groups.find((group) => group.happenings.some((happening) => happening.containing))?.type ?? null;

  const drafts: DraftEvent[] = [];
  groups.forEach((group, index) => {
    const own = claimed.get(index) ?? null;
    const { happenings: members } = group;
    const reference = own ? null : referenceOf(members);
    if (!own && (members.every((happening) => happening.plural) || members.every((happening) => happening.recurring))) return;
    if (!own && members.every((happening) => TRIGGER_KINDS[happening.kind].needs.includes('date'))) return;

    const saidAbout = new SpanSet(speech.length === 0 ? [] : speech.filter((quote) => !members.some((happening) => contains(quote, happening.trigger))));
    const ownClauses = new Set(members.map((happening) => happening.clause));
    const clauseMentions = [...ownClauses].flatMap((clause) => mentionsByClause.in(clause)).filter((mention) => !saidAbout.covers(mention));
    const mentions = withNearbyPlaces(clauseMentions, happenings, ownClauses, mentionsByClause, saidAbout);
    const name = members.find((happening) => happening.name !== null)?.name ?? null;
    if (!reference && mentions.length === 0 && !own && name === null) return;
    const generic = members.every((happening) => TRIGGER_KINDS[happening.kind].generic);
    if (generic && (!own || !mentions.some((mention) => PARTICIPANT_TYPES.has(mention.entity.type)))) return;

    const quoted = own !== null && quotations.covers(own) && todayWords.some((word) => contains(own, word));
    const ownValue = quoted ? (quotationDay(view, sources) ?? own.value) : (own?.value ?? null);
    const decided = decideEventTiming({
      type: group.type,
      temporal: ownValue,
      tense: tenseOf(group, markers, breaks, language),
      anaphoric: reference === 'anaphoric',
      clauseDate: nearestDate(group, eventDates, breaks, dateAttachment, language)?.value ?? null,
      recall: recall || recentStory,
      publishedAt,
    });
    // A "today" said in a quotation dates the happening only when nothing else in the document does.
    const timing = quoted ? { ...decided, valueSource: 'publication' as const } : decided;
    const namedBy = members
      .map((happening) => overlapsMention(happening.trigger, view.mentions))
      .filter((mention) => mention !== undefined);
    const roles = assignRoles({ type: group.type, text: text.text, language, mentions, namedBy, carrierWords });
    const entities = roleEntities(roles, [...namedBy, ...mentions]);
    const aimed = name !== null || roles.route !== null || members.some((happening) => happening.concept !== null);
    if (!own && !aimed && members.every((happening) => TRIGGER_KINDS[happening.kind].needs.includes('aim'))) return;
    drafts.push({
      type: group.type,
      value: timing.value,
      status: timing.status,
      entities,
      roles,
      first: members.some((happening) => happening.first),
      evidence: view.sentence.text,
      evidenceIn: text.place,
      evidenceStart: view.sentence.start,
      evidenceEnd: view.sentence.end,
      valueSource: timing.valueSource,
      reference,
      definite: members.some((happening) => happening.definite),
      frame: frame !== group.type ? frame : null,
      ...identityOf(group),
      name,
      sentences: [`${text.place}:${view.sentence.start}`],
      specific: specificKeys(entities, [...namedBy, ...mentions]),
    });
  });
  return drafts;
}

/**
 * What tells this happening from another of its type: the thing it stands with (a crossing, a
 * railway line, a flight, a train), and what is done (a construction) or, for the catch-all type,
 * the kind of word (a contest, an anniversary).
 */
function identityOf(group: TriggerGroup): { concept: string | null; action: string | null } {
  if (!OBJECT_EVENT_TYPES.has(group.type)) return { concept: null, action: null };
  const thing = group.happenings.find((happening) => happening.thing !== null)?.thing?.concept ?? null;
  const action = group.happenings.find((happening) => happening.concept?.action)?.concept?.concept ?? null;
  if (group.type !== 'OTHER') return { concept: thing, action };
  const kinds = new Set(group.happenings.map((happening) => happening.kind));
  return { concept: thing, action: action ?? (kinds.size === 1 ? ([...kinds][0] ?? null) : null) };
}

/** Types told apart by their object: what opened, was launched, started or is planned. */
const OBJECT_EVENT_TYPES: ReadonlySet<EventType> = new Set(['OPENING', 'OTHER', 'PLAN', 'FLIGHT_LAUNCH']);

/** The day a quotation was said, when the sentence's source gives it ("…," the akim said on 12 February). */
function quotationDay(view: SentenceAnalysis, sources: SpanSet): string | null {
  return view.temporals.find((temporal) => sources.covers(temporal))?.value ?? null;
}

/**
 * Where a happening takes place is not always said in its clause («…референдум өтетінін, оның
 * Қазақстан дамуында маңызды кезең болатынын»): with no place of its own, it takes the places of
 * the sentence's clauses that tell no other happening.
 */
function withNearbyPlaces(
  mentions: readonly Mention[],
  happenings: readonly Happening[],
  ownClauses: ReadonlySet<number>,
  byClause: ByClause<Mention>,
  saidAbout: SpanSet,
): Mention[] {
  if (mentions.some((mention) => PLACE_TYPES.has(mention.entity.type))) return [...mentions];
  const told = new Set(happenings.map((happening) => happening.clause));
  const free = byClause.clauses().filter((clause) => !told.has(clause) && !ownClauses.has(clause));
  const places = free
    .flatMap((clause) => byClause.in(clause))
    .filter((mention) => PLACE_TYPES.has(mention.entity.type) && !saidAbout.covers(mention));
  return [...mentions, ...places];
}

function contains(outer: Extent, inner: Extent): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function specificKeys(entities: readonly string[], mentions: readonly Mention[]): string[] {
  const countries = new Set(mentions.filter((mention) => COUNTRY_TYPES.has(mention.entity.type)).map((mention) => mention.entity.key));
  return entities.filter((key) => !countries.has(key));
}

/** A group points back to a happening only when every word of it does. */
function referenceOf(members: readonly Happening[]): DraftEvent['reference'] {
  if (!members.every((happening) => happening.reference !== null)) return null;
  return members.some((happening) => happening.reference === 'anaphoric') ? 'anaphoric' : 'frame';
}

