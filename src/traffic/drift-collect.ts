/**
 * What drift collects per run: deliveries parsed once for every check, and findings counted by key with their
 * first sighting and a few examples.
 */
import type { KeyedRequest } from '../receiver/idempotency.js';
import type { DriftFinding, Seen } from './drift-findings.js';
import { KIND_ORDER } from './drift-findings.js';
import { bodyBytes, type Recording } from './recording.js';

/** At most this many example values are kept per finding. */
export const MAX_EXAMPLES = 3;

/** One parsed delivery, as every check reads it. */
export interface Delivery {
  recording: Recording;
  seen: Seen;
  url: URL;
  headers: Map<string, string>;
  /** Case-insensitive reads of `headers`, as the event-name reader, signature check and delivery key take them. */
  header: { get(name: string): string | null };
  /** The exact body bytes (made on first read: only a body-hash key or a signature check needs them). */
  readonly raw: Buffer;
  /** The parsed body; undefined when it did not parse. */
  payload: unknown;
  parseError?: string;
}

/** Accumulates findings by key, counting and keeping the first sighting and a few examples. */
export class Findings {
  private readonly byKey = new Map<string, DriftFinding>();

  /**
   * The finding under `key`, made by `make` on first sight; its count goes up by one unless `again` (the same
   * delivery showing it once more, in another array element: counts are of deliveries).
   */
  note<F extends DriftFinding>(key: string, seen: Seen, make: (seen: Seen) => F, again = false): F {
    let finding = this.byKey.get(key) as F | undefined;
    if (!finding) {
      finding = make(seen);
      this.byKey.set(key, finding);
    } else if (!again) finding.count++;
    return finding;
  }

  add(finding: DriftFinding): void {
    this.byKey.set(`${finding.kind}\u0000${this.byKey.size}`, finding);
  }

  sorted(): DriftFinding[] {
    const rank = (f: DriftFinding) => KIND_ORDER.indexOf(f.kind);
    return [...this.byKey.values()].sort(
      (a, b) => rank(a) - rank(b) || b.count - a.count || labelOf(a).localeCompare(labelOf(b)),
    );
  }
}

/** The name a finding is sorted by within its kind and count. */
function labelOf(f: DriftFinding): string {
  switch (f.kind) {
    case 'unknown-event':
      return f.event;
    case 'undocumented-header':
    case 'undocumented-query-parameter':
      return `${f.name}\u0000${f.event ?? ''}`;
    case 'unnamed-event':
      return f.where;
    case 'unparsable-body':
      return f.message;
    case 'signature-failure':
      return f.problem;
    case 'retry':
      return f.key;
    default:
      return `${f.event}\u0000${f.pointer}`;
  }
}

/** Keep `value` among the first MAX_EXAMPLES distinct examples. */
export function keepExample<T>(examples: T[], value: T): void {
  if (examples.length >= MAX_EXAMPLES) return;
  const text = JSON.stringify(value);
  if (!examples.some((e) => JSON.stringify(e) === text)) examples.push(value);
}

export function countValue<T>(list: { value: T; count: number }[], value: T): void {
  const text = JSON.stringify(value);
  const known = list.find((v) => JSON.stringify(v.value) === text);
  if (known) known.count++;
  else list.push({ value, count: 1 });
}

/** Parse one recording into what the checks read; a body that is not JSON keeps its parse error. */
export function toDelivery(recording: Recording, file: string | undefined): Delivery {
  const body = recording.request.body;
  const seen: Seen = { id: recording.id, receivedAt: recording.receivedAt, ...(file ? { file } : {}) };
  const url = new URL(recording.request.url, 'http://recording.invalid');
  const headers = new Map<string, string>();
  for (const [name, value] of recording.request.headers) {
    const lower = name.toLowerCase();
    headers.set(lower, headers.has(lower) ? `${headers.get(lower)}, ${value}` : value);
  }
  let raw: Buffer | undefined;
  const delivery: Delivery = {
    recording,
    seen,
    url,
    headers,
    header: headerReader(headers),
    get raw() {
      raw ??= bodyBytes(body);
      return raw;
    },
    payload: undefined,
  };
  try {
    // A text body is its own UTF-8 decoding: parse it as it is, without a round trip through bytes.
    delivery.payload = JSON.parse('text' in body ? body.text : delivery.raw.toString('utf8'));
  } catch (error) {
    delivery.parseError = `not JSON: ${(error as Error).message}`;
  }
  return delivery;
}

/** What the delivery key reads of a delivery; the body bytes only when the key falls back to their hash. */
export function keyed(d: Delivery): KeyedRequest {
  return {
    url: d.url,
    headers: d.header,
    get rawBody() {
      return d.raw;
    },
  };
}

function headerReader(headers: Map<string, string>): { get(name: string): string | null } {
  return { get: (name) => headers.get(name.toLowerCase()) ?? null };
}
