/**
 * The HTTP core of a receiver: verify the raw body's signature, then parse, identify, validate,
 * deduplicate, dispatch, and complete the reply into the platform's envelope. Every protocol problem
 * becomes a status here (see `PROBLEM_STATUS`); runtime adapters only move bytes.
 */
import { SignatureVerificationError } from '../signing/errors.js';
import { prepareVerify, type PreparedVerify } from '../signing/verify.js';
import type { Contract, EventContract } from '../model/model.js';
import { eventNameLocation, eventNameReader, type EventNameReader } from '../model/event-name.js';
import { getAt } from '../model/pointer.js';
import { batchHeader, checkBatch, runInOrder, type CheckedBatch, type InvalidEventPolicy } from './batch.js';
import { DeliveryContext } from './context.js';
import { InvalidReplyError, WebhookRequestError } from './errors.js';
import { compileDeliveryKey, seenKey, type DeliveryKey, type SeenStore } from './idempotency.js';
import { CLAIM_MARGIN_MS, isThenable, OncePerDelivery, type Outcome } from './once.js';
import type { GuardValidator, RuntimeContract } from '../model/runtime.js';
import type { HeaderReader, WebhookContext, WebhookRequest, WebhookResponse } from './types.js';

export type UnknownEventPolicy = 'ignore' | 'warn' | 'reject';

export interface CoreOptions {
  secrets: readonly string[];
  /** The option the secrets came from, named in errors about them (e.g. "createReceiver(protocol): `secret`"). */
  secretOption?: string;
  handlers: Record<string, ((event: never, ctx: WebhookContext) => unknown) | undefined>;
  onUnknownEvent: UnknownEventPolicy;
  /** An invalid event inside a batch: refuse the whole batch (400), or skip it (reported to onError). */
  onInvalidEvent: InvalidEventPolicy;
  /** Called for an empty batch where the contract says it is the platform's endpoint check. */
  onVerify: ((ctx: VerifyContext) => unknown) | undefined;
  now: () => number;
  appId: string | undefined;
  store: SeenStore | undefined;
  onError: (error: unknown, ctx: WebhookContext | undefined) => void;
  /** How long a handler may take before the platform's failure reply is sent instead. */
  handlerTimeoutMs: number;
  warn: (message: string) => void;
}

const JSON_TYPES = /^(application\/(json|[\w.+-]+\+json)|text\/(json|plain))\b/i;

function json(status: number, body: unknown): WebhookResponse {
  return jsonText(status, JSON.stringify(body));
}

/** Each response gets its own headers object: callers of `handle` may add to it. */
function jsonText(status: number, body: string): WebhookResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}

/** The response for a refused request: a JSON body with the problem, the message and its details. */
export function problemResponse(error: WebhookRequestError): WebhookResponse {
  const out = json(error.status, { error: error.problem, message: error.message, ...error.details });
  for (const key of Object.keys(error.headers)) out.headers[key] = error.headers[key]!;
  return out;
}

/** The raw body as UTF-8 text, without copying the bytes. */
function text(raw: Uint8Array): string {
  return (Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)).toString('utf8');
}

/**
 * A request that passed every check: its event (undefined when unknown but acknowledged) and parsed payload. A
 * batch: `batch` holds its events, and `name`/`event` are its first event's (undefined for an empty batch).
 */
export interface Checked {
  name: string | undefined;
  event: EventContract | undefined;
  payload: unknown;
  batch?: CheckedBatch;
}

/** What `onVerify` gets: the platform's endpoint check (an empty batch), verified. */
export interface VerifyContext {
  rawBody: Uint8Array;
  headers: HeaderReader;
  contract: Contract;
}

export class ReceiverCore {
  readonly #events: Map<string, EventContract>;
  /** The first reply example of each event: the envelope a handler's reply is completed into. */
  readonly #defaults = new Map<string, unknown>();
  /** The acknowledgement of each event (its completed empty reply), serialised once. */
  readonly #acks = new Map<string, string>();
  readonly #method: string;
  readonly #eventName: EventNameReader;
  readonly #deliveryKey: DeliveryKey;
  readonly #verify: PreparedVerify;
  /** De-duplication (claims, in-flight copies), when the receiver has a store. */
  readonly #once: OncePerDelivery | undefined;
  constructor(
    readonly generated: RuntimeContract,
    readonly options: CoreOptions,
  ) {
    const { contract } = generated;
    this.#events = new Map(contract.events.map((e) => [e.name, e]));
    for (const e of contract.events) if (e.reply?.examples[0]) this.#defaults.set(e.name, e.reply.examples[0].payload);
    for (const e of contract.events) this.#acks.set(e.name, JSON.stringify(this.#defaults.get(e.name) ?? {}));
    this.#method = contract.transport.method.toUpperCase();
    this.#eventName = eventNameReader(contract);
    this.#deliveryKey = compileDeliveryKey(contract);
    this.#verify = prepareVerify(contract.signature, options.secrets, options.now, options.secretOption);
    this.#once = options.store
      ? new OncePerDelivery(options.store, options.handlerTimeoutMs + CLAIM_MARGIN_MS)
      : undefined;
  }

  get contract(): Contract {
    return this.generated.contract;
  }

  async handle(request: WebhookRequest): Promise<WebhookResponse> {
    return this.respond(request);
  }

  /**
   * `handle` without the promise when nothing in the pipeline is asynchronous (no async store, no async
   * handler): runtime adapters answer in the same tick, and no timer is armed for a handler that already returned.
   */
  respond(request: WebhookRequest): WebhookResponse | Promise<WebhookResponse> {
    let out: WebhookResponse | Promise<WebhookResponse>;
    try {
      out = this.#handle(request);
    } catch (error) {
      return this.refuse(error);
    }
    return out instanceof Promise ? out.catch((error: unknown) => this.refuse(error)) : out;
  }

  /** The response for an error out of the pipeline: its problem's status, or a 500 (reported to onError) for anything else. */
  refuse(error: unknown): WebhookResponse {
    if (error instanceof WebhookRequestError) return problemResponse(error);
    this.options.onError(error, undefined);
    return json(500, { error: 'internal', message: 'The receiver failed; see its onError hook.' });
  }

  /**
   * Everything before dispatch: method, content type, signature, JSON, app id, event name, schema. Throws
   * WebhookRequestError for a refused request; `event` is undefined for an unknown event the policy acknowledges.
   * `bodyText`: the raw body already decoded as UTF-8 by a caller that needs it too (the mock records it).
   */
  check(request: WebhookRequest, bodyText?: string): Checked {
    const { contract } = this;
    if (request.method !== this.#method && request.method.toUpperCase() !== this.#method) {
      throw new WebhookRequestError(
        'method-not-allowed',
        `${contract.title} delivers webhooks with ${contract.transport.method}, not ${request.method}.`,
        {},
        { allow: this.#method },
      );
    }
    const contentType = request.headers.get('content-type');
    if (contentType && !JSON_TYPES.test(contentType)) {
      throw new WebhookRequestError(
        'unsupported-media-type',
        `Content-Type "${contentType}" is not JSON; ${contract.title} sends ${contract.transport.contentType}.`,
      );
    }

    // Verify before parsing: nothing from an unauthenticated body is trusted or even parsed.
    try {
      this.#verify(
        request.rawBody,
        (name) => request.headers.get(name) ?? undefined,
        () => request.url.searchParams,
      );
    } catch (error) {
      if (error instanceof SignatureVerificationError) {
        throw new WebhookRequestError('signature', error.message, {
          reason: error.reason,
          [error.location === 'query' ? 'parameter' : 'header']: error.field,
        });
      }
      throw error;
    }

    let payload: unknown;
    try {
      payload = JSON.parse(bodyText ?? text(request.rawBody));
    } catch (error) {
      throw new WebhookRequestError('malformed-json', `The body is not valid JSON: ${(error as Error).message}.`);
    }

    if (contract.appId && this.options.appId !== undefined) {
      const { in: where, name } = contract.appId;
      const got =
        where === 'query'
          ? request.url.searchParams.get(name)
          : where === 'header'
            ? request.headers.get(name)
            : getAt(payload, `/${name}`);
      if (String(got ?? '') !== this.options.appId) {
        throw new WebhookRequestError(
          'wrong-app',
          `${where} parameter ${name} is ${got === null || got === undefined ? 'missing' : `"${String(got)}"`}, not this receiver's app id.`,
          { [where === 'query' ? 'parameter' : where]: name },
        );
      }
    }

    if (contract.batch) {
      const batch = checkBatch(this.generated, payload, {
        onUnknownEvent: this.options.onUnknownEvent,
        onInvalidEvent: this.options.onInvalidEvent,
        warn: this.options.warn,
        onError: (error) => this.options.onError(error, undefined),
      });
      const head = batch.items[0];
      return { name: batch.names[0] ?? undefined, event: head?.event, payload, batch };
    }

    const name = this.#eventName(request, payload);
    const d = contract.discriminator;
    if (name === undefined && d) {
      // Not an event the spec lacks (that would still carry a name) but a request that is no delivery at all.
      const where = eventNameLocation(d);
      throw new WebhookRequestError(
        'invalid-payload',
        `The request names no event: ${where.text} is missing; every ${contract.title} delivery names its event there.`,
        where.details,
      );
    }
    const event = name === undefined ? undefined : this.#events.get(name);
    if (!event) {
      const described = name === undefined ? 'no event name' : `unknown event "${name}"`;
      if (this.options.onUnknownEvent === 'reject') {
        throw new WebhookRequestError(
          'unknown-event',
          `The request carries ${described}; this receiver knows ${contract.events.length} events of ${contract.title}.`,
          { event: name ?? null },
        );
      }
      if (this.options.onUnknownEvent === 'warn')
        this.options.warn(
          `chathooks: acknowledged ${described} (${contract.title}); update the spec if the platform added it.`,
        );
      return { name, event: undefined, payload };
    }

    const validate = this.generated.validators[event.name] as GuardValidator<unknown> | undefined;
    if (validate && !validate(payload)) {
      const issues = validate.errors ?? [];
      const first = issues[0];
      throw new WebhookRequestError(
        'invalid-payload',
        `The ${event.name} payload is invalid: ${first ? `${first.pointer || '/'} ${first.message}` : 'rejected by its schema'}.`,
        {
          event: event.name,
          pointer: first?.pointer ?? '',
          issues,
        },
      );
    }
    return { name, event, payload };
  }

  #handle(request: WebhookRequest): WebhookResponse | Promise<WebhookResponse> {
    const { contract } = this;
    const checked = this.check(request);
    if (checked.batch) return this.#handleBatch(request, checked.batch);
    const { event, payload } = checked;
    if (!event) return this.#ack(undefined);

    const ctx = new DeliveryContext(event.name, payload, request, contract, this.#deliveryKey);
    const run = (): Outcome | Promise<Outcome> => this.#dispatch(event, payload, ctx);
    if (!this.#once) {
      const out = run();
      return out instanceof Promise ? out.then((o) => o.response) : out.response;
    }
    return this.#once.run(seenKey(ctx.deliveryId), run, () => {
      this.options.onError(
        new Error(
          `The ${event.name} delivery stayed claimed by another receiver for ${this.#once!.claimTtlMs} ms; answered with the failure reply so the platform retries.`,
        ),
        ctx,
      );
      return { response: this.#failure(event), remembered: false };
    });
  }

  /**
   * A batch: the endpoint check (empty) answered after `onVerify`; otherwise each event dispatched in order, each
   * once per its own delivery key, and one answer — the acknowledgement, or the first failing event's failure
   * reply (the platform redelivers the batch; the events that succeeded are answered from the store then).
   */
  async #handleBatch(request: WebhookRequest, batch: CheckedBatch): Promise<WebhookResponse> {
    const { contract } = this;
    if (batch.verification) {
      if (this.options.onVerify) {
        try {
          await this.options.onVerify({ rawBody: request.rawBody, headers: request.headers, contract });
        } catch (error) {
          this.options.onError(error, undefined);
          return json(500, {
            error: 'verify-failed',
            message: "The onVerify hook failed; see the receiver's onError hook.",
          });
        }
      }
      const ack = this.#ack(contract.events[0]);
      ack.headers['x-chathooks-batch'] = 'events=0; verification';
      return ack;
    }
    const size = batch.names.length;
    const run = await runInOrder(batch.items, (item) => {
      const ctx = new DeliveryContext(item.event.name, item.payload, request, contract, this.#deliveryKey, {
        index: item.index,
        size,
      });
      const work = (): Outcome | Promise<Outcome> => this.#dispatch(item.event, item.payload, ctx);
      if (!this.#once) return work();
      return this.#once.outcome(seenKey(ctx.deliveryId), work, () => {
        this.options.onError(
          new Error(
            `Event ${item.index} (${item.event.name}) of the batch stayed claimed by another receiver for ${this.#once!.claimTtlMs} ms; answered with the failure reply so the platform redelivers.`,
          ),
          ctx,
        );
        return { response: this.#failure(item.event), remembered: false };
      });
    });
    const response = run.failed ? run.failed.outcome.response : this.#ack(batch.items[0]?.event ?? contract.events[0]);
    const out: WebhookResponse = {
      ...response,
      headers: { ...response.headers, 'x-chathooks-batch': batchHeader(run, size) },
    };
    // Every event a repeat: the batch as a whole was a redelivery.
    if (!run.failed && run.handled === 0 && run.duplicates > 0) out.headers['x-chathooks-duplicate'] = 'true';
    else delete out.headers['x-chathooks-duplicate'];
    return out;
  }

  /** Run the handler (a thrown or rejected one, or an invalid reply, gets the platform's failure reply, never the error). */
  #dispatch(event: EventContract, payload: unknown, ctx: WebhookContext): Outcome | Promise<Outcome> {
    const handler = this.options.handlers[event.name];
    const failed = (error: unknown): Outcome => {
      this.options.onError(error, ctx);
      // The platform's failure reply, never the error itself.
      return { response: this.#failure(event), remembered: false };
    };
    try {
      const result = handler ? handler(payload as never, ctx) : undefined;
      if (isThenable(result)) {
        return this.#withTimeout(Promise.resolve(result), event.name).then((reply) => {
          try {
            return { response: this.#answer(event, reply), remembered: true };
          } catch (error) {
            return failed(error);
          }
        }, failed);
      }
      return { response: this.#answer(event, result), remembered: true };
    } catch (error) {
      return failed(error);
    }
  }

  /** A handler's reply, completed into the envelope and checked against the event's reply schema (InvalidReplyError). */
  #answer(event: EventContract, reply: unknown): WebhookResponse {
    if (reply === undefined || reply === null) return this.#ack(event);
    const body = this.#complete(event, reply);
    const validate = this.generated.replyValidators[event.name];
    if (validate) {
      if (!validate(body)) throw new InvalidReplyError(event.name, validate.errors ?? []);
    } else if (typeof reply !== 'object' || Array.isArray(reply)) {
      throw new InvalidReplyError(event.name, [
        {
          pointer: '',
          keyword: 'type',
          message: `must be an object (got ${Array.isArray(reply) ? 'an array' : `a ${typeof reply}`})`,
        },
      ]);
    }
    return json(event.reply?.status ?? 200, body);
  }

  /** An object reply over the event's first reply example (its envelope); anything else as it is. */
  #complete(event: EventContract, reply: unknown): unknown {
    const base = this.#defaults.get(event.name);
    if (
      typeof reply === 'object' &&
      reply !== null &&
      !Array.isArray(reply) &&
      base &&
      typeof base === 'object' &&
      !Array.isArray(base)
    )
      return { ...(base as object), ...(reply as object) };
    return reply;
  }

  /** A handler that never settles must not hold the connection: the platform has given up by then anyway. */
  #withTimeout<T>(work: Promise<T>, name: string): Promise<T> {
    const ms = this.options.handlerTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `The ${name} handler did not finish within ${ms} ms; answer faster and do slow work after replying.`,
            ),
          ),
        ms,
      );
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** The acknowledgement of an event (its first reply example: the platform's "allow"/ack envelope), or of an unknown event. */
  #ack(event: EventContract | undefined): WebhookResponse {
    const status = event?.reply?.status ?? 200;
    const ack = event ? this.#acks.get(event.name) : undefined;
    return ack === undefined ? json(status, this.#anyDefault() ?? {}) : jsonText(status, ack);
  }

  /** The platform's failure reply: a reply example named `fail`/`error` where the spec has one, else a 500. */
  #failure(event: EventContract): WebhookResponse {
    const fail = event.reply?.examples.find((e) => /^(fail|failure|error)$/i.test(e.name));
    if (fail) return json(event.reply!.status, fail.payload);
    return json(500, {
      error: 'handler-failed',
      message: `The ${event.name} handler failed; see the receiver's onError hook.`,
    });
  }

  #anyDefault(): unknown {
    return this.#defaults.values().next().value;
  }
}
