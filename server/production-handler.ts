import { REVALIDATE_PATH } from '@/lib/http-methods';
import { withAssetCompression } from './asset-compression/asset-compression';
import { withDocumentFinisher } from './document-finisher/document-finisher';
import { withMethodGate } from './method-gate/method-gate';
import type { LruStore } from './micro-cache/lru-store';
import { withNotFoundDocuments } from './not-found-document/not-found-document';
import { withMicroCache } from './micro-cache/micro-cache';
import type { RequestHandler } from './request-handler';

export interface ProductionHandlerOptions {
  /** The micro-cache's pages. */
  store: LruStore;
  /** The build's scripts and styles, compressed once. */
  assetStore: LruStore;
  /** React's inline runtime scripts (server/csp/framework-scripts.ts). */
  runtimeScripts: readonly string[];
  /** Responses larger than this are neither stored nor shared. */
  maxBodyBytes: number;
  /** Each locale's prerendered not-found document (server/not-found-document); none leaves Next's 404s as they are. */
  notFoundDocuments?: ReadonlyMap<string, Buffer>;
}

/**
 * The layers in front of Next, outermost first:
 *
 * ```
 * method gate ──► micro-cache ──► asset compression ──► document finisher ──► not-found document ──► Next
 * 405/204 for     replay, or one   /_next/static/ files   CSP hashes of the page's  a 404 page's body in
 * other methods   render per key   compressed once, kept  inline code; compression   the HTML itself
 * ```
 *
 * The cache stores what the finisher sent, so a replay carries the same policy as its body.
 */
export function productionHandler(
  next: RequestHandler,
  { store, assetStore, runtimeScripts, maxBodyBytes, notFoundDocuments = new Map() }: ProductionHandlerOptions,
): RequestHandler {
  const withDocuments = withNotFoundDocuments(next, { documents: notFoundDocuments });
  const finished = withDocumentFinisher(withDocuments, { runtimeScripts });
  const assets = withAssetCompression(finished, { store: assetStore });
  const cached = withMicroCache(assets, { store, revalidatePath: REVALIDATE_PATH, maxBodyBytes });
  return withMethodGate(cached);
}
