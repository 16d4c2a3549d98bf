import type { ServerResponse } from 'node:http';
import { decideMethod, METHOD_NOT_ALLOWED_TEXT, pathOfTarget, preflightHeaders, type MethodDecision } from '@/lib/http-methods';
import { securityHeaders } from '@/lib/security-headers';
import type { RequestHandler } from '../request-handler';

type Answer = Exclude<MethodDecision, { action: 'pass' }>;

/** Status, headers and body of the gate's answer to a method it does not hand on (an OPTIONS on open data is a CORS preflight). */
export function methodAnswer(decision: Answer, pathname = '/'): { status: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = Object.fromEntries(securityHeaders(false).map(({ key, value }) => [key.toLowerCase(), value]));
  headers.allow = decision.allow.join(', ');
  headers['cache-control'] = 'no-store';
  if (decision.action === 'options') return { status: 204, headers: { ...headers, ...preflightHeaders(pathname) }, body: '' };
  headers['content-type'] = 'text/plain; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(METHOD_NOT_ALLOWED_TEXT));
  return { status: 405, headers, body: METHOD_NOT_ALLOWED_TEXT };
}

function answer(res: ServerResponse, method: string | undefined, pathname: string, decision: Answer): void {
  const { status, headers, body } = methodAnswer(decision, pathname);
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}

/**
 * Answers OPTIONS and refuses every method an address does not take (lib/http-methods.ts) before
 * the request reaches `handler`: a write method never renders a page, and methods Next cannot
 * represent (TRACE) never reach it.
 */
export function withMethodGate(handler: RequestHandler): RequestHandler {
  return (req, res) => {
    const pathname = pathOfTarget(req.url);
    const decision = decideMethod(req.method, pathname);
    if (decision.action === 'pass') return handler(req, res);
    answer(res, req.method, pathname, decision);
    return undefined;
  };
}
