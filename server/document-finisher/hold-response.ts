import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { lowerCased, toBuffer, writeHeadHeaders } from '../response-parts';

export interface HeldResponse {
  status: number;
  /** Names in lower case. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Turns the complete response into the one to send, synchronously (see holdResponse). */
export type FinishResponse = (held: HeldResponse) => HeldResponse;

type Callback = (error?: Error | null) => void;

function callbackOf(...candidates: unknown[]): Callback | undefined {
  return candidates.find((candidate): candidate is Callback => typeof candidate === 'function');
}

/**
 * Holds back everything a handler sends through `res` (status, headers, body) until it ends the
 * response, then sends what `finish` makes of it. Headers can then depend on the whole body (the
 * hashes of a page's inline scripts), which streaming would have sent first. `res` behaves for
 * the handler as a response whose headers are not sent yet; writes always report room.
 */
export function holdResponse(res: ServerResponse, finish: FinishResponse, onError: (error: unknown) => void): void {
  const originalWriteHead = res.writeHead;
  const originalWrite = res.write;
  const originalEnd = res.end;
  const originalFlushHeaders = res.flushHeaders;
  const chunks: Buffer[] = [];
  let status: number | null = null;
  let headArgument: OutgoingHttpHeaders = {};
  let ended = false;

  const restore = () => {
    res.writeHead = originalWriteHead;
    res.write = originalWrite;
    res.end = originalEnd;
    res.flushHeaders = originalFlushHeaders;
  };

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    status = statusCode;
    headArgument = { ...headArgument, ...lowerCased(writeHeadHeaders(rest)) };
    return this;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function flushHeaders() {};

  res.write = function write(this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (ended) return false;
    const buffer = toBuffer(chunk, encoding);
    // Copied: a writer may reuse its buffer once write returns.
    if (buffer && buffer.length > 0) chunks.push(Buffer.from(buffer));
    const done = callbackOf(encoding, callback);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function end(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (ended) return this;
    ended = true;
    const buffer = toBuffer(chunk, encoding);
    if (buffer && buffer.length > 0) chunks.push(Buffer.from(buffer));
    const done = callbackOf(chunk, encoding, callback);
    const held: HeldResponse = {
      status: status ?? res.statusCode,
      headers: { ...lowerCased(res.getHeaders()), ...headArgument },
      body: Buffer.concat(chunks),
    };
    restore();
    let finished: HeldResponse;
    try {
      finished = finish(held);
    } catch (error) {
      onError(error);
      return this;
    }
    if (res.destroyed) return this;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(finished.status, finished.headers);
    res.end(finished.body.length > 0 ? finished.body : undefined, done);
    return this;
  } as ServerResponse['end'];
}
