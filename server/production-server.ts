import { createServer, type Server } from 'node:http';
import next from 'next';
import { routing } from '@/i18n/routing';
import { listenForPageChanges } from '@/lib/database/postgres/page-changes';
import { buildFolder, env, isPostgresUrl, localStatePath, projectRoot } from '@/lib/env';
import { notifyRevalidation } from '@/lib/revalidation/notify-revalidation';
import { registerMicroCacheClear } from '@/lib/revalidation/micro-cache-registry';
import { resolveRevalidateSecret } from '@/lib/revalidation/revalidate-secret';
import { readReactRuntimeScripts } from './csp/framework-scripts';
import { answerClientError, answerConnect } from './method-gate/socket-answers';
import { LruStore } from './micro-cache/lru-store';
import { readNotFoundDocuments } from './not-found-document/not-found-document';
import { productionHandler } from './production-handler';
import { parseServerOptions, type ServerOptions } from './server-options';

/**
 * A few seconds: long enough that a burst of visitors to one page costs Next one request, short
 * enough that a page Next regenerates on its own five-minute schedule shows within seconds. An
 * ingestion's revalidation call empties the cache at once.
 */
export const MICRO_CACHE_TTL_MS = 5_000;
/** About a hundred and fifty 400 KB pages, each in up to a few encodings. */
export const MICRO_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** The build's scripts and styles compressed (about 0.5 MB per encoding); kept as long as the process runs. */
const ASSET_STORE_MAX_BYTES = 32 * 1024 * 1024;
const ASSET_STORE_TTL_MS = 365 * 24 * 60 * 60 * 1000;
const SHUTDOWN_GRACE_MS = 10_000;

export interface ProductionServer {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

/** Next (the built app in the project folder) behind the micro-cache, listening as `options` say. */
export async function startProductionServer({ port, hostname }: ServerOptions): Promise<ProductionServer> {
  const app = next({ dev: false, dir: projectRoot, hostname: hostname ?? 'localhost', port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();

  const store = new LruStore({ maxBytes: MICRO_CACHE_MAX_BYTES, ttlMs: MICRO_CACHE_TTL_MS });
  const unregister = registerMicroCacheClear(() => store.clear());
  const handle = productionHandler((req, res) => handleWithNext(req, res), {
    store,
    assetStore: new LruStore({ maxBytes: ASSET_STORE_MAX_BYTES, ttlMs: ASSET_STORE_TTL_MS }),
    runtimeScripts: readReactRuntimeScripts(),
    maxBodyBytes: MICRO_CACHE_MAX_BYTES / 8,
    notFoundDocuments: readNotFoundDocuments(buildFolder, routing.locales),
  });

  const server = createServer((req, res) => {
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error(`Error while answering ${req.method} ${req.url?.slice(0, 200)}:`, error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      } else {
        res.destroy();
      }
    });
  });
  // Methods Node's parser does not know, and CONNECT, get the gate's 405; other malformed requests
  // keep Node's own answers (431 for oversized headers, 400, 408).
  server.on('clientError', answerClientError);
  server.on('connect', answerConnect);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => console.error('Server error:', error));

  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${hostname ?? 'localhost'}:${boundPort}`;

  // On PostgreSQL, ingestions may run anywhere: each server hears of them from the database and
  // refreshes itself through its own revalidation endpoint (Next's cache and the micro-cache).
  const pageChanges = isPostgresUrl(env.DATABASE_URL)
    ? listenForPageChanges(env.DATABASE_URL, () => {
        const secret = resolveRevalidateSecret(env.REVALIDATE_SECRET, localStatePath());
        void notifyRevalidation({ url: `${origin}/api/revalidate`, secret }).then((outcome) => {
          if (outcome.kind !== 'revalidated') console.error('pages not refreshed after an ingestion:', outcome);
        });
      })
    : null;
  await pageChanges?.ready;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      unregister();
      await pageChanges?.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await stopped;
      clearTimeout(timer);
      await app.close();
    })();
    return closing;
  };
  return { server, origin, close };
}

/** Starts from the command line and stops on SIGTERM/SIGINT after the requests in flight. */
export async function main(args: readonly string[]): Promise<void> {
  const options = parseServerOptions(args, env.PORT);
  const running = await startProductionServer(options);
  console.log(`Bauyrlas serving on ${running.origin} (micro-cache ${MICRO_CACHE_TTL_MS / 1000} s)`);
  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal}: closing`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Error while closing:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
