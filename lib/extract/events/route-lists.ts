import type { DocumentAnalysis, SentenceAnalysis, TextAnalysis } from '../sentence/analyse-text';
import { findPhrases } from '../sentence/phrase-matcher';
import type { EntityType, Language, Mention, RouteRole } from '../types';
import { tenseOfMarker } from './event-tense';
import { decideEventTiming } from './event-timing';
import { assignRoles } from './event-roles';
import { CARRIER_NAME, CARRIER_WORD_PHRASES, LIST_FOLLOWING_PHRASES, LIST_ROUTE_PHRASES } from './event-words';
import type { DraftEvent } from './merge-events';

/**
 * A list of new routes under a header («FlyArystan келесі рейстерді іске қосады:», «Air Astana
 * … келесі бағыттармен кеңейтеді:», "will launch the following routes:"), one item per line
 * («- Алматы – Сиань (Қытай) – маусым айында;»): one flight launch per item that names a route,
 * dated by the item, operated by the header's carrier. An item naming one place flies from the
 * header's origin («Шымкент қаласынан келесі рейстерді бастайды:» … «- Бішкек – 29 наурыздан»).
 */
export function routeListEvents(analysis: DocumentAnalysis, text: TextAnalysis): DraftEvent[] {
  const { language } = analysis;
  const drafts: DraftEvent[] = [];
  text.sentences.forEach((view, index) => {
    if (!isListHeader(text.text, view, language)) return;
    const header = readHeader(text.text, view, language);
    for (const item of text.sentences.slice(index + 1)) {
      if (!LIST_ITEM.test(item.sentence.text)) break;
      const draft = itemEvent(analysis, text, item, header);
      if (draft) drafts.push(draft);
    }
  });
  return drafts;
}

const LIST_ITEM = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/u;
const HEADER_END = /:\s*$/u;
const ROUTE_END_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION']);
const KK_FROM = /(?:дан|ден|тан|тен|нан|нен)$/u;
const KK_PLACE_WORD = /^\s+(?:қала|облыс)\S*/u;
const FROM_BEFORE: Readonly<Record<Language, RegExp>> = { kk: /$^/u, ru: /(?:^|\s)из\s+$/iu, en: /\bfrom\s+$/iu };

function isListHeader(text: string, view: SentenceAnalysis, language: Language): boolean {
  if (!HEADER_END.test(view.sentence.text)) return false;
  const has = (table: typeof LIST_FOLLOWING_PHRASES) => findPhrases(text, view.tokens, view.normals, table[language]).length > 0;
  return has(LIST_FOLLOWING_PHRASES) && has(LIST_ROUTE_PHRASES);
}

interface ListHeader {
  carrier: string | null;
  origin: string | null;
  tense: 'future' | 'past' | null;
  mentions: Mention[];
}

function readHeader(text: string, view: SentenceAnalysis, language: Language): ListHeader {
  const carrierWords = findPhrases(text, view.tokens, view.normals, CARRIER_WORD_PHRASES[language]);
  const organizations = view.mentions.filter((mention) => mention.entity.type === 'ORGANIZATION');
  const carrier =
    organizations.find(
      (mention) =>
        CARRIER_NAME.test(mention.entity.names.en) ||
        carrierWords.some((word) => text.slice(Math.min(word.end, mention.end), Math.max(word.start, mention.start)).trim() === ''),
    ) ?? organizations[0];
  const origin = view.mentions.find((mention) => ROUTE_END_TYPES.has(mention.entity.type) && isOrigin(text, mention, language));
  const tenses = view.markers.map((marker) => tenseOfMarker(marker.kind, 'FLIGHT_LAUNCH')).filter((tense) => tense !== null);
  return { carrier: carrier?.entity.key ?? null, origin: origin?.entity.key ?? null, tense: tenses[0] ?? null, mentions: view.mentions };
}

function isOrigin(text: string, mention: Mention, language: Language): boolean {
  if (language === 'kk') {
    const placeWord = KK_PLACE_WORD.exec(text.slice(mention.end, mention.end + 20));
    return KK_FROM.test((placeWord ? placeWord[0].trim() : mention.text).toLocaleLowerCase('kk'));
  }
  return FROM_BEFORE[language].test(text.slice(Math.max(0, mention.start - 8), mention.start));
}

function itemEvent(analysis: DocumentAnalysis, text: TextAnalysis, item: SentenceAnalysis, header: ListHeader): DraftEvent | null {
  const { language, publishedAt } = analysis;
  const places = item.mentions.filter((mention) => ROUTE_END_TYPES.has(mention.entity.type));
  const roles = assignRoles({ type: 'FLIGHT_LAUNCH', text: text.text, language, mentions: item.mentions, namedBy: [], carrierWords: [] });
  const only = places[0];
  const fromOrigin = places.length === 1 && only && header.origin !== null && header.origin !== only.entity.key;
  const route: RouteRole | null = roles.route ?? (fromOrigin && only && header.origin ? { from: header.origin, to: only.entity.key } : null);
  if (!route) return null;
  const temporal = item.temporals[0]?.value ?? null;
  const tense = header.tense ?? 'future';
  const timing = decideEventTiming({ type: 'FLIGHT_LAUNCH', temporal, tense, anaphoric: false, clauseDate: null, publishedAt });
  const places_ = roles.places.filter((key) => key !== route.from && key !== route.to);
  const entities = [...new Set([header.carrier, route.from, route.to, ...places_].filter((key): key is string => key !== null))];
  return {
    type: 'FLIGHT_LAUNCH',
    value: timing.value,
    status: timing.status,
    entities,
    roles: { actors: [], places: places_, object: null, route, carrier: header.carrier },
    first: false,
    evidence: item.sentence.text,
    evidenceIn: text.place,
    evidenceStart: item.sentence.start,
    evidenceEnd: item.sentence.end,
    valueSource: timing.valueSource,
    reference: null,
    definite: false,
    frame: null,
    concept: 'flight',
    action: null,
    name: null,
    sentences: [`${text.place}:${item.sentence.start}`],
    specific: [route.from, route.to, ...(header.carrier ? [header.carrier] : [])],
  };
}
