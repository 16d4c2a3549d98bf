import type { OutgoingHttpHeader, OutgoingHttpHeaders } from 'node:http';

/** What `writeHead` may take as headers: an object, or a flat [name, value, name, value] list. */
export type HeadersArgument = OutgoingHttpHeaders | readonly OutgoingHttpHeader[] | undefined;

export function headersFromArgument(argument: HeadersArgument): OutgoingHttpHeaders {
  if (!argument) return {};
  if (!Array.isArray(argument)) return argument as OutgoingHttpHeaders;
  const headers: OutgoingHttpHeaders = {};
  const list = argument as readonly OutgoingHttpHeader[];
  for (let index = 0; index + 1 < list.length; index += 2) {
    const name = list[index];
    const value = list[index + 1];
    if (typeof name === 'string' && value !== undefined) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** The headers argument of a `writeHead(status, [reason], [headers])` call. */
export function writeHeadHeaders(rest: readonly unknown[]): OutgoingHttpHeaders {
  return headersFromArgument((typeof rest[0] === 'string' ? rest[1] : rest[0]) as HeadersArgument);
}

export function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** A chunk given to write/end as bytes; null for none (a callback in its place, or nothing). */
export function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/** One header value as a string (lists joined as HTTP joins them). */
export function headerText(value: OutgoingHttpHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
