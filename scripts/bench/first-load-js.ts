import { gzipSync } from 'node:zlib';
import { firstLoadScriptSources } from './script-sources';

/**
 * First-load JavaScript per route: the `<script src>` chunks of the route's HTML, each fetched
 * from the server and gzipped here (zlib's default level), summed per route.
 */

export interface RouteJavaScript {
  route: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  htmlBytes: number;
  htmlGzipBytes: number;
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function measureFirstLoadJs(origin: string, routes: readonly string[]): Promise<RouteJavaScript[]> {
  const chunks = new Map<string, { raw: number; gzip: number }>();
  const results: RouteJavaScript[] = [];
  for (const route of routes) {
    const html = await fetchBytes(`${origin}${route}`);
    const sources = firstLoadScriptSources(html.toString('utf8'));
    let [rawBytes, gzipBytes] = [0, 0];
    for (const source of sources) {
      let chunk = chunks.get(source);
      if (!chunk) {
        const body = await fetchBytes(`${origin}${source}`);
        chunk = { raw: body.length, gzip: gzipSync(body).length };
        chunks.set(source, chunk);
      }
      rawBytes += chunk.raw;
      gzipBytes += chunk.gzip;
    }
    results.push({ route, scripts: sources.length, rawBytes, gzipBytes, htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length });
  }
  return results;
}
