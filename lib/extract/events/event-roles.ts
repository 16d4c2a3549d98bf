import type { EntityType, EventRoles, EventType, Language, Mention, RouteRole } from '../types';
import { CARRIER_NAME, OBJECT_CONCEPTS } from './event-words';
import { ROUTE_EVENT_TYPES } from './event-triggers';

/**
 * Who and what a happening involves, read from the mentions of its clause: a route's ends (a
 * dash between two places, "from X to Y", «из X в Y», «X-тан Y-ға», "between X and Y"), the
 * carrier that operates it (an airline or a railway by the shape of its name or a word next to
 * it), the object that opened (an organisation named as a facility, not the one where something
 * opened), the people and organisations who act, and the places.
 */
export interface RoleInput {
  type: EventType;
  text: string;
  language: Language;
  /** The mentions of the happening's clauses, sources left out, in text order. */
  mentions: readonly Mention[];
  /** Mentions the event word itself lies in («Astana International Forum»): the happening's own name. */
  namedBy: readonly Mention[];
  /** Carrier words of the sentence («әуекомпаниясы», «лоукостер», "airline"), as offsets. */
  carrierWords: readonly { start: number; end: number }[];
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'COUNTRY']);
const ROUTE_END_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION']);
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);
/** Types whose object is what opened, was launched or is planned. */
const OBJECT_EVENT_TYPES: ReadonlySet<EventType> = new Set(['OPENING', 'OTHER', 'PLAN', 'CONFERENCE']);

const DASH_BETWEEN = /^\s*[-–—‑]\s*$/u;
/** How far apart (in characters) the ends of a "from … to …" route may stand. */
const ROUTE_SPAN = 90;

interface RoutePattern {
  /** Text right before the first end. */
  before?: RegExp;
  /** Text between the two ends. */
  between: RegExp;
  /** Text right after the second end. */
  after?: RegExp;
  /** Whether a country may be an end («Қытайдан Алматыға», "from China to Almaty"). */
  countries: boolean;
}

const ROUTE_PATTERNS: Readonly<Record<Language, readonly RoutePattern[]>> = {
  kk: [
    { between: /^\s+(?:мен|пен|бен|және)\s+$/u, after: /^\s+(?:\S+\s+)?(?:арасында|арасындағы|арасы)/u, countries: false },
  ],
  ru: [
    { before: /(?:^|\s)из\s+(?:\S+\s+)?$/iu, between: /^[^.;]*\s(?:в|во|до)\s+(?:\S+\s+)?$/iu, countries: true },
    { before: /(?:^|\s)между\s+(?:\S+\s+){0,2}$/iu, between: /^\s+и\s+(?:\S+\s+)?$/iu, countries: false },
  ],
  en: [
    { before: /\bfrom\s+(?:\S+\s+){0,2}$/iu, between: /^[^.;]*?\bto\s+(?:the\s+)?(?:\S+\s+)?$/iu, countries: true },
    { before: /\bbetween\s+(?:\S+\s+){0,2}$/iu, between: /^\s+(?:in\s+\S+\s+)?and\s+(?:the\s+)?(?:\S+\s+)?$/iu, countries: false },
  ],
};

/** The words every pattern of a language needs somewhere around its places: without them no pattern is tried. */
const ROUTE_WORDS: Readonly<Record<Language, RegExp>> = {
  kk: /\s(?:мен|пен|бен|және)\s/u,
  ru: /(?:^|[\s(])(?:из|между)\s/iu,
  en: /\b(?:from|between)\b/iu,
};

/** Kazakh ablative and dative: «Сианьнан … Алматыға», «Шымкент қаласынан … Бішкекке». */
const KK_FROM = /(?:дан|ден|тан|тен|нан|нен)$/u;
const KK_TO = /(?:ға|ге|қа|ке|на|не)$/u;
const KK_PLACE_WORD = /^\s+(?:қала|облыс|аудан)\S*/u;

const FACILITY_NAME = new RegExp(
  `\\b(?:${OBJECT_CONCEPTS.filter((concept) => !concept.metaphor && !concept.period && !concept.becomes)
    .flatMap((concept) => concept.words.en)
    .map((pattern) => pattern.replaceAll('*', '\\w*'))
    .join('|')})\\b`,
  'iu',
);

const LOCATIVE_BEFORE: Readonly<Record<Language, RegExp>> = {
  kk: /$^/u,
  ru: /(?:^|\s)(?:в|во|на|при)\s+$/iu,
  en: /\b(?:at|in|on|within)\s+(?:the\s+)?$/iu,
};
const KK_LOCATIVE = /(?:да|де|та|те|нда|нде)$/u;

export function assignRoles(input: RoleInput): EventRoles {
  const { type, mentions } = input;
  const route = ROUTE_EVENT_TYPES.has(type) ? findRoute(input) : null;
  const carrier = findCarrier(input);
  const object = OBJECT_EVENT_TYPES.has(type) ? findObject(input, carrier) : null;
  const taken = new Set([route?.from, route?.to, carrier, object].filter((key): key is string => key !== null && key !== undefined));
  return { actors: keysOf(mentions, ACTOR_TYPES, taken), places: keysOf(mentions, PLACE_TYPES, taken), object, route, carrier };
}

function keysOf(mentions: readonly Mention[], types: ReadonlySet<EntityType>, taken: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const mention of mentions) if (types.has(mention.entity.type) && !taken.has(mention.entity.key)) keys.add(mention.entity.key);
  return [...keys];
}

/** The union of an event's roles, in the order their mentions stand. */
export function roleEntities(roles: EventRoles, mentions: readonly Mention[]): string[] {
  const single = [roles.object, roles.route?.from, roles.route?.to, roles.carrier];
  const keys = new Set([...roles.actors, ...roles.places, ...single.filter((key): key is string => typeof key === 'string')]);
  const ordered = new Set<string>();
  for (const mention of mentions) if (keys.has(mention.entity.key)) ordered.add(mention.entity.key);
  for (const key of keys) ordered.add(key);
  return [...ordered];
}

function findRoute(input: RoleInput): RouteRole | null {
  return dashRoute(input) ?? patternRoute(input) ?? (input.language === 'kk' ? caseRoute(input) : null);
}

/** A chain of places joined by dashes («Сиань – Алматы», "Almaty-Hangzhou", "Astana-Xi'an - Beijing"): its first and last. */
function dashRoute({ text, mentions }: RoleInput): RouteRole | null {
  for (let index = 0; index < mentions.length; index += 1) {
    let last = index;
    while (true) {
      const current = mentions[last];
      const next = mentions[last + 1];
      if (!current || !next || !ROUTE_END_TYPES.has(current.entity.type) || !ROUTE_END_TYPES.has(next.entity.type)) break;
      if (!DASH_BETWEEN.test(text.slice(current.end, next.start))) break;
      last += 1;
    }
    const from = mentions[index];
    const to = mentions[last];
    if (last > index && from && to && from.entity.key !== to.entity.key) return { from: from.entity.key, to: to.entity.key };
  }
  return null;
}

function patternRoute({ text, mentions, language }: RoleInput): RouteRole | null {
  const first = mentions[0];
  const last = mentions.at(-1);
  if (!first || !last || !ROUTE_WORDS[language].test(text.slice(Math.max(0, first.start - 30), last.end))) return null;
  for (const pattern of ROUTE_PATTERNS[language]) {
    for (let first = 0; first < mentions.length; first += 1) {
      const from = mentions[first];
      if (!from || !isRouteEnd(from, pattern.countries)) continue;
      if (pattern.before && !pattern.before.test(text.slice(Math.max(0, from.start - 30), from.start))) continue;
      for (let second = first + 1; second < mentions.length; second += 1) {
        const to = mentions[second];
        if (!to || to.start - from.end > ROUTE_SPAN) break;
        if (!isRouteEnd(to, pattern.countries) || to.entity.key === from.entity.key) continue;
        if (!pattern.between.test(text.slice(from.end, to.start))) continue;
        if (pattern.after && !pattern.after.test(text.slice(to.end, to.end + 30))) continue;
        return { from: from.entity.key, to: to.entity.key };
      }
    }
  }
  return null;
}

function isRouteEnd(mention: Mention, countries: boolean): boolean {
  return ROUTE_END_TYPES.has(mention.entity.type) || (countries && mention.entity.type === 'COUNTRY');
}

/** «Сианьнан … Алматыға»: an ablative place before a dative one. */
function caseRoute({ text, mentions }: RoleInput): RouteRole | null {
  const form = (mention: Mention) => {
    const placeWord = KK_PLACE_WORD.exec(text.slice(mention.end, mention.end + 20));
    return (placeWord ? placeWord[0].trim() : mention.text).toLocaleLowerCase('kk');
  };
  const from = mentions.find((mention) => isRouteEnd(mention, true) && KK_FROM.test(form(mention)));
  if (!from) return null;
  const to = mentions.find((mention) => mention.start > from.end && isRouteEnd(mention, true) && KK_TO.test(form(mention)));
  return to && to.entity.key !== from.entity.key ? { from: from.entity.key, to: to.entity.key } : null;
}

/** An airline or a railway: by the shape of its English name, or a carrier word right next to it. */
function findCarrier({ text, mentions, carrierWords }: RoleInput): string | null {
  const carrier = mentions.find((mention) => {
    if (mention.entity.type !== 'ORGANIZATION') return false;
    if (CARRIER_NAME.test(mention.entity.names.en)) return true;
    return carrierWords.some((word) => {
      const between = word.end <= mention.start ? text.slice(word.end, mention.start) : text.slice(mention.end, word.start);
      return between.trim() === '' && (word.end <= mention.start || word.start >= mention.end);
    });
  });
  return carrier?.entity.key ?? null;
}

/**
 * What opened or is planned, when it is named as an organisation: the happening's own name
 * ("Astana International Forum"), or an organisation named as a facility (a consulate, a centre,
 * a terminal) that is not the place where something else opened ("launched at the university").
 */
function findObject({ text, mentions, namedBy, language }: RoleInput, carrier: string | null): string | null {
  const own = namedBy.find((mention) => mention.entity.type === 'ORGANIZATION');
  if (own) return own.entity.key;
  const object = mentions.find(
    (mention) =>
      mention.entity.type === 'ORGANIZATION' &&
      mention.entity.key !== carrier &&
      FACILITY_NAME.test(mention.entity.names.en) &&
      !isLocative(mention, text, language),
  );
  return object?.entity.key ?? null;
}

function isLocative(mention: Mention, text: string, language: Language): boolean {
  if (language === 'kk') return KK_LOCATIVE.test(mention.text.toLocaleLowerCase('kk'));
  return LOCATIVE_BEFORE[language].test(text.slice(Math.max(0, mention.start - 12), mention.start));
}
