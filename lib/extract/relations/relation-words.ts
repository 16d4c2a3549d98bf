import { compilePhrases, findPhrases, type PhraseMatch, type PhraseRow, type PhraseTable } from '../sentence/phrase-matcher';
import { overlapsMention } from '../sentence/overlaps-mention';
import type { Token } from '../tokenize';
import type { Language, Mention } from '../types';
import { isOfficeReference, officeRows, pairReferenceRows, type PlaceKind } from './place-references';
import { cueRows, triggerRows, vetoRows, type RelationCue, type RelationTrigger, type RelationVeto } from './relation-triggers';

/**
 * Every word relations look for, in one table per language, so that a sentence is scanned once:
 * relation words, status cues, vetoes, offices standing for a place and words for two places.
 * Where two rows start at one word the longer phrase wins («ниет хаты» is a letter of intent, not
 * the intent cue «ниет»).
 */
type RelationWord =
  | { kind: 'trigger'; trigger: RelationTrigger }
  | { kind: 'cue'; cue: RelationCue }
  | { kind: 'veto'; veto: RelationVeto }
  | { kind: 'office'; place: PlaceKind }
  | { kind: 'pair' };

export interface SentenceRelationWords {
  triggers: PhraseMatch<RelationTrigger>[];
  cues: PhraseMatch<RelationCue>[];
  vetoes: PhraseMatch<RelationVeto>[];
  /** Offices of a place the sentence does not name («Облыс әкімі»). */
  offices: PlaceKind[];
  /** "The two cities", «екі қала». */
  pairReferences: { start: number; end: number }[];
}

function rowsOf<T>(rows: readonly PhraseRow<T>[], word: (value: T) => RelationWord): PhraseRow<RelationWord>[] {
  return rows.map((row) => ({ ...row, value: word(row.value) }));
}

function compileWords(language: Language): PhraseTable<RelationWord> {
  return compilePhrases([
    ...rowsOf(triggerRows(language), (trigger) => ({ kind: 'trigger', trigger })),
    ...rowsOf(cueRows(language), (cue) => ({ kind: 'cue', cue })),
    ...rowsOf(vetoRows(language), (veto) => ({ kind: 'veto', veto })),
    ...rowsOf(officeRows(language), (place) => ({ kind: 'office', place })),
    ...rowsOf(pairReferenceRows(language), () => ({ kind: 'pair' })),
  ]);
}

const RELATION_WORDS: Readonly<Record<Language, PhraseTable<RelationWord>>> = {
  kk: compileWords('kk'),
  ru: compileWords('ru'),
  en: compileWords('en'),
};

export interface WordsInput {
  body: string;
  tokens: readonly Token[];
  normals: readonly string[];
  mentions: readonly Mention[];
  language: Language;
}

/** The relation words of a sentence; a relation word inside a name («Шаңхай ынтымақтастық ұйымы» as a mention) is none. */
export function findRelationWords(input: WordsInput): SentenceRelationWords {
  const words: SentenceRelationWords = { triggers: [], cues: [], vetoes: [], offices: [], pairReferences: [] };
  for (const match of findPhrases(input.body, input.tokens, input.normals, RELATION_WORDS[input.language])) {
    const { value, firstToken, lastToken, start, end } = match;
    switch (value.kind) {
      case 'trigger':
        if (!overlapsMention(match, input.mentions)) words.triggers.push({ value: value.trigger, firstToken, lastToken, start, end });
        break;
      case 'cue':
        words.cues.push({ value: value.cue, firstToken, lastToken, start, end });
        break;
      case 'veto':
        words.vetoes.push({ value: value.veto, firstToken, lastToken, start, end });
        break;
      case 'office':
        if (isOfficeReference(input, match)) words.offices.push(value.place);
        break;
      case 'pair':
        words.pairReferences.push({ start, end });
        break;
    }
  }
  return words;
}
