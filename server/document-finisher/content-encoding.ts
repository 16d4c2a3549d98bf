import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

/** Bodies below this are sent as they are: compression would save less than its framing costs. */
export const MIN_COMPRESSED_BYTES = 1_024;

const COMPRESSIBLE_TYPES = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;

export function isCompressibleType(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE_TYPES.test(contentType.trim());
}

/** The encodings an Accept-Encoding header accepts (q > 0), by name in lower case. */
function acceptedEncodings(acceptEncoding: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    if (name !== '' && (quality === undefined || Number(quality) > 0)) accepted.add(name.trim());
  }
  return accepted;
}

/** Brotli when the client takes it (about a third smaller than gzip on our pages), else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = acceptedEncodings(acceptEncoding);
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * `fast` for what is compressed per response: brotli quality 5 makes a 140 KB dashboard 19.6 KB
 * in ~5 ms (gzip: 30.6 KB). `best` for what is compressed once and kept (the build's scripts and
 * styles): brotli 11 takes ~1.4 s for the 229 KB React chunk and saves another 14 % over gzip's bytes.
 */
export type CompressionEffort = 'fast' | 'best';

function brotliOptions(body: Buffer, effort: CompressionEffort) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
}

const gzipLevel = (effort: CompressionEffort) => ({ level: effort === 'best' ? 9 : 6 });

/** Compresses on libuv's thread pool: for work no response waits for. */
export function compress(body: Buffer, encoding: ContentEncoding, effort: CompressionEffort = 'fast'): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, brotliOptions(body, effort)) : gzipAsync(body, gzipLevel(effort));
}

/**
 * Compresses on the calling thread: for a response that must be complete when its handler's
 * `end()` returns (Next reads `res.writableEnded` and `res.headersSent` right after).
 */
export function compressNow(body: Buffer, encoding: ContentEncoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, brotliOptions(body, 'fast')) : gzipSync(body, gzipLevel('fast'));
}
