type Catalogue = { [key: string]: string | Catalogue };

/**
 * A Kazakh noun after a number stays singular («24 қала байланысы», never «24 қалалар байланысы»).
 * A count message is an ICU `plural` argument: its branches are shown with a number (`#`, or the
 * figure beside the label), so no word in them may carry the plural suffix.
 */

/** The plural suffix in its six shapes (vowel harmony, the sound before it), then any case or possessive ending. */
const PLURAL_WORD = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ың|ің|ымыз|іміз|ға|ге|да|де|дан|ден|дың|дің|ды|ді|мен|ша|ше)?$/u;

/** Singular words that end like a plural. */
const SINGULAR_LOOKALIKES: ReadonlySet<string> = new Set(['қатар', 'отар', 'компьютер']);

/** Plural messages not shown with a number: the branch picks a heading's wording. */
const NOT_COUNTED: ReadonlySet<string> = new Set(['Story.reports']);

/** The branch texts of every `{name, plural, …}` argument in one message. */
export function pluralBranches(message: string): string[] {
  const branches: string[] = [];
  const start = /\{\s*\w+\s*,\s*plural\s*,/gu;
  for (let match = start.exec(message); match; match = start.exec(message)) {
    let index = match.index + match[0].length;
    // selector {text} pairs until the argument's closing brace
    while (index < message.length) {
      const rest = message.slice(index);
      const selector = /^\s*(=\d+|zero|one|two|few|many|other|offset:\d+)\s*/u.exec(rest);
      if (!selector) break;
      index += selector[0].length;
      if (message[index] !== '{') continue;
      let depth = 0;
      const open = index;
      for (; index < message.length; index += 1) {
        if (message[index] === '{') depth += 1;
        else if (message[index] === '}' && --depth === 0) break;
      }
      if (!selector[1]!.startsWith('=')) branches.push(message.slice(open + 1, index));
      index += 1;
    }
  }
  return branches;
}

/** Words with a plural suffix in the count branches of one message. */
export function pluralWordsInCounts(message: string): string[] {
  return pluralBranches(message).flatMap((branch) =>
    (branch.replace(/\{[^{}]*\}/gu, ' ').toLocaleLowerCase('kk').match(/\p{L}+/gu) ?? []).filter(
      (word) => PLURAL_WORD.test(word) && !SINGULAR_LOOKALIKES.has(word),
    ),
  );
}

/** Count messages of the Kazakh catalogue with a plural noun, as readable problems. */
export function findPluralNounsAfterCounts(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value !== 'string') return findPluralNounsAfterCounts(value, `${path}.`);
    if (NOT_COUNTED.has(path)) return [];
    const words = pluralWordsInCounts(value);
    return words.length > 0 ? [`${path}: a noun after a number stays singular in Kazakh (${words.join(', ')})`] : [];
  });
}
