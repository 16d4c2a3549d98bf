import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { lowerCased, toBuffer, writeHeadHeaders } from '../response-parts';

export interface CapturedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface CaptureOptions {
  /** Decided once the status and headers are known: keep the body or let it pass uncopied. */
  wanted: (status: number, headers: OutgoingHttpHeaders) => boolean;
  /** A body growing past this is not kept. */
  maxBodyBytes: number;
  onCaptured: (captured: CapturedResponse) => void;
}

/**
 * Copies what a handler sends through `res`: the status and headers as they go out (those set
 * with setHeader and those passed to writeHead, after any compression layer set its own) and the
 * body bytes as written (compressed, when the handler compresses). The response itself is not
 * changed. Headers handed to writeHead never reach `res.getHeaders()`, hence the interception.
 */
export function captureResponse(res: ServerResponse, { wanted, maxBodyBytes, onCaptured }: CaptureOptions): void {
  const originalWriteHead = res.writeHead;
  const originalWrite = res.write;
  const originalEnd = res.end;
  let chunks: Buffer[] | null = [];
  let bodyBytes = 0;
  let decision: { status: number; headers: OutgoingHttpHeaders } | null = null;

  const decide = (status: number, extra: OutgoingHttpHeaders) => {
    if (decision) return;
    const headers = { ...lowerCased(res.getHeaders()), ...lowerCased(extra) };
    decision = { status, headers };
    if (!wanted(status, headers)) chunks = null;
  };

  const keep = (chunk: unknown, encoding: unknown) => {
    if (!chunks) return;
    const buffer = toBuffer(chunk, encoding);
    if (!buffer || buffer.length === 0) return;
    bodyBytes += buffer.length;
    if (bodyBytes > maxBodyBytes) {
      chunks = null;
      return;
    }
    // Copied: a writer may reuse its buffer once write returns.
    chunks.push(Buffer.from(buffer));
  };

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    decide(statusCode, writeHeadHeaders(rest));
    return (originalWriteHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse['writeHead'];

  res.write = function write(this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    const result = (originalWrite as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    // After the original write, whose implicit header went through writeHead above.
    decide(res.statusCode, {});
    keep(chunk, encoding);
    return result;
  } as ServerResponse['write'];

  res.end = function end(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const result = (originalEnd as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    decide(res.statusCode, {});
    keep(chunk, encoding);
    const finished = decision;
    if (chunks && finished) onCaptured({ status: finished.status, headers: finished.headers, body: Buffer.concat(chunks) });
    chunks = null;
    return result;
  } as ServerResponse['end'];
}
