import { z } from 'zod';
import { ENTITY_TYPES, NAME_LANGUAGES, type EntityType, type NameLanguage } from './types';

/**
 * The gazetteer: curated, known entities with names in kk / ru / en, aliases (including
 * historical names), coordinates for places and roles for people. It is data (seeds/gazetteer/),
 * validated here when loaded.
 */

const nonEmpty = z.string().trim().min(1);

const localizedNamesSchema = z.object({
  kk: nonEmpty,
  ru: nonEmpty,
  en: nonEmpty,
  zh: nonEmpty.optional(),
});

const aliasesSchema = z
  .object({
    kk: z.array(nonEmpty).optional(),
    ru: z.array(nonEmpty).optional(),
    en: z.array(nonEmpty).optional(),
    zh: z.array(nonEmpty).optional(),
  })
  .strict();

export const gazetteerEntrySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'key must be lower-case kebab-case'),
    type: z.enum(ENTITY_TYPES),
    names: localizedNamesSchema,
    aliases: aliasesSchema.optional(),
    /** ISO 3166-1 alpha-2 of the country the entity belongs to, e.g. KZ, CN. */
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    /** Key of the containing place (a city's region, a region's country). */
    parent: z.string().optional(),
    coordinates: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** For people: what they are, e.g. President of Kazakhstan. */
    role: localizedNamesSchema.optional(),
    /**
     * Languages whose name is shown but never looked for in text, because in that language it is
     * also an ordinary word or a common first name (Russian «Того» = "of that", English "Chad").
     * The entity is still found by its names in the other languages and by its aliases.
     */
    displayOnly: z.array(z.enum(NAME_LANGUAGES)).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const isPlace = entry.type === 'CITY' || entry.type === 'REGION';
    if (isPlace && !entry.coordinates) {
      ctx.addIssue({ code: 'custom', message: `${entry.type} needs coordinates`, path: ['coordinates'] });
    }
    if (entry.type === 'PERSON' && !entry.role) {
      ctx.addIssue({ code: 'custom', message: 'PERSON needs a role', path: ['role'] });
    }
  });

export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

export const gazetteerFileSchema = z.array(gazetteerEntrySchema);

/** Every surface form an entry is known by in text, per language (names first, then aliases). */
export function surfaceForms(entry: GazetteerEntry): { language: NameLanguage; form: string }[] {
  const forms: { language: NameLanguage; form: string }[] = [];
  for (const language of NAME_LANGUAGES) {
    const name = entry.names[language];
    if (name && !entry.displayOnly?.includes(language)) forms.push({ language, form: name });
    for (const alias of entry.aliases?.[language] ?? []) forms.push({ language, form: alias });
  }
  return forms;
}

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byKey: ReadonlyMap<string, GazetteerEntry>;
  /** Keys of candidates a reviewer rejected (seeds/rejected-candidates.json): never proposed again. */
  rejectedCandidates?: ReadonlySet<string>;
}

/**
 * Validates raw entries and checks cross-entry rules: keys are unique, parents exist, and no
 * surface form is claimed by two entities of the same type. `source` names where they came from,
 * for error messages.
 */
export function buildGazetteer(raw: unknown, source = 'gazetteer'): Gazetteer {
  const parsed = gazetteerFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new GazetteerError(`${source}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const entries = parsed.data;
  const byKey = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (byKey.has(entry.key)) throw new GazetteerError(`${source}: duplicate key "${entry.key}"`);
    byKey.set(entry.key, entry);
  }
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    if (entry.parent && !byKey.has(entry.parent)) {
      throw new GazetteerError(`${source}: "${entry.key}" has unknown parent "${entry.parent}"`);
    }
    for (const { form } of surfaceForms(entry)) {
      const claim = `${entry.type}\u0000${form.toLocaleLowerCase('ru')}`;
      const owner = claimed.get(claim);
      if (owner && owner !== entry.key) {
        throw new GazetteerError(
          `${source}: "${form}" is claimed by both "${owner}" and "${entry.key}" (${entry.type satisfies EntityType})`,
        );
      }
      claimed.set(claim, entry.key);
    }
  }
  return { entries, byKey };
}
