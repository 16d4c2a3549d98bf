import { surfaceForms, type Gazetteer } from '../gazetteer';
import { chineseNameToPinyin, transliterate } from '../transliterate';
import { latinNameSkeleton } from '../transliteration/name-skeleton';
import type { EntityRef, EntityType } from '../types';

/**
 * The gazetteer's names by their Latin skeleton, to merge a candidate into the known entity it
 * names in another script or spelling: «Калияр Айтмухамбетов» = Kaliyar Aitmukhambetov, Duan
 * Peng = «Дуань Пэн», Tengrinews.kz = Tengrinews. Built once per extractor.
 */
export interface KnownNames {
  /** `TYPE:skeleton` → the one entity of that type with that skeleton (null when two share it). */
  readonly byKey: ReadonlyMap<string, EntityRef | null>;
}

/** Shorter skeletons say too little to merge on (Li, Ma, Wu). */
const MIN_SKELETON_LENGTH = 5;
const CYRILLIC = /[\u0400-\u04FF]/u;
/** An outlet written as a domain (Tengrinews.kz): its name without the top-level domain also counts. */
const DOMAIN = /^([^\s.]+(?:\.[^\s.]+)*)\.[a-zа-я]{2,6}$/iu;

export const NO_KNOWN_NAMES: KnownNames = { byKey: new Map() };

export function createKnownNames(gazetteer: Gazetteer): KnownNames {
  const byKey = new Map<string, EntityRef | null>();
  for (const entry of gazetteer.entries) {
    const { kk, ru, en } = entry.names;
    const entity: EntityRef = { key: entry.key, type: entry.type, names: { kk, ru, en }, known: true };
    for (const { language, form } of surfaceForms(entry)) {
      if (language === 'zh') continue;
      for (const skeleton of skeletons(form)) {
        const key = typeKey(entry.type, skeleton);
        const existing = byKey.get(key);
        byKey.set(key, existing === undefined || existing?.key === entry.key ? entity : null);
      }
    }
  }
  return { byKey };
}

/** The known entity a candidate names, or null: every name of the candidate that matches agrees on one. */
export function knownEntityFor(candidate: EntityRef, known: KnownNames): EntityRef | null {
  if (candidate.known || known.byKey.size === 0) return null;
  let found: EntityRef | null = null;
  for (const name of candidateNames(candidate)) {
    for (const skeleton of skeletons(name)) {
      const entity = known.byKey.get(typeKey(candidate.type, skeleton));
      if (entity === undefined) continue;
      if (entity === null || (found && found.key !== entity.key)) return null;
      found = entity;
    }
  }
  return found;
}

/**
 * The candidate's English name is the transliteration (or pinyin) of its Kazakh or Russian one,
 * made as the index makes the Latin forms of Cyrillic names: comparing it is enough.
 */
function candidateNames(candidate: EntityRef): string[] {
  const name = candidate.names.en;
  const domainless = candidate.type === 'ORGANIZATION' ? DOMAIN.exec(name)?.[1] : undefined;
  return domainless ? [name, domainless] : [name];
}

/** Latin skeletons of a name: Cyrillic through our transliteration and, for Chinese names, through pinyin. */
function skeletons(name: string): string[] {
  const latin = CYRILLIC.test(name) ? [transliterate(name), chineseNameToPinyin(name)] : [name];
  const found = new Set<string>();
  for (const form of latin) {
    if (form === null) continue;
    const skeleton = latinNameSkeleton(form);
    if (skeleton.length >= MIN_SKELETON_LENGTH) found.add(skeleton);
  }
  return [...found];
}

function typeKey(type: EntityType, skeleton: string): string {
  return `${type}:${skeleton}`;
}
