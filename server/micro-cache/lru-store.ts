import type { StoredHeaders } from './stored-headers';
import { headerBytes } from './stored-headers';

export interface StoredResponse {
  status: number;
  headers: StoredHeaders;
  body: Buffer;
}

interface Entry {
  response: StoredResponse;
  expiresAt: number;
  bytes: number;
}

export interface LruStoreOptions {
  maxBytes: number;
  ttlMs: number;
  /** Milliseconds clock; tests pass their own. */
  now?: () => number;
}

/**
 * Responses by key for a short time, bounded by their total bytes: the least recently used go
 * first. `generation` grows on every clear, so a response that was being produced while the cache
 * was cleared can tell it is too old to store.
 */
export class LruStore {
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #bytes = 0;
  #generation = 0;

  constructor({ maxBytes, ttlMs, now = Date.now }: LruStoreOptions) {
    this.#maxBytes = maxBytes;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get generation(): number {
    return this.#generation;
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#remove(key, entry);
      return undefined;
    }
    // Re-inserting moves the entry to the most recently used end of the Map's order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.response;
  }

  /** Stores a response unless it alone would take more than an eighth of the bound. */
  set(key: string, response: StoredResponse): boolean {
    const bytes = response.body.length + headerBytes(response.headers) + key.length;
    if (bytes > this.#maxBytes / 8) return false;
    const previous = this.#entries.get(key);
    if (previous) this.#remove(key, previous);
    this.#entries.set(key, { response, expiresAt: this.#now() + this.#ttlMs, bytes });
    this.#bytes += bytes;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#remove(oldestKey, oldest);
    }
    return true;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation += 1;
  }

  #remove(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
