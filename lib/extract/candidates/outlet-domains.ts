import type { EntityRef } from '../types';
import { slugify } from './entity-refs';
import type { Finding } from './finding';
import type { TextView } from './text-view';

/**
 * Top-level domains of the outlets that write about the region: news sites cite each other by
 * domain («передает Zakon.kz», «BAQ.KZ тілшісі», "Trend News Agency, Qazinform.com reports").
 */
export const TOP_LEVEL_DOMAINS: readonly string[] = [
  'kz', 'қаз', 'ru', 'рф', 'uz', 'kg', 'tj', 'tm', 'az', 'by', 'ua', 'ge', 'am', 'mn', 'cn', 'hk', 'tw', 'jp', 'kr',
  'tr', 'ae', 'in', 'uk', 'de', 'fr', 'it', 'es', 'eu', 'us', 'com', 'org', 'net', 'info', 'biz', 'gov', 'edu',
  'int', 'news', 'media', 'tv', 'io', 'asia', 'online', 'site', 'pro', 'me', 'co',
];

const DOMAINS = new Set(TOP_LEVEL_DOMAINS);
/** Labels before the registered name that are not part of an outlet's name. */
const HOST_PREFIXES = new Set(['www', 'm', 'amp']);
const MAX_LABELS = 4;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
/** A domain inside an address or an e-mail is not an outlet named in running text. */
const PART_OF_ADDRESS_BEFORE = /[@/:\\_]/u;
const PART_OF_ADDRESS_AFTER = /^[/@:\\_]|^\.[\p{L}\p{N}]/u;

/**
 * Outlets written as domains in running text or a credit line: `Egemen.kz`, `BAQ.KZ`,
 * `rail-news.kz`, `kaz.inform.kz`. One candidate organisation per domain whatever its letter case
 * (BAQ.KZ = BAQ.kz), named as written with the top-level domain in lower case and a capital first
 * letter (rail-news.kz → Rail-news.kz). Never a domain inside a web address or an e-mail address.
 */
export function findOutletDomains(view: TextView): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < view.tokens.length; i += 1) {
    const last = view.tokens[i];
    if (!last || !followsDot(view, i) || last.end - last.start > LONGEST_DOMAIN) continue;
    if (!DOMAINS.has(view.normal(i)) || !isDomainCase(view, i)) continue;
    if (PART_OF_ADDRESS_AFTER.test(view.body.slice(last.end, last.end + 2))) continue;
    let chainStart = i - 1;
    while (chainStart > 0 && i - chainStart < MAX_LABELS && isDot(view, chainStart - 1) && LABEL.test(view.text(chainStart - 1))) {
      chainStart -= 1;
    }
    const chainToken = view.tokens[chainStart];
    if (!chainToken || isDot(view, chainStart - 1) || PART_OF_ADDRESS_BEFORE.test(view.body.charAt(chainToken.start - 1))) continue;
    let first = chainStart;
    while (first < i - 1 && HOST_PREFIXES.has(view.normal(first))) first += 1;
    const firstToken = view.tokens[first];
    if (!firstToken || !LABEL.test(view.text(first)) || hasKnown(view, first, i)) continue;
    findings.push({ first, last: i, start: firstToken.start, end: last.end, entity: outletRef(view, first, i) });
  }
  return findings;
}

const LONGEST_DOMAIN = Math.max(...TOP_LEVEL_DOMAINS.map((domain) => domain.length));

/** Token `index` comes right after a dot that comes right after the previous token (no allocation). */
function followsDot(view: TextView, index: number): boolean {
  const token = view.tokens[index];
  const previous = view.tokens[index - 1];
  return !!token && !!previous && previous.end === token.start - 1 && view.body.charCodeAt(previous.end) === 0x2e;
}

/** Token `index` and the next one are separated by one dot and nothing else. */
function isDot(view: TextView, index: number): boolean {
  return index >= 0 && view.gapAfter(index) === '.';
}

/**
 * A top-level domain is written in lower case (Zakon.kz), or in capitals after a name in
 * capitals (BAQ.KZ); "meeting.In" is a missing space before a sentence.
 */
function isDomainCase(view: TextView, index: number): boolean {
  const text = view.text(index);
  if (text === text.toLowerCase()) return true;
  const label = view.text(index - 1);
  return text === text.toUpperCase() && label === label.toUpperCase();
}

function hasKnown(view: TextView, first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) if (view.knownAt(k)) return true;
  return false;
}

function outletRef(view: TextView, first: number, last: number): EntityRef {
  const labels: string[] = [];
  for (let k = first; k < last; k += 1) labels.push(view.text(k));
  const name = `${capitalised(labels.join('.'))}.${view.normal(last)}`;
  return {
    key: `candidate-organization-${slugify(name)}`,
    type: 'ORGANIZATION',
    names: { kk: name, ru: name, en: name },
    known: false,
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
