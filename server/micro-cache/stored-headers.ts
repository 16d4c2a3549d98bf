import type { OutgoingHttpHeaders } from 'node:http';

export type StoredHeaders = Record<string, string | string[]>;

/**
 * Headers that must not be replayed from the cache: cookies belong to one visitor, the connection
 * headers and the date to one exchange, and the length is set from the stored body.
 */
const NOT_STORED = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'x-bauyrlas-cache',
]);

/** The headers of a captured response worth replaying, names in lower case. */
export function storableHeaders(headers: OutgoingHttpHeaders): StoredHeaders {
  const kept: StoredHeaders = {};
  for (const [rawName, value] of Object.entries(headers)) {
    const name = rawName.toLowerCase();
    if (value === undefined || NOT_STORED.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

/** Headers of a 304: those of the 200 minus what describes a body. */
export function notModifiedHeaders(headers: StoredHeaders): StoredHeaders {
  const { 'content-encoding': _encoding, 'content-type': _type, ...rest } = headers;
  return rest;
}

/** Approximate bytes the headers take in memory, for the cache's size bound. */
export function headerBytes(headers: StoredHeaders): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(headers)) {
    bytes += name.length + (Array.isArray(value) ? value.reduce((sum, item) => sum + item.length, 0) : value.length);
  }
  return bytes;
}

/** Whether an If-None-Match header names the stored ETag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | string[] | undefined): boolean {
  if (!ifNoneMatch || typeof etag !== 'string') return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => bare(candidate) === bare(etag));
}
