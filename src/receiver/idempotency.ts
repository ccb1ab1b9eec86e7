/**
 * Retries happen (Sendbird sends up to three times, GAIFE four): a delivery key per contract and a
 * seen-store let a receiver handle each delivery once and answer a retry with the first reply.
 *
 * Stores see only a fixed-size digest of the delivery key (`seenKey`: 43 characters, base64url SHA-256), never the
 * key itself: a key is built from what the sender sent (a 500 KB id makes a 500 KB key), and a store bounded by
 * count must also be bounded in bytes.
 */
import { hash } from 'node:crypto';
import type { Contract } from '../model/model.js';
import { getAt, parsePointer } from '../model/pointer.js';
import { wholeNumber } from './options.js';
import { schemeModule } from '../signing/registry.js';

/** What `SeenStore.claim` found: the key is now the caller's, another caller holds it, or it was answered already. */
export type ClaimResult = { state: 'claimed' } | { state: 'busy' } | { state: 'done'; reply: StoredReply };

/**
 * Where a receiver remembers deliveries; in memory by default, pluggable (Redis, a database…). Keys are
 * `seenKey` digests (43 characters of base64url), whatever the sender put in the delivery.
 *
 * `claim` and `release` (optional, both or neither) make concurrent copies of one delivery run the handler once
 * across processes: `claim(key, ttlMs)` must atomically record "in progress" when the key holds nothing (e.g.
 * Redis `SET key claim NX PX ttlMs`) and say `claimed`, or say `busy` for a claim in progress, or `done` with the
 * stored reply. `set` replaces the claim with the reply; `release` removes a claim (not a reply) after a failed
 * handler, so the platform's retry runs it again. A claim must expire after `ttlMs` by itself: a process that
 * dies holding one must not block the delivery forever. Without `claim`, copies arriving at one receiver still
 * wait for the first (in process); copies at different processes may each run the handler.
 */
export interface SeenStore {
  get(key: string): Promise<StoredReply | undefined> | StoredReply | undefined;
  set(key: string, reply: StoredReply): Promise<void> | void;
  claim?(key: string, ttlMs: number): Promise<ClaimResult> | ClaimResult;
  release?(key: string): Promise<void> | void;
}

export interface StoredReply {
  status: number;
  body: string;
  contentType: string;
}

type Entry = { reply: StoredReply; at: number } | { reply: undefined; at: number; until: number };

/**
 * An in-memory LRU of the last `max` deliveries and claims (default 10 000), each reply kept for `ttlMs` (default 1 h).
 * Keys are digests and replies are the receiver's own (bounded) answers, so its size in bytes is bounded too.
 *
 * @example
 * const receiver = createReceiver(protocol, { secret, idempotency: new MemorySeenStore({ max: 50_000, ttlMs: 86_400_000 }) });
 */
export class MemorySeenStore implements SeenStore {
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  constructor(options: { max?: number; ttlMs?: number; now?: () => number } = {}) {
    // A NaN max would bound nothing (size > NaN is never true): checked like the receiver's options.
    this.#max = wholeNumber('new MemorySeenStore: `max`', options.max ?? 10_000, 1, Number.MAX_SAFE_INTEGER, 'entries');
    this.#ttlMs = wholeNumber(
      'new MemorySeenStore: `ttlMs`',
      options.ttlMs ?? 3_600_000,
      1,
      Number.MAX_SAFE_INTEGER,
      'ms',
    );
    this.#now = options.now ?? Date.now;
  }
  get(key: string): StoredReply | undefined {
    return this.#live(key)?.reply;
  }
  set(key: string, reply: StoredReply): void {
    this.#put(key, { reply, at: this.#now() });
  }
  claim(key: string, ttlMs: number): ClaimResult {
    const entry = this.#live(key);
    if (entry?.reply) return { state: 'done', reply: entry.reply };
    if (entry) return { state: 'busy' };
    const at = this.#now();
    this.#put(key, { reply: undefined, at, until: at + ttlMs });
    return { state: 'claimed' };
  }
  release(key: string): void {
    const entry = this.#entries.get(key);
    if (entry && !entry.reply) this.#entries.delete(key);
  }
  /** Replies and claims held. */
  get size(): number {
    return this.#entries.size;
  }
  /** The keys held, oldest first (digests: what the store really keeps). */
  keys(): string[] {
    return [...this.#entries.keys()];
  }
  /** The entry under `key` unless it expired (then dropped), refreshed as most recently used. */
  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const now = this.#now();
    if (entry.reply ? now - entry.at > this.#ttlMs : now >= entry.until) {
      this.#entries.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }
  #put(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}

/**
 * The fixed-size form of a delivery key that stores receive: base64url SHA-256, 43 characters.
 *
 * @example
 * seenKey('protocol:message.created:/id=m4QxT8nVb2Lz7RcW'); // 43 characters
 */
export function seenKey(deliveryKey: string): string {
  return hash('sha256', deliveryKey, 'base64url');
}

/** What a delivery key may read of a request. */
export interface KeyedRequest {
  readonly url: { readonly searchParams: URLSearchParams };
  readonly rawBody: Uint8Array;
  readonly headers?: { get(name: string): string | null };
}

/**
 * The delivery key of a request (readable; stores get its `seenKey`): the event name plus the values the
 * contract's `idempotencyKey` names (`/data/id`, `query:CallbackCommand`, `header:webhook-id`), or a hash of the raw
 * body when the contract names none or none is present. Standard Webhooks contracts that name none use
 * `header:webhook-id`, the scheme's own idempotency key (signed, so a sender cannot forge it).
 *
 * @example
 * deliveryKey(protocol.contract, 'message.created', payload, new URLSearchParams(), rawBody); // 'protocol:message.created:/id=m4Qx…'
 */
export function deliveryKey(
  contract: Contract,
  event: string,
  payload: unknown,
  query: URLSearchParams,
  rawBody: Uint8Array,
  headers?: { get(name: string): string | null },
): string {
  return compileDeliveryKey(contract)(event, payload, {
    url: { searchParams: query },
    rawBody,
    ...(headers ? { headers } : {}),
  });
}

/** The delivery key of a request to one contract; `request.url` is read only when a key reference names the query. */
export type DeliveryKey = (event: string, payload: unknown, request: KeyedRequest) => string;

type KeyRef =
  | { ref: string; from: 'query'; name: string }
  | { ref: string; from: 'header'; name: string }
  | { ref: string; from: 'body'; tokens: string[] | undefined };

/** The contract's key references, or its signature scheme's hint (Standard Webhooks' `webhook-id`) where it names none. */
function keyRefs(contract: Contract): readonly string[] {
  if (contract.idempotencyKey?.length) return contract.idempotencyKey;
  return schemeModule(contract.signature).deliveryKeyHint();
}

/**
 * `deliveryKey` for one contract, its key references parsed once (a receiver builds it at creation).
 *
 * @example
 * const key = compileDeliveryKey(contract);
 * key('message.created', payload, request); // 'protocol:message.created:/id=m4Qx…'
 */
export function compileDeliveryKey(contract: Contract): DeliveryKey {
  const refs: KeyRef[] = keyRefs(contract).map((ref) =>
    ref.startsWith('query:')
      ? { ref, from: 'query', name: ref.slice('query:'.length) }
      : ref.startsWith('header:')
        ? { ref, from: 'header', name: ref.slice('header:'.length).toLowerCase() }
        : { ref, from: 'body', tokens: tokensOf(ref) },
  );
  const prefix = `${contract.id}:`;
  return (event, payload, request) => {
    let parts = '';
    for (const r of refs) {
      const value =
        r.from === 'query'
          ? request.url.searchParams.get(r.name)
          : r.from === 'header'
            ? (request.headers?.get(r.name) ?? null)
            : getAt(payload, r.tokens ?? r.ref);
      if (value !== undefined && value !== null)
        parts += `${parts ? '&' : ''}${r.ref}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
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
