import { firstIndex } from '../first-index';
import { cachedLemmaCandidates } from '../morphology';
import { compileWordPattern } from '../sentence/phrase-matcher';
import type { Token } from '../tokenize';

/**
 * The case a Kazakh place name stands in, which says its role: «Алматыдан» (from), «Шаңхайға»
 * (to), «Астанамен» (with). The ending sits on the name («Алматыдан») or on the generic noun after
 * it («Сиань қаласынан», «Ақтөбе облысымен»). An ending counts only when taking it off leaves a
 * stem the Kazakh morphology accepts, so «Астана» is not a dative and «Нұр-Сұлтан» not an ablative.
 */
export type KazakhCase = 'from' | 'to' | 'with';

const CASE_ENDINGS: readonly (readonly [string, KazakhCase])[] = [
  ['дан', 'from'],
  ['ден', 'from'],
  ['тан', 'from'],
  ['тен', 'from'],
  ['нан', 'from'],
  ['нен', 'from'],
  ['ға', 'to'],
  ['ге', 'to'],
  ['қа', 'to'],
  ['ке', 'to'],
  ['на', 'to'],
  ['не', 'to'],
  ['мен', 'with'],
  ['бен', 'with'],
  ['пен', 'with'],
];

/** Generic nouns that carry the case for the name before them. */
const CARRIER_NOUNS = ['қала*', 'облыс*', 'өңір*', 'аймақ*', 'аудан*', 'провинция*', 'ауыл*', 'станция*', 'порт*', 'кент*'].map(
  compileWordPattern,
);

/** The case of a normalised Kazakh word. */
export function caseOfWord(normal: string): KazakhCase | null {
  for (const [ending, role] of CASE_ENDINGS) {
    if (normal.length > ending.length && normal.endsWith(ending) && cachedLemmaCandidates(normal, 'kk').includes(normal.slice(0, -ending.length))) {
      return role;
    }
  }
  return null;
}

/**
 * The case of the place mention ending at `end`: that of the word the mention ends in, or, when
 * the name is bare, of the generic noun right after it. `normals` are the tokens' normal forms.
 */
export function caseOfPlace(tokens: readonly Token[], normals: readonly string[], end: number): KazakhCase | null {
  const index = firstIndex(tokens, (token) => token.end >= end);
  const own = caseOfWord(normals[index] ?? '');
  if (own) return own;
  const next = normals[index + 1];
  return next !== undefined && CARRIER_NOUNS.some((pattern) => pattern.test(next)) ? caseOfWord(next) : null;
}
