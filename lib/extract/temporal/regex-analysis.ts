/**
 * Static facts about a regex source, used to skip work without changing results:
 * - `requiredLiterals`: strings (lower case) one of which every match contains, so a rule whose
 *   strings are all absent from a text cannot match it and need not run;
 * - `firstCharClass`: a character class every match starts with, so a lookahead on it lets the
 *   engine reject most positions with one comparison instead of trying the whole pattern.
 *
 * Both answer conservatively: anything the analysis does not understand makes it answer "no
 * requirement" (null). It reads the syntax the temporal patterns use: literals, escapes, classes,
 * `\p{…}`, groups (capturing, named, non-capturing), lookarounds, alternation and quantifiers.
 */

type Node =
  | { kind: 'char'; char: string }
  /** One character from a set; `source` is the set's inside as written (null when it cannot be reused, e.g. negated). */
  | { kind: 'set'; source: string | null; caseVariantsOf?: string }
  /** Zero-width: anchors, word boundaries, lookarounds. `context`: a positive lookbehind or a lookahead, which needs text beyond one character class to decide. */
  | { kind: 'assertion'; context?: boolean }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number };

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.at < this.source.length) throw new Error(`unexpected ')' at ${this.at}`);
    return alternatives;
  }

  private alternatives(): Node[][] {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const nodes: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      nodes.push(this.quantified(this.atom()));
    }
    return nodes;
  }

  private quantified(node: Node): Node {
    const rest = this.source.slice(this.at);
    const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})/.exec(rest);
    if (!quantifier) return node;
    this.at += quantifier[0].length;
    if (this.source[this.at] === '?') this.at++; // lazy
    const symbol = quantifier[0];
    const min = symbol === '+' ? 1 : symbol === '?' || symbol === '*' ? 0 : Number(quantifier[1]);
    return { kind: 'repeat', node, min };
  }

  private atom(): Node {
    const char = this.source[this.at] ?? '';
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape();
    if (char === '^' || char === '$') {
      this.at++;
      return { kind: 'assertion' };
    }
    if (char === '.') {
      this.at++;
      return { kind: 'set', source: null };
    }
    const codePoint = this.source.codePointAt(this.at) ?? 0;
    const literal = String.fromCodePoint(codePoint);
    this.at += literal.length;
    return { kind: 'char', char: literal };
  }

  private group(): Node {
    const rest = this.source.slice(this.at);
    const opening = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)?.[0] ?? '(';
    this.at += opening.length;
    const alternatives = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    if (opening === '(?<!') return { kind: 'assertion' };
    if (opening === '(?=' || opening === '(?!' || opening === '(?<=') return { kind: 'assertion', context: true };
    return { kind: 'group', alternatives };
  }

  private charClass(): Node {
    const start = this.at;
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new Error(`unclosed class at ${start}`);
    this.at++;
    const inside = this.source.slice(start + 1, this.at - 1);
    if (inside.startsWith('^')) return { kind: 'set', source: null };
    // [Бб] is one letter in either case: as good as a literal once text is lower-cased.
    const letters = /^[\p{L}]+$/u.test(inside) ? new Set([...inside].map((letter) => letter.toLowerCase())) : null;
    const single = letters?.size === 1 ? [...letters][0] : undefined;
    return single === undefined ? { kind: 'set', source: inside } : { kind: 'set', source: inside, caseVariantsOf: single };
  }

  private escape(): Node {
    const rest = this.source.slice(this.at);
    const property = /^\\[pP]\{[^}]+\}/.exec(rest);
    if (property) {
      this.at += property[0].length;
      return { kind: 'set', source: property[0].startsWith('\\P') ? null : property[0] };
    }
    const letter = rest[1] ?? '';
    this.at += 2;
    if (letter === 'b' || letter === 'B') return { kind: 'assertion' };
    if ('dswDSW'.includes(letter)) return { kind: 'set', source: 'dsw'.includes(letter) ? `\\${letter}` : null };
    if (letter === 'n') return { kind: 'char', char: '\n' };
    if (letter === 't') return { kind: 'char', char: '\t' };
    if (letter === 'r') return { kind: 'char', char: '\r' };
    if (/^[\p{L}\p{N}]$/u.test(letter)) throw new Error(`unsupported escape \\${letter}`);
    return { kind: 'char', char: letter };
  }
}

function parse(source: string): Node[][] | null {
  try {
    return new Parser(source).parse();
  } catch {
    return null;
  }
}

// ─── required literals ───────────────────────────────────────────────────────

type Literals = Set<string> | null;

function literalsOfAlternatives(alternatives: readonly Node[][]): Literals {
  const union = new Set<string>();
  for (const sequence of alternatives) {
    const literals = literalsOfSequence(sequence);
    if (!literals) return null;
    for (const literal of literals) union.add(literal);
  }
  return union;
}

function literalsOfNode(node: Node): Literals {
  switch (node.kind) {
    case 'char':
      return new Set([node.char.toLowerCase()]);
    case 'set':
      return node.caseVariantsOf === undefined ? null : new Set([node.caseVariantsOf]);
    case 'assertion':
      return null;
    case 'group':
      return literalsOfAlternatives(node.alternatives);
    case 'repeat':
      return node.min >= 1 ? literalsOfNode(node.node) : null;
  }
}

function shortest(set: Set<string>): number {
  return Math.min(...[...set].map((literal) => literal.length));
}

/** Orders requirements most selective first: the longer shortest literal, then fewer literals. */
function bySelectivity(a: Set<string>, b: Set<string>): number {
  return shortest(b) - shortest(a) || a.size - b.size;
}

/** The most selective requirement of two. */
function better(a: Literals, b: Literals): Literals {
  if (!a) return b;
  if (!b) return a;
  return bySelectivity(a, b) <= 0 ? a : b;
}

function literalsOfSequence(sequence: readonly Node[]): Literals {
  let best: Literals = null;
  let run = '';
  for (const node of sequence) {
    if (node.kind === 'assertion') continue; // zero-width: the characters around it are adjacent in the match
    const single = node.kind === 'char' ? node.char.toLowerCase() : node.kind === 'set' ? node.caseVariantsOf : undefined;
    if (single !== undefined) {
      run += single;
      continue;
    }
    if (run) best = better(best, new Set([run]));
    run = '';
    best = better(best, literalsOfNode(node));
  }
  if (run) best = better(best, new Set([run]));
  return best;
}

function usable(literals: Literals): literals is Set<string> {
  return literals !== null && literals.size > 0 && [...literals].every((literal) => literal.length > 0);
}

/**
 * Lower-case strings one of which occurs in every match of `source` (matched case-sensitively),
 * or null when the analysis finds no such requirement.
 */
export function requiredLiterals(source: string): string[] | null {
  const tree = parse(source);
  const literals = tree ? literalsOfAlternatives(tree) : null;
  return usable(literals) ? [...literals] : null;
}

/** Every requirement of a sequence: each run of literal characters and each part that must match. */
function requirementsOfSequence(sequence: readonly Node[]): Set<string>[] {
  const requirements: Set<string>[] = [];
  let run = '';
  const endRun = () => {
    if (run) requirements.push(new Set([run]));
    run = '';
  };
  for (const node of sequence) {
    if (node.kind === 'assertion') continue;
    const single = node.kind === 'char' ? node.char.toLowerCase() : node.kind === 'set' ? node.caseVariantsOf : undefined;
    if (single !== undefined) {
      run += single;
      continue;
    }
    endRun();
    const literals = literalsOfNode(node);
    if (usable(literals)) requirements.push(literals);
  }
  endRun();
  return requirements;
}

/** How many requirements a rule keeps: the most selective ones; checking more costs more than it saves. */
const MAX_REQUIREMENTS = 3;

/**
 * Lists of lower-case strings such that every match of `source` contains one string of each list
 * («a month name» and «a part word»), most selective list first; null when there is none. A
 * pattern that is a choice between alternatives gives one list, as `requiredLiterals` does.
 */
export function requiredLiteralSets(source: string): string[][] | null {
  const tree = parse(source);
  if (!tree) return null;
  const requirements = tree.length === 1 ? requirementsOfSequence(tree[0] ?? []) : [literalsOfAlternatives(tree)].filter(usable);
  if (requirements.length === 0) return null;
  const ranked = [...requirements].sort(bySelectivity);
  const distinct = new Map<string, string[]>(ranked.map((set) => [[...set].sort().join('\u0000'), [...set]]));
  return [...distinct.values()].slice(0, MAX_REQUIREMENTS);
}

// ─── first character ─────────────────────────────────────────────────────────

/**
 * Class items a match may start with; null when any character may start it. `nullable`: the part
 * can match without consuming. `involved`: the start is hard for the engine to scan for (an optional
 * group, a lookaround that reads more than one character, or a lookbehind inside an alternative).
 */
type First = { items: Set<string>; nullable: boolean; involved: boolean } | null;

const CLASS_SYNTAX = /[\\\]\[^-]/;

/** A class's inside, safe to concatenate with others: a leading or trailing hyphen is literal there but would make a range. */
function asClassItem(inside: string): string {
  let item = inside.startsWith('-') ? `\\${inside}` : inside;
  if (item.endsWith('-') && !item.endsWith('\\-')) item = `${item.slice(0, -1)}\\-`;
  return item;
}

function firstOfAlternatives(alternatives: readonly Node[][]): First {
  const items = new Set<string>();
  let nullable = false;
  let involved = false;
  for (const sequence of alternatives) {
    const first = firstOfSequence(sequence, alternatives.length > 1);
    if (!first) return null;
    for (const item of first.items) items.add(item);
    nullable ||= first.nullable;
    involved ||= first.involved;
  }
  return { items, nullable, involved };
}

function firstOfSequence(sequence: readonly Node[], inAlternative: boolean): First {
  const items = new Set<string>();
  let involved = false;
  for (const node of sequence) {
    if (node.kind === 'assertion') {
      involved ||= node.context === true || inAlternative;
      continue;
    }
    const first = firstOfNode(node);
    if (!first) return null;
    for (const item of first.items) items.add(item);
    // An optional character («0?») is cheap to scan past; an optional group of alternatives is not.
    const optionalGroup = first.nullable && !(node.kind === 'repeat' && (node.node.kind === 'char' || node.node.kind === 'set'));
    involved ||= first.involved || optionalGroup;
    if (!first.nullable) return { items, nullable: false, involved };
  }
  return { items, nullable: true, involved };
}

function firstOfNode(node: Exclude<Node, { kind: 'assertion' }>): First {
  switch (node.kind) {
    case 'char':
      return { items: new Set([CLASS_SYNTAX.test(node.char) ? `\\${node.char}` : node.char]), nullable: false, involved: false };
    case 'set':
      return node.source === null ? null : { items: new Set([asClassItem(node.source)]), nullable: false, involved: false };
    case 'group':
      return firstOfAlternatives(node.alternatives);
    case 'repeat': {
      if (node.node.kind === 'assertion') return { items: new Set(), nullable: true, involved: true };
      const first = firstOfNode(node.node);
      return first && { ...first, nullable: first.nullable || node.min === 0 };
    }
  }
}

/**
 * A class (`[…]` source, for the `u` flag) that contains the first character of every match of
 * `source`, or null when the analysis cannot bound it or the pattern can match the empty string.
 */
export function firstCharClass(source: string): string | null {
  const tree = parse(source);
  const first = tree ? firstOfAlternatives(tree) : null;
  if (!first || first.nullable || first.items.size === 0) return null;
  return `[${[...first.items].join('')}]`;
}

/**
 * Whether a pattern starts in a way the regex engine cannot scan for quickly (an optional part, a
 * lookaround reading more than one character, a lookbehind inside an alternative). Such patterns
 * gain from a first-character lookahead; patterns that start plainly are scanned faster without one.
 */
export function startsInvolved(source: string): boolean {
  const tree = parse(source);
  return (tree && firstOfAlternatives(tree)?.involved) ?? false;
}


// ─── the core after optional leading parts ───────────────────────────────────

/** The index just past the group that opens at `open` (a `(`), or -1 when the source is malformed. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') {
      at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return -1;
}

/** Group openings of zero-width assertions. */
const ASSERTION_OPENINGS = ['(?<=', '(?<!', '(?=', '(?!'] as const;

/**
 * The zero-width assertions a pattern opens with, split from the rest: `(?<![\p{L}])наурыз` →
 * lead `(?<![\p{L}])`, rest `наурыз`. The engine scans fast for a pattern that starts with text,
 * but must try a leading lookbehind at every position; testing the lead only where the rest
 * matched finds the same matches. Null when there is no such lead, the pattern is a top-level
 * choice (the lead would belong to its first branch only), or the lead captures.
 */
export function splitLeadingAssertions(source: string): { lead: string; rest: string } | null {
  const tree = parse(source);
  if (!tree || tree.length !== 1) return null;
  let end = 0;
  while (ASSERTION_OPENINGS.some((opening) => source.startsWith(opening, end))) {
    const next = groupEnd(source, end);
    if (next === -1) return null;
    end = next;
  }
  if (end === 0) return splitInsideLeadingGroup(source);
  if (end >= source.length) return null;
  const lead = source.slice(0, end);
  const rest = source.slice(end);
  if (/\(\?<[A-Za-z_$]/.test(lead) || parse(rest) === null) return null;
  return { lead, rest };
}

/** `(?:(?<!x)a)b` → lead `(?<!x)`, rest `(?:a)b`: assertions at the start of a plain leading group. */
function splitInsideLeadingGroup(source: string): { lead: string; rest: string } | null {
  if (!source.startsWith('(?:')) return null;
  const end = groupEnd(source, 0);
  if (end === -1 || /^[?*+{]/.test(source.slice(end))) return null;
  const inner = splitLeadingAssertions(source.slice(3, end - 1));
  if (!inner) return null;
  const rest = `(?:${inner.rest})${source.slice(end)}`;
  return parse(rest) === null ? null : { lead: inner.lead, rest };
}

/**
 * The pattern without its optional leading groups (`(?:2026 жылғы\s+)?наурызда` → `наурызда`), or
 * null when it has none. Every match of the whole pattern contains a match of this core, so a text
 * where the core never matches needs no scan with the whole pattern; and the core, starting with
 * plain text, is much faster to scan for.
 */
export function coreAfterOptionalLead(source: string): string | null {
  let start = 0;
  while (source[start] === '(' && !source.startsWith('(?<=', start) && !source.startsWith('(?<!', start)) {
    const end = groupEnd(source, start);
    if (end === -1 || source[end] !== '?' || source[end + 1] === '?') break;
    start = end + 1;
  }
  if (start === 0 || start >= source.length || parse(source.slice(start)) === null) return null;
  return source.slice(start);
}
