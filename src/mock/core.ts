/**
 * What a mock consumer does with a delivery, whatever serves it (node:http, MSW): verify it with the
 * receiver core, pick the scenario step (per request header, per event, global), decide the answer from
 * the spec's reply examples, and record it. Backends only carry out the decision.
 */
import { OptionError } from '../model/errors.js';
import { hash } from 'node:crypto';
import { assertNever } from '../model/assert-never.js';
import type { Checked, ReceiverCore } from '../receiver/core.js';
import { createCore } from '../receiver/create-core.js';
import { compileDeliveryKey, type DeliveryKey } from '../receiver/idempotency.js';
import { batchItems, itemEventName } from '../model/batch.js';
import { eventNameReader, type EventNameReader } from '../model/event-name.js';
import { toRuntime, type RuntimeContract } from '../model/runtime.js';
import type { HeaderReader, WebhookRequest, WebhookResponse } from '../receiver/types.js';
import type { Contract, EventContract } from '../model/model.js';
import { Clock } from './clock.js';
import { DeliveryRecord, digestBody, entryBytes, type RecordFilter } from './record.js';
import {
  formatStep,
  parseScenarioHeader,
  parseSequence,
  SCENARIO_HEADER,
  stepAt,
  type Sequence,
  type Step,
  type Unanswered,
} from './scenario.js';
import { defaultMockSecret } from './secret.js';

export { SCENARIO_HEADER } from './scenario.js';
export { DEFAULT_MOCK_SECRET, defaultMockSecret } from './secret.js';

/** The longest event name a refused delivery's record keeps (longer ones are cut, with an ellipsis). */
const MAX_REFUSED_EVENT_NAME = 256;
/** `maxRecorded` when none is given. */
export const DEFAULT_MAX_RECORDED = 10_000;
/** `maxRecordedBytes` when none is given: 32 MiB, so the record always serialises (V8 strings stop near 512 MiB). */
export const DEFAULT_MAX_RECORDED_BYTES = 32 * 1024 * 1024;
/**
 * Scenario sequences remembered at once, least recently advanced forgotten first: per-request ones (by scenario and
 * delivery) and per event name (an open event set names events freely).
 */
export const MAX_REQUEST_SEQUENCES = 10_000;

export interface MockOptions {
  /** Global scenario (default `ok`). */
  scenario?: string;
  /** Scenario per event name (any contract), or per `<id>:<event>`. */
  events?: Record<string, string>;
  /**
   * Secrets by contract id, or one for all (default per scheme, `defaultMockSecret`: `chathooks-mock-secret`, and
   * a `whsec_` secret for Standard Webhooks).
   */
  secret?: string | Record<string, string>;
  /** Tencent `SdkAppid` and the like, by contract id; unchecked when absent. */
  appIds?: Record<string, string>;
  /**
   * The clock (ms since epoch, default `Date.now`), as the receiver's `now`: one clock for signature timestamp
   * windows and for the record's `at`, `answeredAt` and `abandonedAt`.
   */
  now?: () => number;
  maxBodyBytes?: number;
  /** How many deliveries the record keeps, oldest dropped first (default 10 000), so a long run stays bounded. */
  maxRecorded?: number;
  /**
   * How many bytes the record keeps (bodies, headers, paths and queries; default 32 MiB), oldest dropped first.
   * Refused deliveries keep only a 4 KiB prefix of their body with its length and SHA-256.
   */
  maxRecordedBytes?: number;
}

export interface RecordedDelivery {
  seq: number;
  at: string;
  contract: string;
  /** The event name (a batch: its first event's; null for an empty batch or a request naming none). */
  event: string | null;
  /** Batch contracts: every event name the batch carried, in order (null where an item names none); `[]` for the endpoint check. */
  events?: (string | null)[];
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /**
   * The body as text; for a refused delivery (and a body larger than the whole record) only its first 4 KiB, with
   * `bodyBytes`, `bodySha256` and `bodyTruncated` set.
   */
  body: string;
  /** The body's length in bytes (refused deliveries). */
  bodyBytes?: number;
  /** The SHA-256 of the whole body, hex (refused deliveries). */
  bodySha256?: string;
  /** Whether `body` is only a prefix (refused deliveries). */
  bodyTruncated?: boolean;
  /** Whether signature, framing and payload passed. */
  valid: boolean;
  /** Why not, when not: `signature: …`, `invalid-payload: …`. */
  problem?: string;
  /** The step the mock answered with (valid deliveries), as scenario text. */
  scenario?: string;
  /** The same step, parsed: what judges of the record switch on (never on `scenario`'s text). */
  step?: Step;
  /** The status answered, or `timeout` / `reset`. */
  answer: number | Unanswered;
  /** When the answer was sent or the connection dropped (the native server and MSW; Prism records nothing). */
  answeredAt?: string;
  /**
   * When the client closed the connection before any answer: it gave up waiting (its timeout). MSW knows it for
   * fetch-based senders (their AbortSignal reaches the handler), not for node:http ones.
   */
  abandonedAt?: string;
}

/** What every record says about a request, whatever the answer. */
type Received = Pick<
  RecordedDelivery,
  'contract' | 'method' | 'path' | 'query' | 'headers' | 'body' | 'event' | 'events'
> & {
  receivedAt: number | undefined;
  bytes: Buffer;
};

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A scenario step as the mock plays it: the step itself, with the reply it answers with (none for the steps that
 * never answer). Backends switch on `kind`, the step's own, with an `assertNever` default: a new step kind does not
 * compile until the native server and MSW carry it out.
 */
export type Play = (Exclude<Step, { kind: Unanswered }> & { reply: Reply }) | Extract<Step, { kind: Unanswered }>;

/** What a backend does with a delivery: answer a refusal (a protocol problem, a bad scenario header) at once, or play a step. */
export type Action = { kind: 'refuse'; reply: Reply } | Play;

export interface MockRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  rawBody: Uint8Array;
  /** When the request arrived (ms since epoch; default: when it is decided), so retry spacing is measured from arrival. */
  receivedAt?: number;
}

const jsonText = (status: number, body: string): Reply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body,
});
const jsonReply = (status: number, body: unknown): Reply => jsonText(status, JSON.stringify(body));

function steps(text: string, where: string): Sequence {
  try {
    return parseSequence(text);
  } catch (error) {
    throw new OptionError(`${where}: ${(error as Error).message}`);
  }
}

/** A record bound from the options: a non-negative integer, or an OptionError naming the option. */
function bound(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new OptionError(`mock: ${name} must be a non-negative integer, got ${String(value)}.`);
  return value;
}

/** What the record says a play answered: the status, or the kind of a step that never answers. */
function answerOf(play: Play): RecordedDelivery['answer'] {
  return play.kind === 'timeout' || play.kind === 'reset' ? play.kind : play.reply.status;
}

/**
 * A request from the native server, whose URL is parsed only if something reads it: the server already split
 * the path (to route) and the query off the request target.
 */
export class ServerMockRequest implements MockRequest {
  #url: URL | undefined;
  constructor(
    readonly method: string,
    readonly pathname: string,
    readonly search: string,
    readonly headers: Record<string, string>,
    readonly rawBody: Uint8Array,
    readonly receivedAt: number,
  ) {}
  get url(): URL {
    return (this.#url ??= new URL(`${this.pathname}${this.search}`, 'http://mock.local'));
  }
}

/** The receiver core's view of a mock request: headers read case-insensitively, the URL passed through lazily. */
class CheckedRequest implements WebhookRequest {
  readonly method: string;
  readonly headers: HeaderReader;
  constructor(
    readonly request: MockRequest,
    readonly rawBody: Uint8Array,
  ) {
    this.method = request.method;
    this.headers = new RecordHeaders(request.headers);
  }
  get url(): URL {
    return this.request.url;
  }
}

class RecordHeaders implements HeaderReader {
  constructor(readonly record: Record<string, string>) {}
  get(name: string): string | null {
    return this.record[name.toLowerCase()] ?? null;
  }
}

interface Mounted {
  generated: RuntimeContract;
  core: ReceiverCore;
  /** Requests so far per event name, for global and per-event scenario sequences. */
  counters: Map<string | null, number>;
  /** The contract's delivery key (its idempotency fields, or a body hash), for per-request sequences. */
  key: DeliveryKey;
  /** The contract's event-name reader, for requests the receiver core refused (a checked one has its name). */
  eventName: EventNameReader;
}

export class MockCore {
  readonly contracts = new Map<string, { generated: RuntimeContract }>();
  /** The one clock of this mock: the receiver cores' `now`, the record's times. */
  readonly clock: Clock;
  readonly #mounted = new Map<string, Mounted>();
  readonly #global: Sequence;
  readonly #perEvent: Map<string, Sequence>;
  readonly #log: DeliveryRecord;
  readonly #maxRecordedBytes: number;
  /**
   * Requests so far per header scenario and delivery (a SHA-256 of both): a per-request scenario counts from its
   * own first request, and a retry of one delivery walks its sequence. Least recently advanced first out.
   */
  readonly #requestCounters = new Map<string, number>();
  /** Reply example bodies, serialised once each. */
  readonly #bodies = new WeakMap<object, string>();
  #seq = 0;

  constructor(sources: readonly (Contract | RuntimeContract)[], options: MockOptions = {}) {
    this.clock = new Clock(options.now);
    this.#maxRecordedBytes = bound('maxRecordedBytes', options.maxRecordedBytes, DEFAULT_MAX_RECORDED_BYTES);
    this.#log = new DeliveryRecord({
      maxEntries: bound('maxRecorded', options.maxRecorded, DEFAULT_MAX_RECORDED),
      maxBytes: this.#maxRecordedBytes,
    });
    this.#global = steps(options.scenario ?? 'ok', 'mock scenario');
    this.#perEvent = new Map(
      Object.entries(options.events ?? {}).map(([k, v]) => [k, steps(v, `mock events["${k}"]`)]),
    );
    for (const source of sources) {
      const generated = toRuntime(source);
      const { id } = generated.contract;
      if (this.contracts.has(id)) throw new OptionError(`mock: two contracts with the id "${id}".`);
      const secret =
        typeof options.secret === 'string'
          ? options.secret
          : (options.secret?.[id] ?? defaultMockSecret(generated.contract.signature));
      const core = createCore(generated, {
        secret,
        idempotency: false,
        onUnknownEvent: generated.contract.eventSet === 'open' ? 'ignore' : 'reject',
        ...(options.appIds?.[id] !== undefined ? { appId: options.appIds[id] } : {}),
        logger: { warn: () => undefined },
        now: this.clock.now,
      });
      this.contracts.set(id, { generated });
      this.#mounted.set(id, {
        generated,
        core,
        counters: new Map(),
        key: compileDeliveryKey(generated.contract),
        eventName: eventNameReader(generated.contract),
      });
    }
  }

  /** Decide how to answer a delivery to contract `id`, and record it. */
  async decide(id: string, request: MockRequest): Promise<{ entry: RecordedDelivery; action: Action }> {
    const mounted = this.#mounted.get(id);
    if (!mounted) throw new OptionError(`mock: no contract "${id}"`);
    const { contract } = mounted.generated;
    const bytes = Buffer.isBuffer(request.rawBody)
      ? request.rawBody
      : Buffer.from(request.rawBody.buffer, request.rawBody.byteOffset, request.rawBody.byteLength);
    const body = bytes.toString('utf8');
    // Verification is the receiver core's: the mock refuses protocol problems exactly as a real receiver would.
    let checked: Checked | undefined;
    let refusal: WebhookResponse | undefined;
    const checkedRequest = new CheckedRequest(request, bytes);
    try {
      checked = mounted.core.check(checkedRequest, body);
    } catch (error) {
      refusal = mounted.core.refuse(error);
    }
    const lazy = request instanceof ServerMockRequest ? request : undefined;
    const base: Received = {
      receivedAt: request.receivedAt,
      contract: id,
      method: request.method,
      path: lazy ? lazy.pathname : request.url.pathname,
      query: lazy && lazy.search === '' ? {} : Object.fromEntries(request.url.searchParams),
      headers: request.headers,
      body,
      bytes,
      // A checked request has its name; a refused one's body is parsed here only when the name is not outside it.
      event:
        (checked
          ? checked.name
          : (mounted.eventName(checkedRequest, undefined) ??
            mounted.eventName(checkedRequest, parsedOrUndefined(body)))) ?? null,
    };
    const names = !contract.batch
      ? undefined
      : checked?.batch
        ? checked.batch.names
        : refusedBatchNames(contract, body);
    if (names) base.events = names;
    if (refusal) {
      const detail = JSON.parse(refusal.body) as { error: string; message: string };
      const entry = this.#record(
        base,
        false,
        refusal.status,
        'problem',
        `${detail.error}: ${detail.message}`,
        undefined,
      );
      return { entry, action: { kind: 'refuse', reply: refusal } };
    }
    const override = request.headers[SCENARIO_HEADER];
    let step: Step;
    if (override !== undefined) {
      let chosen: Sequence;
      try {
        chosen = parseScenarioHeader(override);
      } catch (error) {
        const entry = this.#record(base, true, 400, 'problem', `scenario: ${(error as Error).message}`, undefined);
        return {
          entry,
          action: { kind: 'refuse', reply: jsonReply(400, { error: 'scenario', message: (error as Error).message }) },
        };
      }
      step = this.#perRequestStep(mounted, chosen, override, base.event, checked!.payload, checkedRequest);
    } else {
      // Global and per-event scenarios count per event, as they always have: `flaky:2` fails an event's first two requests.
      const chosen =
        this.#perEvent.size === 0
          ? this.#global
          : (this.#perEvent.get(`${id}:${base.event}`) ?? this.#perEvent.get(base.event ?? '') ?? this.#global);
      step = stepAt(chosen, advance(mounted.counters, base.event));
    }
    const play = this.#play(checked!.event, contract, step);
    return { entry: this.#record(base, true, answerOf(play), 'scenario', formatStep(step), step), action: play };
  }

  /**
   * The step of a header scenario for this request: counted per scenario text and delivery (the contract's delivery
   * key: its idempotency fields, or a body hash), so retries of one delivery walk the sequence whatever came before,
   * and another delivery starts it afresh.
   */
  #perRequestStep(
    mounted: Mounted,
    chosen: Sequence,
    text: string,
    event: string | null,
    payload: unknown,
    request: CheckedRequest,
  ): Step {
    const only = chosen.runs[0]!;
    if (chosen.runs.length === 1 && only.times === 1) return only.step; // one step: nothing to count
    const delivery = mounted.key(event ?? '', payload, request);
    const key = hash('sha256', `${text}\u0000${delivery}`, 'hex');
    return stepAt(chosen, advance(this.#requestCounters, key));
  }

  /** The mock core's decision for a step: the reply each answering step gets. */
  #play(event: EventContract | undefined, contract: Contract, step: Step): Play {
    switch (step.kind) {
      case 'timeout':
      case 'reset':
        return step;
      case 'malformed':
        return {
          kind: 'malformed',
          reply: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"chathooks": malformed' },
        };
      case 'status':
        return {
          kind: 'status',
          status: step.status,
          reply: jsonReply(step.status, { error: `chathooks mock scenario status:${step.status}` }),
        };
      case 'delay':
        return { kind: 'delay', ms: step.ms, reply: this.#okReply(event, contract, undefined) };
      case 'ok': {
        // Built field by field, no spread: this runs for every delivery.
        const reply = this.#okReply(event, contract, step.example);
        return step.example === undefined ? { kind: 'ok', reply } : { kind: 'ok', example: step.example, reply };
      }
      default:
        return assertNever(step);
    }
  }

  /**
   * Only the event's own reply examples: another event's reply (a before-event's `{"allow":true}`) is a wrong answer.
   * An event without a reply gets the contract's success status and a neutral `{}`.
   */
  #okReply(event: EventContract | undefined, contract: Contract, example: string | undefined): Reply {
    const examples = event?.reply?.examples ?? [];
    const chosen = example ? examples.find((e) => e.name === example) : examples[0];
    if (example && !chosen) {
      const known = examples.length
        ? `known: ${examples.map((e) => e.name).join(', ')}`
        : 'it has no reply examples; use ok';
      return jsonReply(500, {
        error: `chathooks mock: ${event?.name ?? 'this event'} has no reply example "${example}"; ${known}`,
      });
    }
    return jsonText(event?.reply?.status ?? successStatus(contract), chosen ? this.#bodyOf(chosen) : NEUTRAL_REPLY);
  }

  #bodyOf(example: { payload: unknown }): string {
    let body = this.#bodies.get(example);
    if (body === undefined) this.#bodies.set(example, (body = JSON.stringify(example.payload ?? {})));
    return body;
  }

  /** Built field by field in the order deliveries have always listed them: object spreads here cost ~10 µs per delivery under load. */
  #record(
    base: Received,
    valid: boolean,
    answer: RecordedDelivery['answer'],
    note: 'problem' | 'scenario',
    text: string,
    step: Step | undefined,
  ): RecordedDelivery {
    const full: RecordedDelivery = {
      seq: ++this.#seq,
      at: this.clock.iso(base.receivedAt),
      contract: base.contract,
      method: base.method,
      path: base.path,
      query: base.query,
      headers: base.headers,
      body: base.body,
      event: base.event,
      valid,
    } as RecordedDelivery;
    if (base.events) full.events = base.events;
    let bodyBytes = base.bytes.length;
    // A refused body is whatever anyone posted: keep a prefix and a digest. So is a body too large for the record.
    if (note === 'problem' && !valid) {
      bodyBytes = this.#digest(full, base.bytes);
      // Read from an unverified body: a name longer than any platform's is cut, as the body is.
      if (full.event !== null && full.event.length > MAX_REFUSED_EVENT_NAME)
        full.event = `${full.event.slice(0, MAX_REFUSED_EVENT_NAME)}…`;
    } else if (entryBytes(full, bodyBytes) > this.#maxRecordedBytes) bodyBytes = this.#digest(full, base.bytes);
    full[note] = text;
    if (step) full.step = step;
    full.answer = answer;
    this.#log.add(full, entryBytes(full, bodyBytes));
    return full;
  }

  /** Replace an entry's body by its prefix, length and digest; the bytes the entry keeps of it. */
  #digest(full: RecordedDelivery, bytes: Buffer): number {
    const digest = digestBody(bytes);
    full.body = digest.body;
    full.bodyBytes = digest.bodyBytes;
    full.bodySha256 = digest.bodySha256;
    full.bodyTruncated = digest.bodyTruncated;
    return Buffer.byteLength(digest.body);
  }

  /**
   * The deliveries received, oldest first (copies), by contract and event; `after` a `seq` and at most `limit` of
   * them, for paging through a long record.
   *
   * @example
   * const page = core.deliveries({ contract: 'gaife', after: 0, limit: 100 });
   * const next = core.deliveries({ contract: 'gaife', after: page.at(-1)?.seq ?? 0, limit: 100 });
   */
  deliveries(filter: RecordFilter = {}): RecordedDelivery[] {
    return this.#log.list(filter);
  }

  /** Forget deliveries and restart scenario sequences. */
  reset(): void {
    this.#log.clear();
    this.#requestCounters.clear();
    for (const mounted of this.#mounted.values()) mounted.counters.clear();
  }
}

/**
 * Count a request of a sequence: how many came before it. Re-inserted, so the map's order is least recently
 * advanced first, and past MAX_REQUEST_SEQUENCES the oldest sequence is forgotten (it would start afresh).
 */
function advance<K>(counters: Map<K, number>, key: K): number {
  const n = counters.get(key) ?? 0;
  if (n > 0) counters.delete(key);
  counters.set(key, n + 1);
  if (counters.size > MAX_REQUEST_SEQUENCES) counters.delete(counters.keys().next().value!);
  return n;
}

/** The reply body of an event the spec gives no reply: an empty JSON object, which any JSON reader accepts and which claims nothing. */
const NEUTRAL_REPLY = '{}';

/** The status a contract's sender counts as success: the first listed, or 200 for any 2xx. */
function successStatus(contract: Contract): number {
  const { success } = contract.delivery;
  return Array.isArray(success) && success.length > 0 ? success[0]! : 200;
}

/** Event names a refused batch's record keeps: at most this many, each cut as a refused event name is. */
const MAX_REFUSED_BATCH_NAMES = 100;

/** The event names of a refused batch body, as far as it parses (bounded: it is whatever anyone posted). */
function refusedBatchNames(contract: Contract, body: string): (string | null)[] | undefined {
  const items = batchItems(contract.batch!, parsedOrUndefined(body));
  return items?.slice(0, MAX_REFUSED_BATCH_NAMES).map((item) => {
    const name = itemEventName(contract, item);
    return name === undefined
      ? null
      : name.length > MAX_REFUSED_EVENT_NAME
        ? `${name.slice(0, MAX_REFUSED_EVENT_NAME)}…`
        : name;
  });
}

/** The parsed body of a refused request, if it parses at all (its event name may be in it). */
function parsedOrUndefined(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
