import { buildGazetteer, gazetteerEntrySchema, GazetteerError, surfaceForms, type GazetteerEntry } from '@/lib/extract/gazetteer';
import type { EntityType, LocalizedNames } from '@/lib/extract/types';
import { isoCountryEntries } from '../iso-countries';
import { fileForNewEntry, withEntry, type GazetteerFile } from './gazetteer-files';

/** A candidate as the database holds it. */
export interface CandidateRef {
  key: string;
  type: EntityType;
  names: LocalizedNames;
}

/** What a curation command will do: the files it writes (whole new text) and the names whose articles must be read again. */
export interface CurationPlan {
  summary: string[];
  /** A gazetteer file by its name in the gazetteer folder, or the stop list. */
  writes: { target: 'gazetteer' | 'stopList'; file: string; text: string }[];
  /** Surface forms of the changed entities: the articles holding them are extracted again. */
  changedNames: string[];
}

export class CurationError extends Error {
  override name = 'CurationError';
}

/** Checks the whole gazetteer with the change as readGazetteer would (keys, parents, names claimed twice). */
function validateAll(files: readonly GazetteerFile[], changed: GazetteerEntry, fileName: string): void {
  const entries = files.flatMap((file) => (file.name === fileName ? file.entries.filter((entry) => entry.key !== changed.key) : file.entries));
  entries.push(changed);
  try {
    buildGazetteer([...entries, ...isoCountryEntries(entries)], 'gazetteer');
  } catch (error) {
    if (error instanceof GazetteerError) throw new CurationError(error.message);
    throw error;
  }
}

export interface PromoteOptions {
  /** The reviewed entity's key (kebab-case). */
  key: string;
  names?: Partial<LocalizedNames>;
  type?: EntityType;
  coordinates?: { lat: number; lon: number };
  role?: Partial<LocalizedNames>;
  country?: string;
  parent?: string;
}

/** A reviewed gazetteer entry made from a candidate: its names unless given, validated by the gazetteer's schema. */
export function planPromote(files: readonly GazetteerFile[], candidate: CandidateRef, options: PromoteOptions): CurationPlan {
  if (files.some((file) => file.entries.some((entry) => entry.key === options.key))) {
    throw new CurationError(`"${options.key}" is already in the gazetteer: merge the candidate into it instead`);
  }
  const raw = {
    key: options.key,
    type: options.type ?? candidate.type,
    names: { ...candidate.names, ...options.names },
    ...(options.country ? { country: options.country } : {}),
    ...(options.parent ? { parent: options.parent } : {}),
    ...(options.coordinates ? { coordinates: options.coordinates } : {}),
    ...(options.role ? { role: options.role } : {}),
  };
  const parsed = gazetteerEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CurationError(`${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`);
  }
  const entry = parsed.data;
  const fileName = fileForNewEntry(entry);
  const file = files.find((candidateFile) => candidateFile.name === fileName);
  if (!file) throw new CurationError(`the gazetteer has no ${fileName}`);
  validateAll(files, entry, fileName);
  return {
    summary: [`add "${entry.key}" (${entry.type}: ${entry.names.kk} / ${entry.names.ru} / ${entry.names.en}) to ${fileName}`],
    writes: [{ target: 'gazetteer', file: fileName, text: withEntry(file.text, entry) }],
    changedNames: [...new Set([...Object.values(candidate.names), ...surfaceForms(entry).map((form) => form.form)])],
  };
}

/** The candidate's names become aliases of a known entity, each in its language, unless the entity already has them. */
export function planMerge(files: readonly GazetteerFile[], candidate: CandidateRef, intoKey: string): CurationPlan {
  const file = files.find((candidateFile) => candidateFile.entries.some((entry) => entry.key === intoKey));
  const target = file?.entries.find((entry) => entry.key === intoKey);
  if (!file || !target) throw new CurationError(`"${intoKey}" is not in the gazetteer`);
  const known = new Set(surfaceForms(target).map(({ language, form }) => `${language}\u0000${form}`));
  const aliases: NonNullable<GazetteerEntry['aliases']> = { ...target.aliases };
  const added: string[] = [];
  for (const language of ['kk', 'ru', 'en'] as const) {
    const form = candidate.names[language];
    if (!form || known.has(`${language}\u0000${form}`) || target.names[language] === form) continue;
    aliases[language] = [...(aliases[language] ?? []), form];
    known.add(`${language}\u0000${form}`);
    added.push(`${language}: ${form}`);
  }
  if (added.length === 0) throw new CurationError(`"${intoKey}" already has every name of "${candidate.key}"`);
  const updated: GazetteerEntry = { ...target, aliases };
  validateAll(files, updated, file.name);
  return {
    summary: [`add aliases to "${intoKey}" in ${file.name}: ${added.join(', ')}`],
    writes: [{ target: 'gazetteer', file: file.name, text: withEntry(file.text, updated) }],
    changedNames: [...new Set(Object.values(candidate.names))],
  };
}

/** A rejected candidate: its key, type and names, kept sorted by key. */
export type RejectedCandidate = CandidateRef;

/** The reviewed stop list's text with the candidate added: it is never proposed again. */
export function planReject(stopList: readonly RejectedCandidate[], candidate: CandidateRef, stopListFile: string): CurationPlan {
  if (stopList.some((entry) => entry.key === candidate.key)) throw new CurationError(`"${candidate.key}" is already rejected`);
  const list = [...stopList, { key: candidate.key, type: candidate.type, names: candidate.names }].sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    summary: [`add "${candidate.key}" (${candidate.names.en}) to ${stopListFile}`],
    writes: [{ target: 'stopList', file: stopListFile, text: `${JSON.stringify(list, null, 2)}\n` }],
    changedNames: [],
  };
}
