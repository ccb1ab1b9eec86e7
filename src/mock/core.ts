/**
 * What a mock consumer does with a delivery, whatever serves it (node:http, MSW): verify it with the
 * receiver core, pick the scenario step (per request header, per event, global), decide the answer from
 * the spec's reply examples, and record it. Backends only carry out the decision.
 */
import { adapt } from '../receiver/adapters.js';
import { asGenerated } from '../receiver/compile.js';
import type { Checked, ReceiverCore } from '../receiver/core.js';
import { createCore } from '../receiver/create-core.js';
import type { Receiver } from '../receiver/index.js';
import type { GeneratedContract, HeaderReader, WebhookRequest, WebhookResponse } from '../receiver/types.js';
import type { Contract, EventContract } from '../spec/model.js';
import { formatStep, parseScenario, stepAt, type Step } from './scenario.js';

export const SCENARIO_HEADER = 'x-chathooks-scenario';
/** The secret a mock verifies with when none is configured for a contract. */
export const DEFAULT_MOCK_SECRET = 'chathooks-mock-secret';

export interface MockOptions {
  /** Global scenario (default `ok`). */
  scenario?: string;
  /** Scenario per event name (any contract), or per `<id>:<event>`. */
  events?: Record<string, string>;
  /** Secrets by contract id, or one for all (default `chathooks-mock-secret`). */
  secret?: string | Record<string, string>;
  /** Tencent `SdkAppid` and the like, by contract id; unchecked when absent. */
  appIds?: Record<string, string>;
  maxBodyBytes?: number;
  /** How many deliveries the record keeps, oldest dropped first (default 10 000), so a long run stays bounded. */
  maxRecorded?: number;
}

export interface RecordedDelivery {
  seq: number;
  at: string;
  contract: string;
  event: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** Whether signature, framing and payload passed. */
  valid: boolean;
  /** Why not, when not: `signature: …`, `invalid-payload: …`. */
  problem?: string;
  /** The step the mock answered with (valid deliveries). */
  scenario?: string;
  /** The status answered, or `timeout` / `reset`. */
  answer: number | 'timeout' | 'reset';
  /** When the answer was sent or the connection dropped (the native server and MSW; Prism records nothing). */
  answeredAt?: string;
  /**
   * When the client closed the connection before any answer: it gave up waiting (its timeout). MSW knows it for
   * fetch-based senders (their AbortSignal reaches the handler), not for node:http ones.
   */
  abandonedAt?: string;
}

/** What every record says about a request, whatever the answer. */
type Received = Pick<RecordedDelivery, 'contract' | 'method' | 'path' | 'query' | 'headers' | 'body' | 'event'> & { receivedAt: number | undefined };

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Action = { kind: 'respond'; reply: Reply } | { kind: 'timeout' } | { kind: 'reset' } | { kind: 'delay'; ms: number; reply: Reply };

export interface MockRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  rawBody: Uint8Array;
  /** When the request arrived (ms since epoch; default: when it is decided), so retry spacing is measured from arrival. */
  receivedAt?: number;
}

const jsonText = (status: number, body: string): Reply => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body });
const jsonReply = (status: number, body: unknown): Reply => jsonText(status, JSON.stringify(body));

function steps(text: string, where: string): Step[] {
  try {
    return parseScenario(text);
  } catch (error) {
    throw new TypeError(`${where}: ${(error as Error).message}`);
  }
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
  generated: GeneratedContract;
  core: ReceiverCore;
  events: Map<string, EventContract>;
  /** Requests so far per event name, for scenario sequences. */
  counters: Map<string | null, number>;
}

export class MockCore {
  readonly contracts = new Map<string, { generated: GeneratedContract; receiver: Receiver }>();
  readonly #mounted = new Map<string, Mounted>();
  readonly #global: Step[];
  readonly #perEvent: Map<string, Step[]>;
  /** A ring of the last `maxRecorded` deliveries: once full, `#head` is the oldest. */
  readonly #log: RecordedDelivery[] = [];
  #head = 0;
  /** Reply example bodies, serialised once each. */
  readonly #bodies = new WeakMap<object, string>();
  #seq = 0;
  #clock = { ms: Number.NaN, iso: '' };
  readonly #maxRecorded: number;

  constructor(sources: readonly (Contract | GeneratedContract)[], options: MockOptions = {}) {
    this.#maxRecorded = options.maxRecorded ?? 10_000;
    this.#global = steps(options.scenario ?? 'ok', 'mock scenario');
    this.#perEvent = new Map(Object.entries(options.events ?? {}).map(([k, v]) => [k, steps(v, `mock events["${k}"]`)]));
    const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    for (const source of sources) {
      const generated = asGenerated(source);
      const { id } = generated.contract;
      if (this.contracts.has(id)) throw new TypeError(`mock: two contracts with the id "${id}".`);
      const secret = typeof options.secret === 'string' ? options.secret : (options.secret?.[id] ?? DEFAULT_MOCK_SECRET);
      const core = createCore(generated, {
        secret,
        idempotency: false,
        onUnknownEvent: generated.contract.eventSet === 'open' ? 'ignore' : 'reject',
        ...(options.appIds?.[id] !== undefined ? { appId: options.appIds[id] } : {}),
        logger: { warn: () => undefined },
      });
      this.contracts.set(id, { generated, receiver: adapt(core, maxBodyBytes) });
      this.#mounted.set(id, { generated, core, events: new Map(generated.contract.events.map((e) => [e.name, e])), counters: new Map() });
    }
  }

  /** Decide how to answer a delivery to contract `id`, and record it. */
  async decide(id: string, request: MockRequest): Promise<{ entry: RecordedDelivery; action: Action }> {
    const mounted = this.#mounted.get(id);
    if (!mounted) throw new TypeError(`mock: no contract "${id}"`);
    const { contract } = mounted.generated;
    const bytes = Buffer.isBuffer(request.rawBody) ? request.rawBody : Buffer.from(request.rawBody.buffer, request.rawBody.byteOffset, request.rawBody.byteLength);
    const body = bytes.toString('utf8');
    // Verification is the receiver core's: the mock refuses protocol problems exactly as a real receiver would.
    let checked: Checked | undefined;
    let refusal: WebhookResponse | undefined;
    try {
      checked = mounted.core.check(new CheckedRequest(request, bytes), body);
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
      // A checked request's payload is parsed already; a refused one's body is parsed here, if it parses at all.
      event: eventNameFrom(contract, request, checked ? () => checked.payload : () => JSON.parse(body) as unknown),
    };
    if (refusal) {
      const detail = JSON.parse(refusal.body) as { error: string; message: string };
      const entry = this.#record(base, false, refusal.status, 'problem', `${detail.error}: ${detail.message}`);
      return { entry, action: { kind: 'respond', reply: refusal } };
    }
    let chosen: Step[];
    const override = request.headers[SCENARIO_HEADER];
    try {
      chosen =
        override !== undefined
          ? parseScenario(override)
          : this.#perEvent.size === 0
            ? this.#global
            : (this.#perEvent.get(`${id}:${base.event}`) ?? this.#perEvent.get(base.event ?? '') ?? this.#global);
    } catch (error) {
      const entry = this.#record(base, true, 400, 'problem', `scenario: ${(error as Error).message}`);
      return { entry, action: { kind: 'respond', reply: jsonReply(400, { error: 'scenario', message: (error as Error).message }) } };
    }
    const n = mounted.counters.get(base.event) ?? 0;
    mounted.counters.set(base.event, n + 1);
    const step = stepAt(chosen, n);
    const action = this.#act(base.event === null ? undefined : mounted.events.get(base.event), contract, step);
    const answer = action.kind === 'timeout' || action.kind === 'reset' ? action.kind : action.reply.status;
    return { entry: this.#record(base, true, answer, 'scenario', formatStep(step)), action };
  }

  #act(event: EventContract | undefined, contract: Contract, step: Step): Action {
    switch (step.kind) {
      case 'timeout':
      case 'reset':
        return { kind: step.kind };
      case 'malformed':
        return { kind: 'respond', reply: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"chathooks": malformed' } };
      case 'status':
        return { kind: 'respond', reply: jsonReply(step.status, { error: `chathooks mock scenario status:${step.status}` }) };
      case 'delay': {
        const ok = this.#act(event, contract, { kind: 'ok' });
        return { kind: 'delay', ms: step.ms, reply: (ok as { reply: Reply }).reply };
      }
      case 'ok': {
        const examples = event?.reply?.examples ?? contract.events.find((e) => e.reply)?.reply?.examples ?? [];
        const chosen = step.example ? examples.find((e) => e.name === step.example) : examples[0];
        if (step.example && !chosen) {
          return { kind: 'respond', reply: jsonReply(500, { error: `chathooks mock: ${event?.name ?? 'this event'} has no reply example "${step.example}"; known: ${examples.map((e) => e.name).join(', ')}` }) };
        }
        return { kind: 'respond', reply: jsonText(event?.reply?.status ?? 200, chosen ? this.#bodyOf(chosen) : '{}') };
      }
    }
  }

  #bodyOf(example: { payload: unknown }): string {
    let body = this.#bodies.get(example);
    if (body === undefined) this.#bodies.set(example, (body = JSON.stringify(example.payload ?? {})));
    return body;
  }

  /** A time as ISO 8601, formatted once per millisecond (formatting every delivery cost ~4 µs each under load). */
  #iso(ms: number): string {
    if (ms !== this.#clock.ms) this.#clock = { ms, iso: new Date(ms).toISOString() };
    return this.#clock.iso;
  }

  /** Built field by field in the order deliveries have always listed them: object spreads here cost ~10 µs per delivery under load. */
  #record(base: Received, valid: boolean, answer: RecordedDelivery['answer'], note: 'problem' | 'scenario', text: string): RecordedDelivery {
    const full: RecordedDelivery = {
      seq: ++this.#seq,
      at: this.#iso(base.receivedAt ?? Date.now()),
      contract: base.contract,
      method: base.method,
      path: base.path,
      query: base.query,
      headers: base.headers,
      body: base.body,
      event: base.event,
      valid,
    } as RecordedDelivery;
    full[note] = text;
    full.answer = answer;
    const max = this.#maxRecorded;
    if (!(this.#log.length >= max)) this.#log.push(full);
    else if (max > 0) {
      // Full: overwrite the oldest in place (no shifting 10 000 entries per delivery).
      this.#log[this.#head] = full;
      this.#head = (this.#head + 1) % max;
    }
    return full;
  }

  /** Every delivery received, oldest first (copies). */
  deliveries(filter: { contract?: string | undefined; event?: string | undefined } = {}): RecordedDelivery[] {
    const log = this.#head === 0 ? this.#log : [...this.#log.slice(this.#head), ...this.#log.slice(0, this.#head)];
    return log.filter((d) => (!filter.contract || d.contract === filter.contract) && (!filter.event || d.event === filter.event)).map((d) => ({ ...d }));
  }

  /** Forget deliveries and restart scenario sequences. */
  reset(): void {
    this.#log.length = 0;
    this.#head = 0;
    for (const mounted of this.#mounted.values()) mounted.counters.clear();
  }
}

function eventNameFrom(contract: Contract, request: MockRequest, payload: () => unknown): string | null {
  const d = contract.discriminator;
  if (!d) return contract.events.length === 1 ? contract.events[0]!.name : null;
  if (d.in === 'query' && request.url.searchParams.has(d.name)) return request.url.searchParams.get(d.name);
  if (d.in === 'header' && request.headers[d.name.toLowerCase()]) return request.headers[d.name.toLowerCase()]!;
  try {
    const parsed = payload() as Record<string, unknown>;
    const value = parsed[d.in === 'body' ? d.name : (d.bodyField ?? '')];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
