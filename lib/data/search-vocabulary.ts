import 'server-only';
import { db } from '@/lib/db';
import type { QueryFacts, QueryLookups } from '@/lib/extract/search/resolve-query';
import { entityToken } from '@/lib/extract/search/index-tokens';
import { normalizeForMatch } from '@/lib/extract/tokenize';

/**
 * What a search needs to know besides the index: which guessed lemmas are words of some article
 * and which forms a phrase's words take (the search lexicon), and which entities a word names
 * (every name and alias of every entity).
 */

export interface EntityNames {
  /** Normalised name or alias → ids of the entities it names. */
  idsByName: ReadonlyMap<string, readonly number[]>;
  /** Entity id → its normalised one-word names, to mark them in titles. */
  wordNamesById: ReadonlyMap<number, readonly string[]>;
}

let namesCache: { loadedAt: number; names: EntityNames } | null = null;
/** Names change only when the gazetteer does or candidates appear: reused for a minute. */
const NAMES_CACHE_MS = 60_000;

export async function loadEntityNames(): Promise<EntityNames> {
  if (namesCache && Date.now() - namesCache.loadedAt < NAMES_CACHE_MS) return namesCache.names;
  const [aliases, entities] = await Promise.all([
    db.entityAlias.findMany({ select: { entityId: true, form: true } }),
    db.entity.findMany({ select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
  ]);
  const idsByName = new Map<string, number[]>();
  const wordNamesById = new Map<number, string[]>();
  const add = (form: string, id: number) => {
    const name = normalizeForMatch(form);
    if (name === '') return;
    const ids = idsByName.get(name) ?? [];
    if (!ids.includes(id)) idsByName.set(name, [...ids, id]);
    if (!name.includes(' ')) {
      const words = wordNamesById.get(id) ?? [];
      if (!words.includes(name)) wordNamesById.set(id, [...words, name]);
    }
  };
  for (const alias of aliases) add(alias.form, alias.entityId);
  for (const entity of entities) for (const name of [entity.nameKk, entity.nameRu, entity.nameEn]) add(name, entity.id);
  const names = { idsByName, wordNamesById };
  namesCache = { loadedAt: Date.now(), names };
  return names;
}

/** Ids of the entities any of these normalised names names. */
export function entitiesNamedBy(names: EntityNames, candidates: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const candidate of candidates) for (const id of names.idsByName.get(candidate) ?? []) ids.add(id);
  return [...ids];
}

/** SQLite's bound-parameter limit is far above what a query of eight words needs; lists are cut here anyway. */
const MAX_LOOKUP = 2_000;

/** The facts a parsed query needs from the lexicon (see lib/extract/search/resolve-query.ts). */
export async function lookUpQueryFacts(lookups: QueryLookups, names: EntityNames): Promise<QueryFacts> {
  const guesses = lookups.guesses.slice(0, MAX_LOOKUP);
  const phraseLemmas = lookups.phraseLemmas.slice(0, MAX_LOOKUP);
  const [known, forms] = await Promise.all([
    guesses.length === 0
      ? []
      : db.$kysely.selectFrom('SearchLexicon').select('lemma').where('lemma', 'in', guesses).whereRef('form', '=', 'lemma').execute(),
    phraseLemmas.length === 0
      ? []
      : db.searchLexicon.findMany({ where: { lemma: { in: phraseLemmas } }, select: { lemma: true, form: true } }),
  ]);
  const formsOf = new Map<string, string[]>();
  for (const { lemma, form } of forms) formsOf.set(lemma, [...(formsOf.get(lemma) ?? []), form]);
  return {
    knownWords: new Set(known.map((row) => row.lemma)),
    formsOf,
    entitiesNamed: (candidates) => entitiesNamedBy(names, candidates).map(entityToken),
  };
}
