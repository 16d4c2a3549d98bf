import isoCountries from 'i18n-iso-countries';
import type { GazetteerEntry } from '@/lib/extract/gazetteer';
import { LANGUAGES, NAME_LANGUAGES, type NameLanguage } from '@/lib/domain/vocabulary';

/**
 * The countries of the world that the curated gazetteer does not hold, as gazetteer entries with
 * their names in kk / ru / en / zh from i18n-iso-countries (ISO 3166-1 with names maintained per
 * language, Kazakh included; its data ships with the package, so this works offline).
 *
 * Curated rows win: a code that a curated COUNTRY holds is not taken from the library, and
 * neither are the codes the gazetteer holds as Chinese places. A library form claimed by any
 * other country (e.g. "Congo" for both Congos) is dropped as ambiguous, and a name shown for two
 * countries is display-only.
 */

/** Hong Kong, Macau and Taiwan are places of China in the gazetteer (cn-places.json). */
const CODES_HELD_AS_PLACES: ReadonlySet<string> = new Set(['HK', 'MO', 'TW']);


const PARENTHESIS = /\s*\([^)]*\)/gu;
const LEADING_ARTICLE = /^the\s+/iu;
const HAS_LOWER_CASE = /\p{Ll}/u;

export function isoCountryEntries(curated: readonly GazetteerEntry[]): GazetteerEntry[] {
  const curatedCodes = new Set(curated.filter((entry) => entry.type === 'COUNTRY').map((entry) => entry.country));
  const takenKeys = new Set(curated.map((entry) => entry.key));
  const codes = Object.keys(isoCountries.getAlpha2Codes())
    .filter((code) => !curatedCodes.has(code) && !CODES_HELD_AS_PLACES.has(code))
    .sort();

  const formsByCode = new Map(codes.map((code) => [code, libraryForms(code)] as const));
  const ambiguous = ambiguousForms(curated, formsByCode);

  const entries: GazetteerEntry[] = [];
  for (const code of codes) {
    const forms = formsByCode.get(code);
    if (!forms) continue;
    const kept = Object.fromEntries(
      NAME_LANGUAGES.map((language) => [language, forms[language].filter((form) => !ambiguous.has(claimOf(form)))]),
    ) as Record<NameLanguage, string[]>;
    const [kk, ru, en] = LANGUAGES.map((language) => displayName(kept[language], forms[language]));
    if (!kk || !ru || !en) continue;
    const names = { kk, ru, en };
    const zh = displayName(kept.zh, forms.zh);
    const key = uniqueKey(slug(names.en), takenKeys);
    takenKeys.add(key);
    const aliases = Object.fromEntries(
      NAME_LANGUAGES.flatMap((language) => {
        const rest = kept[language].filter((form) => form !== (language === 'zh' ? zh : names[language]));
        return rest.length > 0 ? [[language, rest]] : [];
      }),
    );
    // A name shown although it names another country too (both Virgin Islands are «Виргинские Острова»).
    const displayOnly = NAME_LANGUAGES.filter((language) => {
      const name = language === 'zh' ? zh : names[language];
      return name !== undefined && ambiguous.has(claimOf(name));
    });
    entries.push({
      key,
      type: 'COUNTRY',
      names: zh ? { ...names, zh } : names,
      ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
      country: code,
      ...(displayOnly.length > 0 ? { displayOnly } : {}),
    });
  }
  return entries;
}

/** Every name the library gives a country per language, as a text would write it. */
function libraryForms(code: string): Record<NameLanguage, string[]> {
  const forms = {} as Record<NameLanguage, string[]>;
  for (const language of NAME_LANGUAGES) {
    const raw = isoCountries.getName(code, language, { select: 'all' }) ?? [];
    const written = raw.map((name) => asWritten(name, language)).filter((name) => name.length > 0);
    forms[language] = [...new Set(written)];
  }
  return forms;
}

/**
 * Names as running text writes them: a bracketed gloss dropped ("Мьянма (Бирма)" → "Мьянма",
 * "Netherlands (Kingdom of the)" → "Netherlands"); English ISO list forms turned round ("Moldova,
 * Republic of" → "Republic of Moldova", "Virgin Islands, British" → "British Virgin Islands") and
 * without a leading article.
 */
export function asWritten(name: string, language: NameLanguage): string {
  let text = name.replace(PARENTHESIS, '').replace(/\s+/gu, ' ').trim();
  if (language !== 'en') return text;
  const comma = text.indexOf(',');
  const inverted = comma > 0 ? text.slice(comma + 1).trim() : '';
  if (inverted && !inverted.includes(',') && !/\band\b/u.test(inverted)) text = `${inverted} ${text.slice(0, comma).trim()}`;
  return text.replace(LEADING_ARTICLE, '');
}

/** The shortest form that is a word rather than an abbreviation («Иран», not «ИРИ»), else the first. */
function displayName(kept: readonly string[], all: readonly string[]): string | undefined {
  const pool = kept.length > 0 ? kept : all;
  const words = pool.filter((form) => HAS_LOWER_CASE.test(form) || !/\p{L}/u.test(form) || /\p{Lo}/u.test(form));
  const candidates = words.length > 0 ? words : pool;
  return [...candidates].sort((a, b) => a.length - b.length)[0];
}

const claimOf = (form: string) => form.toLocaleLowerCase('ru');

/** Forms that name more than one country (library or curated), compared as the gazetteer compares them. */
function ambiguousForms(
  curated: readonly GazetteerEntry[],
  formsByCode: ReadonlyMap<string, Record<NameLanguage, string[]>>,
): Set<string> {
  const owners = new Map<string, Set<string>>();
  const claim = (form: string, owner: string) => {
    const claimed = owners.get(claimOf(form)) ?? new Set<string>();
    claimed.add(owner);
    owners.set(claimOf(form), claimed);
  };
  for (const entry of curated) {
    if (entry.type !== 'COUNTRY') continue;
    for (const language of NAME_LANGUAGES) {
      const name = entry.names[language];
      if (name) claim(name, entry.key);
      for (const alias of entry.aliases?.[language] ?? []) claim(alias, entry.key);
    }
  }
  for (const [code, forms] of formsByCode) {
    for (const language of NAME_LANGUAGES) for (const form of forms[language]) claim(form, code);
  }
  return new Set([...owners].filter(([, claimed]) => claimed.size > 1).map(([form]) => form));
}

/** "Bosnia and Herzegovina" → "bosnia-and-herzegovina", "Åland Islands" → "aland-islands". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  return taken.has(key) ? `${key}-country` : key;
}
