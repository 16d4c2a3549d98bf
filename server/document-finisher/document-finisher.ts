import { isStreamedExportPath, pathOfTarget } from '@/lib/http-methods';
import { CONTENT_SECURITY_POLICY } from '@/lib/security-headers';
import { isBuildAsset } from '../asset-compression/asset-compression';
import { documentPolicy } from '../csp/document-policy';
import type { RequestHandler } from '../request-handler';
import { headerText } from '../response-parts';
import { compressNow, isCompressibleType, MIN_COMPRESSED_BYTES, preferredEncoding } from './content-encoding';
import { holdResponse, type HeldResponse } from './hold-response';

const CSP = CONTENT_SECURITY_POLICY.toLowerCase();

function withVary(vary: HeldResponse['headers'][string], name: string): string {
  const current = headerText(vary);
  if (!current) return name;
  const listed = current.split(',').map((part) => part.trim().toLowerCase());
  return listed.includes(name.toLowerCase()) || listed.includes('*') ? current : `${current}, ${name}`;
}

export interface FinishOptions {
  acceptEncoding: string | undefined;
  runtimeScripts: readonly string[];
}

/**
 * The response to send for a complete one from Next: an HTML document gets the
 * Content-Security-Policy that lists the hashes of its framework scripts and inert styles
 * (server/csp); a compressible body is compressed for the client. A 304 goes without a policy, so
 * the browser keeps the one stored with the body it revalidated.
 */
export function finishResponse(held: HeldResponse, { acceptEncoding, runtimeScripts }: FinishOptions): HeldResponse {
  const headers = { ...held.headers };
  delete headers['content-length'];
  delete headers['transfer-encoding'];
  if (held.status === 304 || held.status === 204) {
    delete headers[CSP];
    return { status: held.status, headers, body: Buffer.alloc(0) };
  }
  const contentType = headerText(headers['content-type']);
  if (contentType?.trim().toLowerCase().startsWith('text/html') && held.body.length > 0) {
    headers[CSP] = documentPolicy(held.body.toString('utf8'), runtimeScripts);
  }
  let body = held.body;
  if (headers['content-encoding'] === undefined && isCompressibleType(contentType)) {
    headers.vary = withVary(headers.vary, 'Accept-Encoding');
    const encoding = body.length >= MIN_COMPRESSED_BYTES ? preferredEncoding(acceptEncoding) : null;
    if (encoding) {
      body = compressNow(body, encoding);
      headers['content-encoding'] = encoding;
    }
  }
  headers['content-length'] = String(body.length);
  return { status: held.status, headers, body };
}

/**
 * Puts the finisher in front of `handler` for every GET but the build's assets (never HTML; see
 * server/asset-compression) and the streamed exports (never HTML, and too large to hold): the handler is
 * asked for an uncompressed response (the request's Accept-Encoding is taken away), which is held
 * whole and sent as finishResponse makes it. HEAD and the build assets pass untouched.
 */
export function withDocumentFinisher(handler: RequestHandler, { runtimeScripts }: { runtimeScripts: readonly string[] }): RequestHandler {
  return (req, res) => {
    const pathname = pathOfTarget(req.url);
    if (req.method !== 'GET' || isBuildAsset(pathname) || isStreamedExportPath(pathname)) return handler(req, res);
    const acceptEncoding = headerText(req.headers['accept-encoding']);
    delete req.headers['accept-encoding'];
    holdResponse(
      res,
      (held) => finishResponse(held, { acceptEncoding, runtimeScripts }),
      (error) => {
        console.error(`Error while finishing ${req.url?.slice(0, 200)}:`, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      },
    );
    return handler(req, res);
  };
}
