/** Characters with a meaning in a regular expression: a pattern's literal opening ends at the first of them. */
const SYNTAX = new Set('\\^$.|?*+()[]{}');
const QUANTIFIERS = new Set('?*+{');

/**
 * The characters every word a pattern accepts starts with, up to `length`: `кездес[…]*` gives
 * «кез» for three; '' when the pattern opens with anything but plain characters (a group, a class, an
 * alternation, a character made optional). A pattern holding an alternation outside any group
 * has no opening of its own.
 */
export function literalOpening(pattern: string, length: number): string {
  if (hasTopLevelAlternation(pattern)) return '';
  let end = 0;
  while (end < length && end < pattern.length) {
    const char = pattern.charAt(end);
    if (SYNTAX.has(char) || QUANTIFIERS.has(pattern.charAt(end + 1))) break;
    end += 1;
  }
  return pattern.slice(0, end);
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let at = 0; at < pattern.length; at += 1) {
    const char = pattern.charAt(at);
    if (char === '\\') at += 1;
    else if (char === '[') {
      at += 1;
      while (at < pattern.length && pattern.charAt(at) !== ']') at += pattern.charAt(at) === '\\' ? 2 : 1;
    } else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/** How a phrase's first pattern may start: its first characters (see `literalOpening`), a class its first character belongs to, or anything. */
export type PatternStart = { opening: string } | { firstChars: string } | null;

/** The characters of an opening the test reads. */
export const OPENING_LENGTH = 3;

/** A pair of first characters after which any third one may follow. */
const ANY_THIRD = 'any';

/**
 * Which words may start one of a table's phrases, told from their first three characters: a test
 * on small integers that spares most words the look-up of the table's answers. It may say yes
 * wrongly, never no. Words shorter than two characters always pass.
 */
export class PhraseStarts {
  private readonly firstCodes = new Set<number>();
  /** Third characters by the first two (packed as `pairCode`). */
  private readonly thirdCodes = new Map<number, Set<number> | typeof ANY_THIRD>();
  private readonly firstCharTest: RegExp | null;
  private readonly anyWord: boolean;

  constructor(starts: readonly PatternStart[]) {
    const classes: string[] = [];
    let anyWord = false;
    for (const start of starts) {
      if (start === null) anyWord = true;
      else if ('firstChars' in start) classes.push(start.firstChars.slice(1, -1));
      else if (start.opening.length === 1) this.firstCodes.add(start.opening.charCodeAt(0));
      else this.addOpening(start.opening);
    }
    this.anyWord = anyWord;
    this.firstCharTest = classes.length > 0 ? new RegExp(`^[${classes.join('')}]`, 'u') : null;
  }

  private addOpening(opening: string): void {
    const pair = pairCode(opening);
    const known = this.thirdCodes.get(pair);
    if (opening.length === 2 || known === ANY_THIRD) this.thirdCodes.set(pair, ANY_THIRD);
    else if (known) known.add(opening.charCodeAt(2));
    else this.thirdCodes.set(pair, new Set([opening.charCodeAt(2)]));
  }

  mayStart(word: string): boolean {
    if (this.anyWord || word.length < 2) return true;
    if (this.firstCodes.has(word.charCodeAt(0))) return true;
    const third = this.thirdCodes.get(pairCode(word));
    if (third === ANY_THIRD || (third !== undefined && third.has(word.charCodeAt(2)))) return true;
    return this.firstCharTest?.test(word) ?? false;
  }
}

/** The first two UTF-16 codes of a text in one integer. */
function pairCode(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}
