import autocannon from 'autocannon';
import { summarizeLatencies, type LatencySummary } from './stats';

/**
 * Load on one URL with autocannon (keep-alive connections, one request in flight on each), and
 * a page measured against a static file of the same size, alternating between the two so that a
 * busy moment of the machine falls on both alike.
 */

export interface LoadOptions {
  connections: number;
  /** Seconds of measured load per URL, split into `slices` alternating runs. */
  seconds: number;
  slices: number;
  /** Seconds of unmeasured load on each URL first. */
  warmUpSeconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

export interface Slice {
  latencies: number[];
  bytes: number;
  seconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function loadSlice(url: string, connections: number, seconds: number): Promise<Slice> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let bytes = 0;
    const instance = autocannon({ url, connections, pipelining: 1, duration: seconds, timeout: 10 }, (error, result) => {
      if (error) reject(error);
      else resolve({ latencies, bytes, seconds: result.duration, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts });
    });
    instance.on('response', (_client, _status, responseBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += responseBytes;
    });
  });
}

/**
 * Load spread over several servers of one site at once (one autocannon per URL, the connections
 * shared out between them), measured as one: requests of all, over the common duration.
 */
export async function loadAcross(urls: readonly string[], connections: number, seconds: number): Promise<LoadResult> {
  const share = Math.max(1, Math.floor(connections / urls.length));
  const slices = await Promise.all(urls.map((url) => loadSlice(url, share, seconds)));
  const merged = mergeSlices(slices);
  const wall = Math.max(...slices.map((slice) => slice.seconds));
  return { ...merged, seconds: wall, requestsPerSecond: wall > 0 ? merged.requests / wall : 0 };
}

export function mergeSlices(slices: readonly Slice[]): LoadResult {
  const latencies = slices.flatMap((slice) => slice.latencies);
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const bytes = slices.reduce((sum, slice) => sum + slice.bytes, 0);
  const total = (key: 'non2xx' | 'errors' | 'timeouts') => slices.reduce((sum, slice) => sum + slice[key], 0);
  return {
    requests: latencies.length,
    seconds,
    requestsPerSecond: seconds > 0 ? latencies.length / seconds : 0,
    latency: summarizeLatencies(latencies),
    non2xx: total('non2xx'),
    errors: total('errors'),
    timeouts: total('timeouts'),
    bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : 0,
  };
}

/** Which URL goes first in each slice: A B, B A, A B, … (balanced over every two slices). */
export function sliceOrder(slices: number): ('page' | 'static')[][] {
  return Array.from({ length: slices }, (_, index) => (index % 2 === 0 ? ['page', 'static'] : ['static', 'page']));
}

export async function comparePageToStatic(pageUrl: string, staticUrl: string, options: LoadOptions): Promise<{ page: LoadResult; static: LoadResult }> {
  if (options.warmUpSeconds > 0) {
    await loadSlice(pageUrl, options.connections, options.warmUpSeconds);
    await loadSlice(staticUrl, options.connections, options.warmUpSeconds);
  }
  const sliceSeconds = Math.max(1, Math.round(options.seconds / options.slices));
  const measured = { page: [] as Slice[], static: [] as Slice[] };
  for (const order of sliceOrder(options.slices)) {
    for (const which of order) {
      measured[which].push(await loadSlice(which === 'page' ? pageUrl : staticUrl, options.connections, sliceSeconds));
    }
  }
  return { page: mergeSlices(measured.page), static: mergeSlices(measured.static) };
}
