/** Parts of a display name that inflection leaves alone, shared by the Kazakh and Russian generators. */

/**
 * Whether a word is read as an abbreviation, and so takes no Russian case and a Kazakh ending only
 * after a hyphen: all capitals (ҚХР, США), or a word that ends in two capitals (КазТАГ). A word
 * with capitals inside but ending in small letters (КазМунайГаз) is read as a word.
 */
export function isInitialism(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const tail = letters.slice(-2);
  return tail === tail.toUpperCase() && tail !== tail.toLowerCase();
}

/** A trailing parenthesis stays after the inflected name: «Қорғастың (ҚХР)», «Хоргоса (КНР)». */
export function splitTrailingParenthesis(name: string): { head: string; tail: string } {
  const match = /^(.*\S)(\s+\([^()]*\))$/u.exec(name);
  return match ? { head: match[1] ?? name, tail: match[2] ?? '' } : { head: name, tail: '' };
}
