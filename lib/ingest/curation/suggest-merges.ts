import { surfaceForms, type Gazetteer } from '@/lib/extract/gazetteer';
import { transliterate } from '@/lib/extract/transliterate';
import { latinNameSkeleton } from '@/lib/extract/transliteration/name-skeleton';
import type { CandidateRef } from './plans';

/** Skeletons this short match too much by chance. */
const MIN_SKELETON_LENGTH = 5;
/** Edits allowed between skeletons: spellings of one name across transliteration schemes. */
const MAX_EDITS = 2;

/** The Latin skeleton of a name in any script. */
function skeletonOf(name: string): string {
  return latinNameSkeleton(/[\u0400-\u04FF]/u.test(name) ? transliterate(name) : name);
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/**
 * Known entities of the candidate's type whose name, in any script, is the candidate's after
 * transliteration, up to a couple of letters (Bekzhanov / Bekjanov, Урумчи / Ürümqi): merges to propose.
 */
export function suggestMerges(candidate: CandidateRef, gazetteer: Gazetteer): string[] {
  const wanted = [...new Set(Object.values(candidate.names).map(skeletonOf))].filter((skeleton) => skeleton.length >= MIN_SKELETON_LENGTH);
  if (wanted.length === 0) return [];
  const found: string[] = [];
  for (const entry of gazetteer.entries) {
    if (entry.type !== candidate.type) continue;
    const matches = surfaceForms(entry).some(({ language, form }) => {
      if (language === 'zh') return false;
      const skeleton = skeletonOf(form);
      return skeleton.length >= MIN_SKELETON_LENGTH && wanted.some((name) => editDistanceAtMost(name, skeleton, MAX_EDITS));
    });
    if (matches) found.push(entry.key);
  }
  return found;
}
