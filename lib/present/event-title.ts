import type { EventType } from '@/lib/domain/vocabulary';
import { renderNames, type TitleEntity } from './event-title-names';
import {
  EVENT_TITLE_TEMPLATES,
  TITLE_CASES,
  TITLE_SLOTS,
  type TitleCase,
  type TitleLocale,
  type TitleRow,
  type TitleSlot,
} from './event-title-templates';

export type { TitleEntity } from './event-title-names';
export type { TitleLocale } from './event-title-templates';

/** An event's roles with their entities' names (the shape of `EventRoles`, keys resolved). */
export interface EventTitleRoles {
  actors: readonly TitleEntity[];
  places: readonly TitleEntity[];
  object: TitleEntity | null;
  route: { from: TitleEntity; to: TitleEntity } | null;
  carrier: TitleEntity | null;
}

export interface EventTitleInput {
  type: EventType;
  /** The first of its kind (the first flight on a route). */
  first: boolean;
  roles: EventTitleRoles;
}

/**
 * Russian prepositions that take a vowel before some consonant clusters or a vowel:
 * во Владивосток, со Швейцарией, об Алматы.
 */
const RU_PREPOSITION_VARIANTS: readonly { preposition: string; variant: string; before: RegExp }[] = [
  { preposition: 'в', variant: 'во', before: /^[вф][^аеёиоуыэюя]/i },
  { preposition: 'с', variant: 'со', before: /^(?:[сзшж][^аеёиоуыэюя]|щ)/i },
  { preposition: 'о', variant: 'об', before: /^[аиоуэ]/i },
];

type SlotValues = Readonly<Record<TitleSlot, readonly TitleEntity[]>>;

/** Whether a place's name already stands in another entity's name (the consulate *in Guangzhou*), in any locale. */
function isNamedBy(place: TitleEntity, other: TitleEntity): boolean {
  return (['kk', 'ru', 'en'] as const).some((locale) => {
    const name = place.names[locale].trim().toLowerCase();
    // Without its last letter, an inflected form inside the object's name is found too: Шанхай in «Шанхае».
    const stem = name.length >= 5 ? name.slice(0, -1) : name;
    return stem.length > 0 && startsAWord(other.names[locale].toLowerCase(), stem);
  });
}

function startsAWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}

function sameEntity(a: TitleEntity, b: TitleEntity): boolean {
  return a.type === b.type && a.names.en === b.names.en;
}

function slotValues({ roles }: EventTitleInput): SlotValues {
  const actors = roles.actors;
  // A place the object or an actor already names is not repeated: "Opening of the Consulate General in Guangzhou", not "… in Guangzhou in Guangzhou".
  const namers = roles.object ? [roles.object, ...actors] : actors;
  const named = roles.places.filter((place) => !namers.some((other) => sameEntity(other, place) || isNamedBy(place, other)));
  // The most specific places name the event: "Conference in Astana", not "… in Astana, Kazakhstan and China".
  const local = named.filter((place) => place.type !== 'COUNTRY');
  const places = local.length > 0 ? local : named;
  const several = actors.length >= 2;
  return {
    actors,
    group: several ? actors : [],
    lead: several ? actors.slice(0, 1) : [],
    others: several ? actors.slice(1) : [],
    places,
    placeGroup: places.length >= 2 ? places : [],
    object: roles.object ? [roles.object] : [],
    carrier: roles.carrier ? [roles.carrier] : [],
    from: roles.route ? [roles.route.from] : [],
    to: roles.route ? [roles.route.to] : [],
  };
}

interface Placeholder {
  slot: TitleSlot;
  grammaticalCase: TitleCase;
}

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

function parsePlaceholder(slot: string, grammaticalCase: string | undefined): Placeholder {
  if (!(TITLE_SLOTS as readonly string[]).includes(slot)) throw new Error(`Unknown title slot: ${slot}`);
  const parsedCase = grammaticalCase ?? 'nom';
  if (!(TITLE_CASES as readonly string[]).includes(parsedCase)) throw new Error(`Unknown title case: ${parsedCase}`);
  return { slot: slot as TitleSlot, grammaticalCase: parsedCase as TitleCase };
}

function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => parsePlaceholder(m[1] ?? '', m[2]));
}

/** The template's text outside and inside its optional parts. */
function optionalParts(text: string): { required: string; optional: string[] } {
  const optional = [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
  return { required: text.replace(/\[[^\]]*\]/g, ''), optional };
}

function fits(row: TitleRow, input: EventTitleInput, values: SlotValues): boolean {
  if (row.first && !input.first) return false;
  return placeholdersOf(optionalParts(row.text).required).every(({ slot }) => values[slot].length > 0);
}

function withPrepositionVariant(rendered: string, name: string, locale: TitleLocale): string {
  if (locale !== 'ru') return rendered;
  for (const { preposition, variant, before } of RU_PREPOSITION_VARIANTS) {
    const ending = new RegExp(`(^|[\\s(])${preposition} $`, 'i');
    if (ending.test(rendered) && before.test(name)) return rendered.slice(0, -preposition.length - 1) + `${variant} `;
  }
  return rendered;
}

function fill(text: string, values: SlotValues, locale: TitleLocale): string {
  let rendered = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const { slot, grammaticalCase } = parsePlaceholder(match[1] ?? '', match[2]);
    const names = renderNames(values[slot], grammaticalCase, locale);
    rendered = withPrepositionVariant(rendered + text.slice(last, match.index), names, locale) + names;
    last = match.index + match[0].length;
  }
  return rendered + text.slice(last);
}

function render(row: TitleRow, values: SlotValues, locale: TitleLocale): string {
  const text = row.text.replace(/\[([^\]]*)\]/g, (_, part: string) =>
    placeholdersOf(part).every(({ slot }) => values[slot].length > 0) ? part : '',
  );
  const title = fill(text, values, locale);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * An event's title in a UI locale, from its type and roles: "Opening of the Consulate General of
 * Kazakhstan in Guangzhou", «Визит Гун Чжэна в Алматы и Астану», «Шанхай – Алматы алғашқы әуе
 * рейсі (China Eastern Airlines)». Missing roles fall back to a shorter template of the same
 * type, down to the type alone.
 */
export function eventTitle(input: EventTitleInput, locale: TitleLocale): string {
  const values = slotValues(input);
  const rows = EVENT_TITLE_TEMPLATES[locale][input.type];
  const row = rows.find((candidate) => fits(candidate, input, values));
  if (!row) throw new Error(`No ${locale} title template fits a ${input.type} event`);
  return render(row, values, locale);
}
