import { EN_MIN_SINGULAR_LENGTH, EN_PLURAL_ENDINGS, EN_POSSESSIVE_ENDINGS } from './en-endings';

/** The form and, for a possessive (Tokayev's, Tokayev’s, Brothers'), the name without it. */
export function enLemmaCandidates(form: string): string[] {
  const found = [form];
  for (const ending of EN_POSSESSIVE_ENDINGS) {
    if (form.length <= ending.length + 1 || !form.endsWith(ending)) continue;
    const stem = form.slice(0, -ending.length);
    if (ending === "'" && !stem.endsWith('s')) continue;
    if (!found.includes(stem)) found.push(stem);
  }
  return found;
}

/** As `enLemmaCandidates`, plus the singular of a plural noun, possessive or not (cities → city, partners' → partner). */
export function enWordLemmaCandidates(form: string): string[] {
  const found = enLemmaCandidates(form);
  for (const word of [...found]) {
    for (const { ending, singular, notAfter } of EN_PLURAL_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (notAfter.includes(stem.slice(-1))) continue;
      const lemma = stem + singular;
      if (lemma.length >= EN_MIN_SINGULAR_LENGTH && /[aeiouy]/.test(stem) && !found.includes(lemma)) found.push(lemma);
    }
  }
  return found;
}

/** Length of the possessive ending of a raw (not normalized) English token, 0 when none. */
export function enPossessiveLength(token: string): number {
  const last = token.charAt(token.length - 1);
  const beforeLast = token.charAt(token.length - 2);
  if ((last === 's' || last === 'S') && isApostrophe(beforeLast) && token.length > 2) return 2;
  if (isApostrophe(last) && (beforeLast === 's' || beforeLast === 'S') && token.length > 2) return 1;
  return 0;
}

function isApostrophe(char: string): boolean {
  return char === "'" || char === '\u2019' || char === '\u02BC';
}
