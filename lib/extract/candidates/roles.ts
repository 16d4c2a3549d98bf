import { PrefixFilter } from '../prefix-filter';
import { normalizeForMatch } from '../tokenize';
import type { Language } from '../types';
import { ROLE_CONNECTORS, ROLE_PHRASES } from './role-words';
import type { TextView } from './text-view';

interface CompiledRole {
  words: readonly ReadonlySet<string>[];
  /** The dictionary form of the last word: any other form is an oblique case (посла, послом). */
  lastNominative: string;
}

interface RoleIndex {
  byFirstWord: ReadonlyMap<string, readonly CompiledRole[]>;
  filter: PrefixFilter;
  connectors: ReadonlySet<string>;
}

const ROLE_INDEX: Readonly<Record<Language, RoleIndex>> = {
  kk: compile('kk'),
  ru: compile('ru'),
  en: compile('en'),
};

function compile(language: Language): RoleIndex {
  const byFirstWord = new Map<string, CompiledRole[]>();
  const filter = new PrefixFilter();
  for (const phrase of ROLE_PHRASES[language]) {
    const words = phrase.map((forms) => new Set(forms.map(normalizeForMatch)));
    const lastForms = phrase[phrase.length - 1];
    const role: CompiledRole = { words, lastNominative: normalizeForMatch(lastForms?.[0] ?? '') };
    for (const form of words[0] ?? []) {
      const list = byFirstWord.get(form) ?? [];
      list.push(role);
      byFirstWord.set(form, list);
      filter.add(form);
    }
  }
  return { byFirstWord, filter, connectors: new Set(ROLE_CONNECTORS[language]) };
}

export interface RoleMatch {
  /** Index of the first token after the role phrase. */
  next: number;
  oblique: boolean;
}

/** The longest role phrase starting at token `index`, if any. Roles inside known mentions do not count. */
export function roleAt(view: TextView, index: number): RoleMatch | null {
  const roles = ROLE_INDEX[view.language];
  if (index >= view.tokens.length || !view.mayBe(index, roles.filter)) return null;
  if (view.knownAt(index)) return null;
  let best: RoleMatch | null = null;
  for (const lemma of view.lemmas(index)) {
    for (const role of roles.byFirstWord.get(lemma) ?? []) {
      const next = matchRole(view, index, role);
      if (next === null || (best && best.next >= next)) continue;
      best = { next, oblique: view.normal(next - 1) !== role.lastNominative };
    }
  }
  return best;
}

function matchRole(view: TextView, index: number, role: CompiledRole): number | null {
  let tokenIndex = index;
  for (const [position, forms] of role.words.entries()) {
    if (position > 0 && !view.joinedToNext(tokenIndex - 1)) return null;
    if (tokenIndex >= view.tokens.length || view.knownAt(tokenIndex)) return null;
    if (!view.lemmas(tokenIndex).some((lemma) => forms.has(lemma))) return null;
    tokenIndex += 1;
  }
  return tokenIndex;
}

export function isRoleConnector(view: TextView, index: number): boolean {
  return ROLE_INDEX[view.language].connectors.has(view.normal(index));
}
