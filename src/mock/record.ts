/**
 * The mock's delivery record, bounded in entries and in bytes: oldest first out. A refused delivery keeps a
 * digest and a prefix of its body, not the body: anyone can post megabytes of garbage to a mock, and 600
 * refused 1 MB bodies once made `GET /__chathooks/deliveries` throw `RangeError: Invalid string length`.
 */
import { hash } from 'node:crypto';
import type { RecordedDelivery } from './core.js';

/** How many bytes of a refused body the record keeps (the rest is known by its length and SHA-256). */
export const REFUSED_BODY_PREFIX_BYTES = 4096;
/** What one entry costs beyond its body, headers, path and query (its other fields and object overhead). */
const ENTRY_OVERHEAD_BYTES = 256;

export interface RecordLimits {
  /** Entries kept at most. */
  maxEntries: number;
  /** Bytes kept at most, counted as body bytes plus header, path and query characters plus a fixed overhead. */
  maxBytes: number;
}

/** The body fields of an entry whose body is kept as a prefix and a digest. */
export type BodyDigest = Required<Pick<RecordedDelivery, 'body' | 'bodyBytes' | 'bodySha256' | 'bodyTruncated'>>;

/**
 * A body as the record keeps it when it is not kept whole: at most `max` bytes of it (cut at a character
 * boundary), its length and its SHA-256.
 *
 * @example
 * digestBody(Buffer.from('{"a":1}')); // { body: '{"a":1}', bodyBytes: 7, bodySha256: '…', bodyTruncated: false }
 */
export function digestBody(bytes: Buffer, max = REFUSED_BODY_PREFIX_BYTES): BodyDigest {
  let end = Math.min(bytes.length, max);
  // Back off to the start of a UTF-8 character, so the prefix does not end in half of one.
  if (end < bytes.length) while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return {
    body: bytes.toString('utf8', 0, end),
    bodyBytes: bytes.length,
    bodySha256: hash('sha256', bytes, 'hex'),
    bodyTruncated: end < bytes.length,
  };
}

/**
 * What an entry costs the record: its body bytes, event name, problem, headers, path and query, and a fixed overhead.
 *
 * @example
 * record.add(entry, entryBytes(entry, Buffer.byteLength(entry.body)));
 */
export function entryBytes(entry: RecordedDelivery, bodyBytes: number): number {
  let size =
    ENTRY_OVERHEAD_BYTES + bodyBytes + entry.path.length + (entry.event?.length ?? 0) + (entry.problem?.length ?? 0);
  for (const key in entry.headers) size += key.length + entry.headers[key]!.length;
  for (const key in entry.query) size += key.length + entry.query[key]!.length;
  // A batch's event names: bounded by its body (each name is in it), counted all the same.
  for (const name of entry.events ?? []) size += 8 + (name?.length ?? 0);
  return size;
}

/** Which entries `list` returns. */
export interface RecordFilter {
  contract?: string | undefined;
  event?: string | undefined;
  /** Only entries with a larger `seq` (for paging: the last `seq` seen). */
  after?: number | undefined;
  /** At most this many entries. */
  limit?: number | undefined;
}

/**
 * A queue of entries in `seq` order, evicting the oldest past either bound.
 *
 * @example
 * const record = new DeliveryRecord({ maxEntries: 10_000, maxBytes: 32 * 1024 * 1024 });
 * record.add(entry, entryBytes(entry, bodyBytes));
 * record.list({ contract: 'gaife', after: 120, limit: 50 });
 */
export class DeliveryRecord {
  readonly #limits: RecordLimits;
  /** Entries from `#start` on are live; the slots before it are freed and compacted away now and then. */
  #entries: (RecordedDelivery | undefined)[] = [];
  #sizes: number[] = [];
  #start = 0;
  #bytes = 0;

  constructor(limits: RecordLimits) {
    this.#limits = limits;
  }

  /** Bytes held now (as `entryBytes` counts them). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.length - this.#start;
  }

  /** Add an entry costing `bytes`, then evict the oldest until both bounds hold. */
  add(entry: RecordedDelivery, bytes: number): void {
    if (this.#limits.maxEntries <= 0 || bytes > this.#limits.maxBytes) return;
    this.#entries.push(entry);
    this.#sizes.push(bytes);
    this.#bytes += bytes;
    while (this.size > this.#limits.maxEntries || this.#bytes > this.#limits.maxBytes) this.#evict();
  }

  #evict(): void {
    this.#bytes -= this.#sizes[this.#start]!;
    this.#entries[this.#start] = undefined;
    this.#start++;
    // Compact once the freed prefix is as long as the live part: each entry is moved O(1) times on average.
    if (this.#start >= 1024 && this.#start * 2 >= this.#entries.length) {
      this.#entries = this.#entries.slice(this.#start);
      this.#sizes = this.#sizes.slice(this.#start);
      this.#start = 0;
    }
  }

  /** Entries matching the filter, oldest first (copies). */
  list(filter: RecordFilter = {}): RecordedDelivery[] {
    const after = Number.isInteger(filter.after) ? filter.after! : undefined;
    const limit = Number.isInteger(filter.limit) && filter.limit! >= 0 ? filter.limit! : Number.POSITIVE_INFINITY;
    const out: RecordedDelivery[] = [];
    for (
      let i = after === undefined ? this.#start : this.#firstAfter(after);
      i < this.#entries.length && out.length < limit;
      i++
    ) {
      const d = this.#entries[i]!;
      // A batch matches any event it carried.
      const event = !filter.event || d.event === filter.event || d.events?.includes(filter.event) === true;
      if ((!filter.contract || d.contract === filter.contract) && event) out.push({ ...d });
    }
    return out;
  }

  /** The index of the first live entry with `seq > after` (entries are in `seq` order). */
  #firstAfter(after: number): number {
    let lo = this.#start;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#entries[mid]!.seq <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  clear(): void {
    this.#entries = [];
    this.#sizes = [];
    this.#start = 0;
    this.#bytes = 0;
  }
}
