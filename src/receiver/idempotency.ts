/**
 * Retries happen (Sendbird sends up to three times, GAIFE four): a delivery key per contract and a
 * seen-store let a receiver handle each delivery once and answer a retry with the first reply.
 */
import { hash } from 'node:crypto';
import type { Contract } from '../spec/model.js';
import { getAt, parsePointer } from '../spec/pointer.js';

/** Where a receiver remembers deliveries; in memory by default, pluggable (Redis, a database…). */
export interface SeenStore {
  get(key: string): Promise<StoredReply | undefined> | StoredReply | undefined;
  set(key: string, reply: StoredReply): Promise<void> | void;
}

export interface StoredReply {
  status: number;
  body: string;
  contentType: string;
}

/** An in-memory LRU of the last `max` deliveries (default 10 000), each kept for `ttlMs` (default 1 h). */
export class MemorySeenStore implements SeenStore {
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { reply: StoredReply; at: number }>();
  constructor(options: { max?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#max = options.max ?? 10_000;
    this.#ttlMs = options.ttlMs ?? 3_600_000;
    this.#now = options.now ?? Date.now;
  }
  get(key: string): StoredReply | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.at > this.#ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    // Refresh recency.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.reply;
  }
  set(key: string, reply: StoredReply): void {
    this.#entries.delete(key);
    this.#entries.set(key, { reply, at: this.#now() });
    while (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/**
 * The delivery key of a request: the event name plus the values the contract's `idempotencyKey` names
 * (`/data/id`, `query:CallbackCommand`), or a hash of the raw body when the contract names none or none is present.
 */
export function deliveryKey(contract: Contract, event: string, payload: unknown, query: URLSearchParams, rawBody: Uint8Array): string {
  return compileDeliveryKey(contract)(event, payload, { url: { searchParams: query }, rawBody });
}

/** The delivery key of a request to one contract; `request.url` is read only when a key reference names the query. */
export type DeliveryKey = (event: string, payload: unknown, request: { readonly url: { readonly searchParams: URLSearchParams }; readonly rawBody: Uint8Array }) => string;

/** `deliveryKey` for one contract, its key references parsed once (a receiver builds it at creation). */
export function compileDeliveryKey(contract: Contract): DeliveryKey {
  const refs = (contract.idempotencyKey ?? []).map((ref) =>
    ref.startsWith('query:') ? { ref, param: ref.slice('query:'.length), tokens: undefined } : { ref, param: undefined, tokens: tokensOf(ref) },
  );
  const prefix = `${contract.id}:`;
  return (event, payload, request) => {
    let parts = '';
    for (const { ref, param, tokens } of refs) {
      const value = param !== undefined ? request.url.searchParams.get(param) : getAt(payload, tokens ?? ref);
      if (value !== undefined && value !== null) parts += `${parts ? '&' : ''}${ref}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    }
    if (!parts) parts = `sha256=${hash('sha256', request.rawBody, 'hex')}`;
    return `${prefix}${event}:${parts}`;
  };
}

/** A reference's tokens, or undefined for a malformed one, which then fails per request as `getAt` reports it. */
function tokensOf(pointer: string): string[] | undefined {
  try {
    return parsePointer(pointer);
  } catch {
    return undefined;
  }
}
