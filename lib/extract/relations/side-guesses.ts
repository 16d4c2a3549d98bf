import type { Language } from '../types';
import type { RankedPlace } from './focus-place';
import { isPlaceType } from './place-groups';
import { coordinatedReference, type PlaceKind } from './place-references';
import type { PreparedSentence, SentencePlaces } from './prepare-sentence';

/**
 * The sides a relation phrase may borrow when it names only one (see `pair-places.ts` for when):
 *
 * - a word standing for a place: «өңір мен Синьцзян» (the latest region named before), «Облыс
 *   әкімі» (the region named before in the text, else the title's region, else the most-mentioned
 *   region);
 * - the subject of the previous sentence ("P and C have close ties with Kazakhstan. An agreement
 *   was signed with R and S."), unless that sentence leads a list (its items are its partners);
 * - the places of the title;
 * - the document's focus, its most-mentioned place.
 */
export interface SideGuesses {
  language: Language;
  sentence: PreparedSentence;
  /** The places of the sentence before, read when asked for. */
  previousPlaces: () => SentencePlaces | null;
  previousLeadsList: boolean;
  /** Places of the title, for a sentence of the body. */
  titlePlaces: readonly string[];
  ranking: readonly RankedPlace[];
  placeBefore: (offset: number, kind: PlaceKind) => string | null;
}

/** The document's most-mentioned place. */
export function focusOf(guesses: SideGuesses): string | null {
  return guesses.ranking[0]?.key ?? null;
}

/** The place a noun coordinated right before `placeStart` stands for («өңір мен Синьцзян»: the region told before). */
export function coordinatedWith(guesses: SideGuesses, placeStart: number): string | null {
  const reference = coordinatedReference(referenceInput(guesses), placeStart);
  return reference ? guesses.placeBefore(reference.at, reference.kind) : null;
}

/** Places an office named in the sentence may stand for («Облыс әкімі»: the region), most likely first. */
export function officePlaces(guesses: SideGuesses): string[][] {
  const { sentence, ranking, titlePlaces } = guesses;
  return sentence.offices.flatMap((kind) => {
    const earlier = guesses.placeBefore(sentence.analysis.sentence.start, kind);
    return [
      earlier ? [earlier] : [],
      titlePlaces.filter((key) => ranking.find((place) => place.key === key)?.type === kind),
      ...ranking.filter((place) => place.type === kind).map((place) => [place.key]),
    ];
  });
}

/**
 * The places other sources offer, in order: the previous sentence's subject, the title, the focus.
 * A lead line's partners are its list items, told after it: nothing is borrowed for it.
 */
export function carriedOverPlaces(guesses: SideGuesses): (readonly string[])[] {
  if (guesses.sentence.leadsList) return [];
  const focus = focusOf(guesses);
  const subject = guesses.previousLeadsList ? [] : (guesses.previousPlaces()?.subject ?? []);
  return [subject, guesses.titlePlaces, focus ? [focus] : []];
}

function referenceInput({ sentence, language }: SideGuesses) {
  return { body: sentence.view.body, tokens: sentence.view.tokens, normals: sentence.analysis.normals, mentions: sentence.view.mentions, language };
}

/** The cities and regions of the title line, once each. */
export function titlePlaces(title: SentencePlaces | null): string[] {
  if (!title) return [];
  const keys = title.groups.flatMap((group) => group.members.filter((member) => isPlaceType(member.entity.type)).map((member) => member.entity.key));
  return [...new Set(keys)];
}
