import { REVALIDATE_PATH } from '@/lib/http-methods';
import { withDocumentFinisher } from './document-finisher/document-finisher';
import { withMethodGate } from './method-gate/method-gate';
import type { LruStore } from './micro-cache/lru-store';
import { withMicroCache } from './micro-cache/micro-cache';
import type { RequestHandler } from './request-handler';

export interface ProductionHandlerOptions {
  store: LruStore;
  /** React's inline runtime scripts (server/csp/framework-scripts.ts). */
  runtimeScripts: readonly string[];
  /** Responses larger than this are neither stored nor shared. */
  maxBodyBytes: number;
}

/**
 * The layers in front of Next, outermost first:
 *
 * ```
 * method gate ──► micro-cache ──► document finisher ──► Next
 * 405/204 for     replay, or one   CSP hashes of the page's
 * other methods   render per key   inline code; compression
 * ```
 *
 * The cache stores what the finisher sent, so a replay carries the same policy as its body.
 */
export function productionHandler(next: RequestHandler, { store, runtimeScripts, maxBodyBytes }: ProductionHandlerOptions): RequestHandler {
  const finished = withDocumentFinisher(next, { runtimeScripts });
  const cached = withMicroCache(finished, { store, revalidatePath: REVALIDATE_PATH, maxBodyBytes });
  return withMethodGate(cached);
}
