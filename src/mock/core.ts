/**
 * What a mock consumer does with a delivery, whatever serves it (node:http, MSW): verify it with the
 * receiver core, pick the scenario step (per request header, per event, global), decide the answer from
 * the spec's reply examples, and record it. Backends only carry out the decision.
 */
import { asGenerated } from '../receiver/compile.js';
import { createReceiver, type Receiver } from '../receiver/index.js';
import type { GeneratedContract } from '../receiver/types.js';
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
}

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

const jsonReply = (status: number, body: unknown): Reply => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });

function steps(text: string, where: string): Step[] {
  try {
    return parseScenario(text);
  } catch (error) {
    throw new TypeError(`${where}: ${(error as Error).message}`);
  }
}

export class MockCore {
  readonly contracts = new Map<string, { generated: GeneratedContract; receiver: Receiver }>();
  readonly #global: Step[];
  readonly #perEvent: Map<string, Step[]>;
  readonly #log: RecordedDelivery[] = [];
  readonly #counters = new Map<string, number>();
  #seq = 0;
  readonly #maxRecorded: number;

  constructor(sources: readonly (Contract | GeneratedContract)[], options: MockOptions = {}) {
    this.#maxRecorded = options.maxRecorded ?? 10_000;
    this.#global = steps(options.scenario ?? 'ok', 'mock scenario');
    this.#perEvent = new Map(Object.entries(options.events ?? {}).map(([k, v]) => [k, steps(v, `mock events["${k}"]`)]));
    for (const source of sources) {
      const generated = asGenerated(source);
      const { id } = generated.contract;
      if (this.contracts.has(id)) throw new TypeError(`mock: two contracts with the id "${id}".`);
      const secret = typeof options.secret === 'string' ? options.secret : (options.secret?.[id] ?? DEFAULT_MOCK_SECRET);
      const receiver = createReceiver(generated, {
        secret,
        idempotency: false,
        onUnknownEvent: generated.contract.eventSet === 'open' ? 'ignore' : 'reject',
        maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
        ...(options.appIds?.[id] !== undefined ? { appId: options.appIds[id] } : {}),
        logger: { warn: () => undefined },
      });
      this.contracts.set(id, { generated, receiver });
    }
  }

  /** Decide how to answer a delivery to contract `id`, and record it. */
  async decide(id: string, request: MockRequest): Promise<{ entry: RecordedDelivery; action: Action }> {
    const mounted = this.contracts.get(id);
    if (!mounted) throw new TypeError(`mock: no contract "${id}"`);
    const { contract } = mounted.generated;
    const body = Buffer.from(request.rawBody).toString('utf8');
    const base = {
      receivedAt: request.receivedAt,
      contract: id,
      method: request.method,
      path: request.url.pathname,
      query: Object.fromEntries(request.url.searchParams),
      headers: request.headers,
      body,
      event: eventNameFrom(contract, request.url, body, request.headers),
    };
    // Verification is the receiver core's: the mock refuses protocol problems exactly as a real receiver would.
    const verdict = await mounted.receiver.handle({ method: request.method, url: request.url, headers: lowerCaseReader(request.headers), rawBody: request.rawBody });
    if (verdict.status >= 400) {
      const detail = JSON.parse(verdict.body) as { error: string; message: string };
      const entry = this.#record({ ...base, valid: false, problem: `${detail.error}: ${detail.message}`, answer: verdict.status });
      return { entry, action: { kind: 'respond', reply: verdict } };
    }
    let chosen: Step[];
    const override = request.headers[SCENARIO_HEADER];
    try {
      chosen = override !== undefined ? parseScenario(override) : (this.#perEvent.get(`${id}:${base.event}`) ?? this.#perEvent.get(base.event ?? '') ?? this.#global);
    } catch (error) {
      const entry = this.#record({ ...base, valid: true, problem: `scenario: ${(error as Error).message}`, answer: 400 });
      return { entry, action: { kind: 'respond', reply: jsonReply(400, { error: 'scenario', message: (error as Error).message }) } };
    }
    const key = `${id}:${base.event}`;
    const n = this.#counters.get(key) ?? 0;
    this.#counters.set(key, n + 1);
    const step = stepAt(chosen, n);
    const action = this.#act(contract.events.find((e) => e.name === base.event), contract, step);
    const answer = action.kind === 'timeout' || action.kind === 'reset' ? action.kind : action.reply.status;
    return { entry: this.#record({ ...base, valid: true, scenario: formatStep(step), answer }), action };
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
        return { kind: 'respond', reply: jsonReply(event?.reply?.status ?? 200, chosen?.payload ?? {}) };
      }
    }
  }

  #record({ receivedAt, ...entry }: Omit<RecordedDelivery, 'seq' | 'at'> & { receivedAt: number | undefined }): RecordedDelivery {
    const full: RecordedDelivery = { seq: ++this.#seq, at: new Date(receivedAt ?? Date.now()).toISOString(), ...entry };
    this.#log.push(full);
    if (this.#log.length > this.#maxRecorded) this.#log.splice(0, this.#log.length - this.#maxRecorded);
    return full;
  }

  /** Every delivery received, oldest first (copies). */
  deliveries(filter: { contract?: string | undefined; event?: string | undefined } = {}): RecordedDelivery[] {
    return this.#log.filter((d) => (!filter.contract || d.contract === filter.contract) && (!filter.event || d.event === filter.event)).map((d) => ({ ...d }));
  }

  /** Forget deliveries and restart scenario sequences. */
  reset(): void {
    this.#log.length = 0;
    this.#counters.clear();
  }
}

function eventNameFrom(contract: Contract, url: URL, body: string, headers: Record<string, string>): string | null {
  const d = contract.discriminator;
  if (!d) return contract.events.length === 1 ? contract.events[0]!.name : null;
  if (d.in === 'query' && url.searchParams.has(d.name)) return url.searchParams.get(d.name);
  if (d.in === 'header' && headers[d.name.toLowerCase()]) return headers[d.name.toLowerCase()]!;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const value = parsed[d.in === 'body' ? d.name : (d.bodyField ?? '')];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function lowerCaseReader(headers: Record<string, string>): { get(name: string): string | null } {
  return { get: (name) => headers[name.toLowerCase()] ?? null };
}
