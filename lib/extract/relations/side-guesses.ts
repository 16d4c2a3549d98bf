import type { Language } from '../types';
import type { RankedPlace } from './focus-place';
import type { SideGuesses } from './pair-places';
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
export interface GuessInput {
  language: Language;
  sentence: PreparedSentence;
  previous: SentencePlaces | null;
  previousLeadsList: boolean;
  /** Places of the title, for a sentence of the body. */
  titlePlaces: readonly string[];
  ranking: readonly RankedPlace[];
  placeBefore: (offset: number, kind: PlaceKind) => string | null;
}

export function sideGuesses(input: GuessInput): SideGuesses {
  const { sentence, ranking, titlePlaces } = input;
  const references = {
    body: sentence.view.body,
    tokens: sentence.view.tokens,
    normals: sentence.analysis.normals,
    mentions: sentence.view.mentions,
    language: input.language,
  };
  const offices = sentence.offices;
  const focus = ranking[0]?.key ?? null;
  const kindOf = (key: string) => ranking.find((place) => place.key === key)?.type;
  // A lead line's partners are its list items, told after it: nothing is borrowed for it.
  const borrows = !sentence.leadsList;
  return {
    coordinatedWith: (placeStart) => {
      const reference = coordinatedReference(references, placeStart);
      return reference ? input.placeBefore(reference.at, reference.kind) : null;
    },
    offices: () =>
      offices.flatMap((kind) => {
        const earlier = input.placeBefore(sentence.analysis.sentence.start, kind);
        return [
          earlier ? [earlier] : [],
          titlePlaces.filter((key) => kindOf(key) === kind),
          ...ranking.filter((place) => place.type === kind).map((place) => [place.key]),
        ];
      }),
    carriedOver: borrows
      ? [input.previous && !input.previousLeadsList ? input.previous.subject : [], titlePlaces, focus ? [focus] : []]
      : [],
    focus,
  };
}

/** The cities and regions of the title line, once each. */
export function titlePlaces(title: SentencePlaces | null): string[] {
  if (!title) return [];
  const keys = title.groups.flatMap((group) => group.members.filter((member) => isPlaceType(member.entity.type)).map((member) => member.entity.key));
  return [...new Set(keys)];
}
