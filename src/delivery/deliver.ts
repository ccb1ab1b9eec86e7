/**
 * `deliver`: send one webhook the way its platform does — signed per the contract's scheme, framed as the
 * platform frames it (Tencent's query parameters, the discriminator), with the documented timeout, retries,
 * backoff and rate limits — and return a transcript of every attempt.
 */
import { OptionError } from '../model/errors.js';
import type { ValidationIssue } from '../model/ajv.js';
import type { Contract, DeliveryPolicy, EventContract, RetryCondition } from '../model/model.js';
import { wrapBatch } from '../model/batch.js';
import { writeEventName } from '../model/event-name.js';
import { contractOf, toRuntime, type RuntimeContract } from '../model/runtime.js';
import { signRequest } from '../signing/index.js';
import { schemeModule } from '../signing/registry.js';
import { scaledClock, type Clock } from './clock.js';
import { EndpointLimiter } from './limiter.js';
import { describeCut, maxReplyBytesOption, readBoundedText, type BoundedText, type ReplyCut } from './reply.js';
import { httpSend } from './transport.js';

export interface DeliverOptions {
  /** The receiver endpoint. */
  url: string | URL;
  /** The event name (the platform's, verbatim). */
  event: string;
  /**
   * The payload: serialised with JSON.stringify unless `rawBody` is given. A batch contract (LINE) sends it as
   * one event of the batch envelope: `wrapBatch(contract, [payload])`.
   */
  payload?: unknown;
  /** Batch contracts: the events one delivery carries, in order (`[]`: the empty batch, the platform's endpoint check); replaces `payload`. */
  items?: readonly unknown[];
  /** Exact bytes to send (to reproduce a platform's own serialisation: escaped slashes, key order). */
  rawBody?: string | Uint8Array;
  /** The signing secret; without it the request goes unsigned. */
  secret?: string;
  /** The app id where the contract carries one (Tencent `SdkAppid`). */
  appId?: string;
  /** Extra query parameters (Tencent `ClientIP`, `OptPlatform`, `contenttype`) and headers. */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Override parts of the contract's policy (e.g. Tencent's console switch that retries after-events). */
  policy?: Partial<DeliveryPolicy>;
  /** Platform time runs 1/timeScale faster: 0.01 turns a 4 s backoff into 40 ms. Default 1. */
  timeScale?: number;
  /** A clock of your own (overrides timeScale). */
  clock?: Clock;
  /** A limiter shared by deliveries to the same endpoint (see `createDeliverer`). */
  limiter?: EndpointLimiter;
  /** Stop early. */
  signal?: AbortSignal;
  /**
   * The most reply bytes read per attempt (default 1 MiB). A longer reply is cut there, its connection closed,
   * and the attempt marked `truncated`; a cut reply cannot satisfy a reply schema that asks for JSON (Tencent's
   * envelope), so such an attempt fails; where the platform ignores the body (GAIFE) the status decides.
   */
  maxReplyBytes?: number;
  /** The HTTP client (default: node:http with keep-alive; pass the global `fetch` for a fetch-based client); an in-process handler can stand in for a server. */
  fetch?: FetchLike;
}

/**
 * What `deliver` sends requests with: the global `fetch`, or anything with its shape. An in-process handler
 * marked `inProcess` gets no AbortSignal (creating one costs more than the handler); the timeout is a race.
 */
export type FetchLike = ((url: string, init: RequestInit) => Promise<Response>) & { inProcess?: boolean };

export type AttemptError = 'timeout' | 'network' | 'aborted';

export interface Attempt {
  /** 1 for the first send. */
  attempt: number;
  /** Platform time the attempt started (ms since epoch on the delivery clock). */
  startedAt: number;
  /** Real latency in ms. */
  latencyMs: number;
  status?: number;
  error?: AttemptError;
  errorMessage?: string;
  /** The reply body: parsed JSON, or the text when it is not JSON (or was cut: see `truncated`). */
  reply?: unknown;
  /** The reply was longer than `maxReplyBytes`: `reply` is its first `maxReplyBytes` bytes, as text. */
  truncated?: true;
  /** Bytes of a cut reply received before reading stopped. */
  replyBytesSeen?: number;
  /** The content-length a cut reply announced. */
  replyBytesAnnounced?: number;
  /** Whether the reply satisfies the event's reply schema (undefined when there was no reply). */
  replyValid?: boolean;
  replyIssues?: ValidationIssue[];
  /** Whether this attempt counts as delivered under the platform's rules. */
  ok: boolean;
  /** Platform-time wait before the next attempt, when there is one. */
  retryAfterMs?: number;
}

export interface Transcript {
  event: string;
  kind: EventContract['kind'] | 'unknown';
  request: { method: string; url: string; headers: Record<string, string>; body: string };
  attempts: Attempt[];
  /** delivered; failed after the last attempt; proceeded/blocked: a before-event that timed out, per the platform's onTimeout. */
  outcome: 'delivered' | 'failed' | 'proceeded' | 'blocked';
  /** The accepted reply, when delivered. */
  reply?: unknown;
}

/** The event's reply validator (a plain Contract's compiled on first use, once per Contract: see `toRuntime`). */
function replyValidator(
  source: Contract | RuntimeContract,
  event: EventContract | undefined,
): ((v: unknown) => { ok: boolean; issues: ValidationIssue[] }) | undefined {
  if (!event?.reply) return undefined;
  const v = toRuntime(source).replyValidators[event.name];
  if (!v) return undefined;
  return (value) => ({ ok: v(value), issues: v.errors ? [...v.errors] : [] });
}

/** Whether a status counts as acknowledged under the policy (any 2xx, or the listed statuses). */
export function accepted(status: number, success: DeliveryPolicy['success']): boolean {
  return success === '2xx' ? status >= 200 && status < 300 : success.includes(status);
}

/** Whether the platform sends again after this attempt, per its retry conditions. */
export function retryable(attempt: Pick<Attempt, 'error' | 'status'>, retryOn: readonly RetryCondition[]): boolean {
  if (attempt.error === 'timeout') return retryOn.includes('timeout');
  if (attempt.error === 'network') return retryOn.includes('network');
  if (attempt.error === 'aborted') return false;
  if (attempt.status === undefined) return false;
  if (retryOn.includes(attempt.status)) return true;
  return retryOn.includes('non-2xx') && (attempt.status < 200 || attempt.status >= 300);
}

/** Build the request exactly as the platform frames it. */
export function frameRequest(
  contract: Contract,
  options: Pick<
    DeliverOptions,
    'url' | 'event' | 'payload' | 'items' | 'rawBody' | 'secret' | 'appId' | 'query' | 'headers'
  >,
  now = Date.now,
): Transcript['request'] {
  const body =
    options.rawBody === undefined
      ? JSON.stringify(deliveredBody(contract, options))
      : typeof options.rawBody === 'string'
        ? options.rawBody
        : Buffer.from(options.rawBody).toString('utf8');
  if (body === undefined) throw new OptionError('deliver: pass `payload`, `items` (batch contracts) or `rawBody`.');
  const url = new URL(options.url);
  const headers: Record<string, string> = {
    'content-type': contract.transport.contentType,
    'user-agent': `chathooks (${contract.id})`,
  };
  writeEventName(contract.discriminator, options.event, url, headers);
  if (contract.appId && options.appId !== undefined) {
    if (contract.appId.in === 'query') url.searchParams.set(contract.appId.name, options.appId);
    if (contract.appId.in === 'header') headers[contract.appId.name.toLowerCase()] = options.appId;
  }
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  if (options.secret !== undefined && schemeModule(contract.signature).signs) {
    const signed = signRequest(contract.signature, { rawBody: body, secret: options.secret, now });
    Object.assign(headers, signed.headers);
    for (const [k, v] of Object.entries(signed.query)) url.searchParams.set(k, v);
  }
  for (const [k, v] of Object.entries(options.headers ?? {})) headers[k.toLowerCase()] = v;
  return { method: contract.transport.method, url: url.href, headers, body };
}

/**
 * What a delivery's body carries: the payload as it is, or for a batch contract the envelope holding `items`
 * (default: the payload as the only event). `items` on a one-event contract is a mistake worth saying.
 */
function deliveredBody(contract: Contract, options: Pick<DeliverOptions, 'payload' | 'items'>): unknown {
  if (!contract.batch) {
    if (options.items !== undefined)
      throw new OptionError(
        `deliver: \`items\` is for contracts whose deliveries carry a batch of events; ${contract.title} sends one event per delivery: pass \`payload\`.`,
      );
    return options.payload;
  }
  if (options.items !== undefined) return wrapBatch(contract, options.items);
  return options.payload === undefined ? undefined : wrapBatch(contract, [options.payload]);
}

/** Platform time as real time (timeScale 1), shared by sends that bring no clock of their own. */
const REAL_TIME = scaledClock(1);

/** One attempt's raw outcome: the status and reply text (cut at `maxReplyBytes`: see `truncated`), or why there was none. */
export interface SendResult extends Partial<ReplyCut> {
  startedAt: number;
  latencyMs: number;
  status?: number;
  text?: string;
  error?: AttemptError;
  errorMessage?: string;
}

/**
 * Send a framed request once, giving up after `timeoutMs` of platform time: the transport under `deliver`,
 * for callers (the contract runner) that judge single replies rather than the retry loop.
 */
export async function sendOnce(
  request: Transcript['request'],
  options: {
    timeoutMs: number;
    clock?: Clock;
    signal?: AbortSignal | undefined;
    fetch?: FetchLike | undefined;
    maxReplyBytes?: number | undefined;
  },
): Promise<SendResult> {
  const clock = options.clock ?? REAL_TIME;
  const startedAt = clock.now();
  const started = performance.now();
  const maxReplyBytes = maxReplyBytesOption(options.maxReplyBytes, 'sendOnce');
  if (options.fetch?.inProcess)
    return sendInProcess(
      request,
      options.fetch,
      clock.real(options.timeoutMs),
      { ...options, maxReplyBytes },
      startedAt,
      started,
    );
  if (!options.fetch) {
    const outcome = await httpSend(request, clock.real(options.timeoutMs), options.signal, maxReplyBytes);
    return {
      startedAt,
      latencyMs: performance.now() - started,
      ...outcome,
      ...(outcome.error === 'timeout' ? { errorMessage: `no reply within ${options.timeoutMs} ms` } : {}),
    };
  }
  const timeout = AbortSignal.timeout(clock.real(options.timeoutMs));
  const { signal } = options;
  const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
  try {
    const res = await options.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: combined,
      redirect: 'manual',
    });
    const body = await readBoundedText(res, maxReplyBytes);
    return { startedAt, latencyMs: performance.now() - started, status: res.status, ...body };
  } catch (error) {
    const latencyMs = performance.now() - started;
    if (timeout.aborted)
      return { startedAt, latencyMs, error: 'timeout', errorMessage: `no reply within ${options.timeoutMs} ms` };
    if (signal?.aborted) return { startedAt, latencyMs, error: 'aborted', errorMessage: 'delivery aborted' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      startedAt,
      latencyMs,
      error: 'network',
      errorMessage: cause?.code ?? cause?.message ?? (error as Error).message,
    };
  }
}

async function sendInProcess(
  request: Transcript['request'],
  handler: FetchLike,
  realTimeoutMs: number,
  options: { timeoutMs: number; signal?: AbortSignal | undefined; maxReplyBytes: number },
  startedAt: number,
  started: number,
): Promise<SendResult> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const { signal } = options;
  const stop = new Promise<'timeout' | 'aborted'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), realTimeoutMs);
    if (signal) {
      onAbort = () => resolve('aborted');
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  try {
    const reply = handler(request.url, { method: request.method, headers: request.headers, body: request.body }).then(
      async (res): Promise<{ status: number } & BoundedText> => ({
        status: res.status,
        ...(await readBoundedText(res, options.maxReplyBytes)),
      }),
    );
    const outcome = await Promise.race([reply, stop]);
    const latencyMs = performance.now() - started;
    if (outcome === 'timeout')
      return { startedAt, latencyMs, error: 'timeout', errorMessage: `no reply within ${options.timeoutMs} ms` };
    if (outcome === 'aborted') return { startedAt, latencyMs, error: 'aborted', errorMessage: 'delivery aborted' };
    return { startedAt, latencyMs, ...outcome };
  } catch (error) {
    return {
      startedAt,
      latencyMs: performance.now() - started,
      error: 'network',
      errorMessage: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Parse a reply text (JSON, else the text itself) and check it against the event's reply schema and the policy's
 * success statuses. A reply cut at `maxReplyBytes` (`cut`) is judged as the text it is: it fails a reply schema
 * that asks for JSON, with an issue saying it was cut; a schema that accepts any body (the platform reads only
 * the status) accepts it too.
 */
export function judgeReply(
  source: Contract | RuntimeContract,
  event: EventContract | undefined,
  status: number,
  text: string,
  policy: DeliveryPolicy,
  cut?: { how: ReplyCut; maxReplyBytes: number },
): Pick<Attempt, 'reply' | 'replyValid' | 'replyIssues' | 'ok'> {
  let reply: unknown = text;
  try {
    reply = text === '' || cut ? text : JSON.parse(text);
  } catch {
    /* not JSON: keep the text */
  }
  const out: Pick<Attempt, 'reply' | 'replyValid' | 'replyIssues' | 'ok'> = { reply, ok: false };
  const validateReply = replyValidator(source, event);
  if (validateReply && cut) {
    out.replyValid = validateReply(reply).ok;
    if (!out.replyValid)
      out.replyIssues = [
        {
          pointer: '',
          keyword: 'maxReplyBytes',
          message: `${describeCut(cut.how, cut.maxReplyBytes)}; a reply cut short cannot satisfy the reply schema`,
        },
      ];
  } else if (validateReply) {
    const { ok, issues } = validateReply(reply);
    out.replyValid = ok;
    if (!ok) out.replyIssues = issues;
  }
  // A reply the platform cannot read (Tencent: not its JSON envelope) is a failed delivery even with 200.
  out.ok = accepted(status, policy.success) && (out.replyValid ?? true);
  return out;
}

/**
 * How a send's reply was cut, when it was.
 *
 * @example
 * replyCut(await sendOnce(request, { timeoutMs: 5000, maxReplyBytes: 1024 })); // undefined, or { truncated: true, replyBytesSeen, … }
 */
export function replyCut(result: Partial<ReplyCut>): ReplyCut | undefined {
  if (!result.truncated) return undefined;
  return {
    truncated: true,
    replyBytesSeen: result.replyBytesSeen ?? 0,
    ...(result.replyBytesAnnounced !== undefined ? { replyBytesAnnounced: result.replyBytesAnnounced } : {}),
  };
}

/**
 * Deliver one event per the contract's policy.
 *
 * @example
 * const t = await deliver(gaife.contract, { url: 'http://127.0.0.1:8080/webhook', event: 'message', payload, timeScale: 0.01 });
 * t.attempts.map((a) => a.status ?? a.error); // [500, 500, 'timeout', 200]
 */
export async function deliver(source: Contract | RuntimeContract, options: DeliverOptions): Promise<Transcript> {
  const contract = contractOf(source);
  const event = contract.events.find((e) => e.name === options.event);
  if (!event && contract.eventSet === 'closed') {
    throw new OptionError(
      `deliver: "${options.event}" is not an event of ${contract.title}; known: ${contract.events
        .slice(0, 5)
        .map((e) => e.name)
        .join(', ')}${contract.events.length > 5 ? ', …' : ''}.`,
    );
  }
  const policy: DeliveryPolicy = { ...contract.delivery, ...options.policy };
  const maxReplyBytes = maxReplyBytesOption(options.maxReplyBytes, 'deliver');
  const clock = options.clock ?? scaledClock(options.timeScale ?? 1);
  const limiter = options.limiter ?? (policy.rateLimit ? new EndpointLimiter(policy.rateLimit, clock) : undefined);
  const request = frameRequest(contract, options, clock.now);
  const attempts: Attempt[] = [];
  const maxAttempts = 1 + policy.retries.length;
  for (let n = 1; n <= maxAttempts; n++) {
    const release = limiter ? await limiter.acquire() : undefined;
    let raw: SendResult;
    try {
      raw = await sendOnce(request, {
        timeoutMs: policy.timeoutMs,
        clock,
        signal: options.signal,
        fetch: options.fetch,
        maxReplyBytes,
      });
    } finally {
      release?.();
    }
    const { text, ...base } = raw;
    const attempt: Attempt = { attempt: n, ...base, ok: false };
    const cut = replyCut(raw);
    if (text !== undefined)
      Object.assign(attempt, judgeReply(source, event, raw.status!, text, policy, cut && { how: cut, maxReplyBytes }));
    attempts.push(attempt);
    if (attempt.ok || n === maxAttempts || !retryable(attempt, policy.retryOn)) break;
    attempt.retryAfterMs = policy.retries[n - 1]!;
    await clock.sleep(attempt.retryAfterMs);
  }
  const last = attempts.at(-1)!;
  let outcome: Transcript['outcome'] = last.ok ? 'delivered' : 'failed';
  if (!last.ok && event?.kind === 'before' && last.error === 'timeout' && policy.onTimeout)
    outcome = policy.onTimeout === 'proceed' ? 'proceeded' : 'blocked';
  const transcript: Transcript = { event: options.event, kind: event?.kind ?? 'unknown', request, attempts, outcome };
  if (last.ok) transcript.reply = last.reply;
  return transcript;
}

/**
 * A sender bound to one contract and endpoint: deliveries share the endpoint's rate limits
 * (GAIFE: at most 10 concurrent and 100 per minute).
 *
 * @example
 * const send = createDeliverer(gaife.contract, { url, timeScale: 0.01 });
 * await Promise.all(payloads.map((payload) => send({ event: 'message', payload })));
 */
export function createDeliverer(
  source: Contract | RuntimeContract,
  defaults: Omit<DeliverOptions, 'event' | 'payload' | 'rawBody' | 'limiter'>,
): ((options: Omit<DeliverOptions, 'url' | 'limiter' | 'clock'> & { url?: string | URL }) => Promise<Transcript>) & {
  limiter: EndpointLimiter | undefined;
} {
  const contract = contractOf(source);
  maxReplyBytesOption(defaults.maxReplyBytes, 'createDeliverer');
  const clock = defaults.clock ?? scaledClock(defaults.timeScale ?? 1);
  const rateLimit = defaults.policy?.rateLimit ?? contract.delivery.rateLimit;
  const limiter = rateLimit ? new EndpointLimiter(rateLimit, clock) : undefined;
  const send = (options: Omit<DeliverOptions, 'url' | 'limiter' | 'clock'> & { url?: string | URL }) =>
    deliver(source, {
      ...defaults,
      ...options,
      url: options.url ?? defaults.url,
      clock,
      ...(limiter ? { limiter } : {}),
    });
  return Object.assign(send, { limiter });
}

export { scaledClock, type Clock } from './clock.js';
export { DEFAULT_MAX_REPLY_BYTES, describeCut, type ReplyCut } from './reply.js';
export { EndpointLimiter, type RateLimit } from './limiter.js';
