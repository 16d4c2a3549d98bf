import type { ServerResponse } from 'node:http';
import { decideMethod, METHOD_NOT_ALLOWED_TEXT, pathOfTarget, type MethodDecision } from '@/lib/http-methods';
import { securityHeaders } from '@/lib/security-headers';
import type { RequestHandler } from '../request-handler';

type Answer = Exclude<MethodDecision, { action: 'pass' }>;

/** Status, headers and body of the gate's answer to a method it does not hand on. */
export function methodAnswer(decision: Answer): { status: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = Object.fromEntries(securityHeaders(false).map(({ key, value }) => [key.toLowerCase(), value]));
  headers.allow = decision.allow.join(', ');
  headers['cache-control'] = 'no-store';
  if (decision.action === 'options') return { status: 204, headers, body: '' };
  headers['content-type'] = 'text/plain; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(METHOD_NOT_ALLOWED_TEXT));
  return { status: 405, headers, body: METHOD_NOT_ALLOWED_TEXT };
}

function answer(res: ServerResponse, method: string | undefined, decision: Answer): void {
  const { status, headers, body } = methodAnswer(decision);
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
    const decision = decideMethod(req.method, pathOfTarget(req.url));
    if (decision.action === 'pass') return handler(req, res);
    answer(res, req.method, decision);
    return undefined;
  };
}
