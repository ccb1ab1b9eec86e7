/**
 * Consumer contract: does a webhook receiver honour its platform's contract? Every valid example, signed and
 * framed as the platform sends it, must be acknowledged in time with a reply the platform reads; retries,
 * bytes the platform really sends, older and newer payloads must be too; forged, stale, malformed and invalid
 * deliveries must be refused. Each case is planned from the contract alone (so test runners can name them
 * up front) and run against a URL or an in-process fetch handler.
 */
import { OptionError } from '../model/errors.js';
import { accepted, describeCut, frameRequest, judgeReply, replyCut, sendOnce, type FetchLike, type SendResult, type Transcript } from '../delivery/deliver.js';
import { maxReplyBytesOption } from '../delivery/reply.js';
import { toRuntime, type RuntimeContract } from '../model/runtime.js';
import { isObject } from '../model/json.js';
import type { Contract, DeliveryPolicy, EventContract } from '../model/model.js';
import { schemeModule } from '../signing/registry.js';
import { clip, makeReport, type CaseResult, type ContractReport } from './report.js';
import { selectEvents } from './select.js';
import { signatureAttacks, tampered, type SignatureAttack } from './signature-attacks.js';
import { platformBytes, requiredOnly, UNKNOWN_FIELD, withUnknownField } from './variants.js';

/** An in-process receiver: a fetch handler, or anything with a `fetch` method (a chathooks receiver, Hono, itty). */
export type FetchHandler = (request: Request) => Response | Promise<Response>;
export type Target = string | URL | FetchHandler | { fetch: FetchHandler };

/** The negative checks, each with a configurable expectation. */
export const CHECK_NAMES = ['missing-signature', 'wrong-signature', 'stale-timestamp', 'future-timestamp', 'wrong-app-id', 'malformed-json', 'invalid-payload', 'unknown-event'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/**
 * What a case expects: the platform's acknowledgement; a rejection — any 4xx (`reject`), a class
 * (`reject:4xx`, `reject:5xx`) or one status (`reject:401`); or `tolerate`: any answer but a 5xx (no
 * timeout, no reset) — the receiver may acknowledge or refuse, as long as it does not fail.
 */
export type Expectation = 'acknowledge' | 'tolerate' | 'reject' | `reject:${'4xx' | '5xx' | number}`;

export interface ConsumerContractOptions {
  contract: Contract | RuntimeContract;
  /** The receiver: its URL, or an in-process fetch handler. */
  target: Target;
  /** The secret the receiver verifies with; without it, deliveries go unsigned and signature checks are skipped. */
  secret?: string;
  /** The app id the receiver expects where the contract carries one (Tencent `SdkAppid`). */
  appId?: string;
  /** Event names or globs (`Group.*`); default every event. */
  events?: readonly string[];
  /** Override the expectation of negative checks (defaults follow each platform's docs; see `defaultExpectations`). */
  expect?: Partial<Record<CheckName, Expectation>>;
  /**
   * Demand a 4xx for invalid payloads and for unknown events of a closed event set (default false: any answer
   * but a 5xx passes there, since platforms never send those bodies and advise acknowledging unknown events).
   */
  strict?: boolean;
  /** The most reply bytes read per case (default 1 MiB); a longer reply is cut there and fails a reply schema that asks for JSON. */
  maxReplyBytes?: number;
  /** Also send each event's first example as the platform's bytes, with required fields only, and with an undocumented field (default true). */
  variants?: boolean;
  /** Run the negative checks (default true). */
  negative?: boolean;
  /** Cases in flight at once (default 16). */
  concurrency?: number;
  /** How long a reply may take (default: the contract's delivery timeout). */
  timeoutMs?: number;
  /** Clock for signing timestamps (ms since epoch). */
  now?: () => number;
  signal?: AbortSignal;
  /** Called as each case finishes (for progress displays). */
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

/** A case planned from the contract, run later against a target. */
export interface PlannedCase {
  name: string;
  group: string;
  event?: string;
  run(target: ResolvedTarget): Promise<CaseResult>;
}

/** A target made ready to send to. */
export interface ResolvedTarget {
  url: string;
  fetch?: FetchLike;
  signal?: AbortSignal | undefined;
}

/** The planning inputs: everything but the target. */
export type ConsumerPlanOptions = Omit<ConsumerContractOptions, 'target' | 'concurrency' | 'signal' | 'onCase'>;

const UNKNOWN_EVENT = 'chathooks.unknown_event';

/**
 * Default expectations for negative checks, following the platform's documented behaviour. Forged, stale and
 * malformed deliveries must be refused (4xx). Invalid payloads and unknown events are tolerated (any answer but
 * a 5xx): platforms never send the former, and advise acknowledging the latter; `strict` demands a 4xx for both.
 *
 * @example
 * defaultExpectations(protocol.contract)['invalid-payload'];                   // 'tolerate'
 * defaultExpectations(protocol.contract, { strict: true })['invalid-payload']; // 'reject:4xx'
 */
export function defaultExpectations(contract: Contract, options: { strict?: boolean | undefined } = {}): Record<CheckName, Expectation> {
  const lenient: Expectation = options.strict ? 'reject:4xx' : 'tolerate';
  return {
    'missing-signature': 'reject:4xx',
    'wrong-signature': 'reject:4xx',
    'stale-timestamp': 'reject:4xx',
    'future-timestamp': 'reject:4xx',
    'wrong-app-id': 'reject:4xx',
    'malformed-json': 'reject:4xx',
    'invalid-payload': lenient,
    // An open event set (Sendbird) adds events without notice and re-sends whatever is not acknowledged.
    'unknown-event': contract.eventSet === 'open' ? 'acknowledge' : lenient,
  };
}

const EXPECTATION = /^(acknowledge|tolerate|reject(:(4xx|5xx|[1-5]\d\d))?)$/;

/** Check an expectation string (from a CLI flag or a config file). */
export function parseExpectation(text: string, where: string): Expectation {
  if (!EXPECTATION.test(text)) throw new OptionError(`${where}: "${text}" is not an expectation; use acknowledge, tolerate, reject, reject:4xx, reject:5xx or reject:<status>.`);
  return text as Expectation;
}

function meets(expectation: Expectation, status: number, policy: DeliveryPolicy): boolean {
  if (expectation === 'acknowledge') return accepted(status, policy.success);
  if (expectation === 'tolerate') return status < 500;
  const want = expectation === 'reject' ? '4xx' : expectation.slice('reject:'.length);
  if (want === '4xx') return status >= 400 && status < 500;
  if (want === '5xx') return status >= 500 && status < 600;
  return status === Number(want);
}

function describeExpectation(expectation: Expectation, policy: DeliveryPolicy): string {
  if (expectation === 'acknowledge') return `an acknowledgement (${policy.success === '2xx' ? '2xx' : policy.success.join('/')})`;
  if (expectation === 'tolerate') return 'any answer but a 5xx (acknowledge or refuse it, never fail on it)';
  const want = expectation === 'reject' ? '4xx' : expectation.slice('reject:'.length);
  return `a rejection (${want})`;
}

const snippet = (text: string | undefined): string => {
  if (text === undefined || text === '') return '';
  const one = text.replace(/\s+/g, ' ');
  return `: ${one.length > 120 ? `${one.slice(0, 120)}…` : one}`;
};

/** Why a delivery that must be acknowledged was not, in one line; undefined when it was. */
function positiveFailure(source: RuntimeContract, event: EventContract | undefined, policy: DeliveryPolicy, r: SendResult, timeoutMs: number, maxReplyBytes: number): string | undefined {
  if (r.error === 'timeout') {
    return `no reply within ${timeoutMs} ms: the platform gives up then${event?.kind === 'before' && policy.onTimeout ? ` and ${policy.onTimeout === 'proceed' ? 'lets the action proceed' : 'blocks the action'}` : policy.retries.length ? ' and sends it again' : ''}`;
  }
  if (r.error) return `no reply: ${r.errorMessage ?? r.error}`;
  const cut = replyCut(r);
  const judged = judgeReply(source, event, r.status!, r.text ?? '', policy, cut && { how: cut, maxReplyBytes });
  if (!accepted(r.status!, policy.success)) {
    return `answered ${r.status}; the platform accepts only ${policy.success === '2xx' ? '2xx' : policy.success.join('/')}${policy.retries.length ? ' and sends it again' : ''}${snippet(r.text)}`;
  }
  if (judged.replyValid === false && cut) {
    return `${describeCut(cut, maxReplyBytes)}; a reply cut short cannot satisfy ${event?.name ?? 'the'} reply schema — answer with the small JSON reply the platform reads (or raise maxReplyBytes)`;
  }
  if (judged.replyValid === false) {
    const issues = (judged.replyIssues ?? []).slice(0, 2).map((i) => `${i.pointer || '/'} ${i.message}`);
    return `reply does not satisfy ${event?.name ?? 'the'} reply schema: ${issues.join('; ')}${snippet(r.text)}`;
  }
  return undefined;
}

/** Plan every case for a contract (no I/O): the names are known before anything is sent. */
export function planConsumerContract(options: ConsumerPlanOptions): PlannedCase[] {
  const source = toRuntime(options.contract);
  const { contract } = source;
  const policy = contract.delivery;
  const timeoutMs = options.timeoutMs ?? policy.timeoutMs;
  const now = options.now ?? Date.now;
  const maxReplyBytes = maxReplyBytesOption(options.maxReplyBytes, 'runConsumerContract');
  const expectations = { ...defaultExpectations(contract, { strict: options.strict }), ...options.expect };
  for (const [k, v] of Object.entries(options.expect ?? {})) parseExpectation(String(v), `expect["${k}"]`);
  const events = selectEvents(contract, options.events);
  const signs = schemeModule(contract.signature).signs && options.secret !== undefined;
  const cases: PlannedCase[] = [];
  const d = contract.discriminator;
  const bodyDiscriminator = new Set(d?.in === 'body' ? [`/${d.name}`] : []);

  type Frame = { event: string; payload?: unknown; rawBody?: string; secret?: string | undefined; appId?: string | undefined; now?: () => number };
  const frame = (target: ResolvedTarget, f: Frame): Transcript['request'] => {
    const request = frameRequest(
      contract,
      {
        url: target.url,
        event: f.event,
        ...(f.rawBody !== undefined ? { rawBody: f.rawBody } : { payload: f.payload }),
        ...(f.secret !== undefined ? { secret: f.secret } : {}),
        ...(f.appId !== undefined ? { appId: f.appId } : {}),
      },
      f.now ?? now,
    );
    return request;
  };
  const send = (target: ResolvedTarget, request: Transcript['request']): Promise<SendResult> =>
    sendOnce(request, { timeoutMs, signal: target.signal, fetch: target.fetch, maxReplyBytes });

  const result = (c: Pick<CaseResult, 'name' | 'group' | 'event'>, r: SendResult, request: Transcript['request'], reason: string | undefined): CaseResult => {
    const out: CaseResult = { ...c, outcome: reason ? 'failed' : 'passed', latencyMs: Math.round(r.latencyMs * 100) / 100 };
    if (reason) {
      out.reason = reason;
      out.request = { ...request, body: clip(request.body) };
      const cut = replyCut(r);
      out.reply = { ...(r.status !== undefined ? { status: r.status } : {}), ...(r.error ? { error: r.error } : {}), ...(r.text !== undefined ? { body: clip(r.text) } : {}), ...(cut ?? {}) };
    }
    return out;
  };

  const positive = (name: string, group: string, event: EventContract, body: Omit<Frame, 'event' | 'secret' | 'appId'>, hint?: string): PlannedCase => ({
    name,
    group,
    event: event.name,
    async run(target) {
      const request = frame(target, { event: event.name, ...body, secret: signs ? options.secret : undefined, appId: options.appId });
      const r = await send(target, request);
      const failure = positiveFailure(source, event, policy, r, timeoutMs, maxReplyBytes);
      return result({ name, group, event: event.name }, r, request, failure && hint && r.status !== undefined ? `${failure} — ${hint}` : failure);
    },
  });

  const negative = (name: string, check: CheckName, event: EventContract | undefined, build: (target: ResolvedTarget) => Transcript['request'], hint: string): PlannedCase => {
    const group = check === 'invalid-payload' ? 'payloads' : check === 'unknown-event' || check === 'malformed-json' ? 'events' : 'security';
    return {
      name,
      group,
      ...(event ? { event: event.name } : {}),
      async run(target) {
        const expectation = expectations[check];
        const request = build(target);
        const r = await send(target, request);
        let reason: string | undefined;
        if (r.error === 'timeout') reason = `no reply within ${timeoutMs} ms; expected ${describeExpectation(expectation, policy)}`;
        else if (r.error) reason = `no reply: ${r.errorMessage ?? r.error}`;
        else if (!meets(expectation, r.status!, policy)) reason = `answered ${r.status}; expected ${describeExpectation(expectation, policy)} — ${hint}${snippet(r.text)}`;
        return result({ name, group, ...(event ? { event: event.name } : {}) }, r, request, reason);
      },
    };
  };

  for (const event of events) {
    event.examples.forEach((example) => {
      cases.push(positive(`${event.name} / ${example.name}`, 'examples', event, { payload: example.payload }));
    });
    const first = event.examples[0];
    if (!first) continue;
    const validate = source.validators[event.name];
    const valid = (p: unknown): boolean => p !== undefined && (!validate || validate(p));
    if (options.variants !== false) {
      const bytes = platformBytes(first.payload);
      if (bytes !== JSON.stringify(first.payload)) {
        cases.push(
          positive(`${event.name} / ${first.name} · escaped bytes`, 'variants', event, { rawBody: bytes }, 'the same JSON with \\/ and \\u escapes, as the platform serialises it: verify the signature on the raw bytes and parse them, never re-serialised JSON'),
        );
      }
      const minimal = requiredOnly(first.payload, event.payload);
      if (JSON.stringify(minimal) !== JSON.stringify(first.payload) && valid(minimal)) {
        cases.push(positive(`${event.name} / ${first.name} · required fields only`, 'variants', event, { payload: minimal }, 'deliveries from older clients lack the optional fields; read them tolerantly'));
      }
      const extra = withUnknownField(first.payload);
      if (valid(extra)) {
        cases.push(positive(`${event.name} / ${first.name} · undocumented field`, 'variants', event, { payload: extra }, `platforms add fields without notice (${UNKNOWN_FIELD} here); ignore what you do not know`));
      }
    }
    const dupName = `${event.name} / ${first.name} · sent twice`;
    cases.push({
      name: dupName,
      group: 'retries',
      event: event.name,
      async run(target) {
        const request = frame(target, { event: event.name, payload: first.payload, secret: signs ? options.secret : undefined, appId: options.appId });
        const once = await send(target, request);
        const firstFailure = positiveFailure(source, event, policy, once, timeoutMs, maxReplyBytes);
        if (firstFailure) return result({ name: dupName, group: 'retries', event: event.name }, once, request, `first send: ${firstFailure}`);
        const again = await send(target, request);
        const failure = positiveFailure(source, event, policy, again, timeoutMs, maxReplyBytes);
        return result(
          { name: dupName, group: 'retries', event: event.name },
          again,
          request,
          failure && `the repeat of an acknowledged delivery: ${failure} — the platform re-sends what it thinks was lost; answer a repeat as you answered the first`,
        );
      },
    });
    if (options.negative !== false) {
      for (const invalid of event.invalidExamples) {
        // On the wire a body-borne event name *is* the event: a body labelled as another event is that event
        // (such examples test validators, not receivers). One with no name at all must still be refused.
        if (bodyDiscriminator.has(invalid.pointer) && isObject(invalid.payload) && invalid.payload[d!.name] !== undefined) continue;
        cases.push(
          negative(
            `${event.name} / invalid: ${invalid.name}`,
            'invalid-payload',
            event,
            (target) => frame(target, { event: event.name, payload: invalid.payload, secret: signs ? options.secret : undefined, appId: options.appId }),
            `the payload violates the schema at ${invalid.pointer || '/'} (${invalid.reason}); validate before acting on it`,
          ),
        );
      }
    }
  }

  const sample = events.find((e) => e.examples.length > 0);
  const sampleExample = sample?.examples[0];
  if (options.negative !== false && sample && sampleExample) {
    // Each check sends a body no other case sends (where the schema allows a tag field), so a receiver that
    // refuses repeats cannot pass a check by accident.
    const validateSample = source.validators[sample.name];
    const bodyFor = (check: string): unknown => {
      const tagged = isObject(sampleExample.payload) ? { ...sampleExample.payload, chathooks_check: check } : undefined;
      return tagged !== undefined && (!validateSample || validateSample(tagged)) ? tagged : sampleExample.payload;
    };
    const signed = (target: ResolvedTarget, check: string, extra: Partial<Frame> = {}) =>
      frame(target, { event: sample.name, payload: bodyFor(check), secret: options.secret, appId: options.appId, ...extra });
    // The scheme's attacks, read from its module (signature-attacks.ts): no scheme is named here.
    const attack = (target: ResolvedTarget, a: SignatureAttack): Transcript['request'] => {
      switch (a.alter.kind) {
        case 'unsigned':
          return frame(target, { event: sample.name, payload: bodyFor(a.check), appId: options.appId });
        case 'tamper':
          return tampered(signed(target, a.check), a.alter);
        case 'clock': {
          const offset = a.alter.offsetMs;
          return signed(target, a.check, { now: () => now() + offset });
        }
      }
    };
    if (signs) for (const a of signatureAttacks(contract.signature)) cases.push(negative(a.name, a.check, sample, (target) => attack(target, a), a.hint));
    if (contract.appId && options.appId !== undefined) {
      const other = /^\d+$/.test(options.appId) ? String(BigInt(options.appId) + 1n) : `${options.appId}-other`;
      cases.push(
        negative(`${contract.appId.name}: another app`, 'wrong-app-id', sample, (target) => signed(target, 'wrong-app-id', { appId: other }), `the delivery is for ${contract.appId.name} ${other}, not ${options.appId}; check it`),
      );
    }
    cases.push(
      negative(
        'body: truncated JSON',
        'malformed-json',
        sample,
        (target) => {
          const body = JSON.stringify(bodyFor('malformed-json'));
          return signed(target, 'malformed-json', { rawBody: body.slice(0, Math.max(1, Math.floor(body.length / 2))) });
        },
        'the body is not JSON',
      ),
    );
    if (d) {
      cases.push(
        negative(
          'event: not in the spec',
          'unknown-event',
          undefined,
          (target) => {
            const payload = { ...(bodyFor('unknown-event') as Record<string, unknown>) };
            if (d.in === 'body') payload[d.name] = UNKNOWN_EVENT;
            if (d.bodyField) payload[d.bodyField] = UNKNOWN_EVENT;
            return frame(target, { event: UNKNOWN_EVENT, payload, secret: signs ? options.secret : undefined, appId: options.appId });
          },
          contract.eventSet === 'open'
            ? `the platform adds events without notice and re-sends what is not acknowledged; acknowledge events you do not handle`
            : `"${UNKNOWN_EVENT}" is not an event of ${contract.title}`,
        ),
      );
    }
  }
  return cases;
}

const DEFAULT_BASE = 'http://receiver.chathooks.test';

/** Make a target ready to send to: URLs as they are, handlers behind a fetch-shaped adapter that honours timeouts. */
export function resolveTarget(target: Target, contract: Contract, signal?: AbortSignal): ResolvedTarget {
  if (typeof target === 'string' || target instanceof URL) return { url: String(target), signal };
  const handler: FetchHandler = typeof target === 'function' ? target : (request) => target.fetch(request);
  const fetchLike: FetchLike = Object.assign(
    async (url: string, init: RequestInit): Promise<Response> => {
      try {
        return await handler(new Request(url, init));
      } catch (error) {
        throw new Error(`the handler threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    { inProcess: true },
  );
  return { url: `${DEFAULT_BASE}${contract.transport.path.startsWith('/') ? '' : '/'}${contract.transport.path}`, fetch: fetchLike, signal };
}

/** Run planned cases, `concurrency` at a time; results come back in plan order. */
export async function runCases(cases: readonly PlannedCase[], target: ResolvedTarget, concurrency: number, onCase?: ConsumerContractOptions['onCase']): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      let r: CaseResult;
      try {
        r = await c.run(target);
      } catch (error) {
        r = { name: c.name, group: c.group, ...(c.event ? { event: c.event } : {}), outcome: 'failed', reason: `the case could not run: ${error instanceof Error ? error.message : String(error)}` };
      }
      results[i] = r;
      onCase?.(r, ++done, cases.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, cases.length)) }, worker));
  return results;
}

/**
 * Replay the contract against a receiver.
 *
 * @example
 * const report = await runConsumerContract({ contract: sendbird, target: 'http://127.0.0.1:8080/webhooks/sendbird', secret });
 * report.failed; // 0
 * report.cases.filter((c) => c.outcome === 'failed').map((c) => `${c.name}: ${c.reason}`);
 */
export async function runConsumerContract(options: ConsumerContractOptions): Promise<ContractReport> {
  const started = { at: new Date(), clock: performance.now() };
  const source = toRuntime(options.contract);
  const cases = planConsumerContract({ ...options, contract: source });
  const target = resolveTarget(options.target, source.contract, options.signal);
  const results = await runCases(cases, target, options.concurrency ?? 16, options.onCase);
  return makeReport('consumer', source.contract, target.fetch ? 'in-process handler' : target.url, started, results);
}
