/**
 * The HTTP core of a receiver: verify the raw body's signature, then parse, identify, validate,
 * deduplicate, dispatch, and complete the reply into the platform's envelope. Every protocol problem
 * becomes a status here (see `PROBLEM_STATUS`); runtime adapters only move bytes.
 */
import { verifySignature, SignatureVerificationError } from '../signing/index.js';
import type { Contract, EventContract } from '../spec/model.js';
import { getAt } from '../spec/pointer.js';
import { WebhookRequestError } from './errors.js';
import { deliveryKey, type SeenStore } from './idempotency.js';
import type { GeneratedContract, GuardValidator, WebhookContext, WebhookRequest, WebhookResponse } from './types.js';

export type UnknownEventPolicy = 'ignore' | 'warn' | 'reject';

export interface CoreOptions {
  secrets: readonly string[];
  handlers: Record<string, ((event: never, ctx: WebhookContext) => unknown) | undefined>;
  onUnknownEvent: UnknownEventPolicy;
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
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** The response for a refused request: a JSON body with the problem, the message and its details. */
export function problemResponse(error: WebhookRequestError): WebhookResponse {
  return json(error.status, { error: error.problem, message: error.message, ...error.details });
}

/** Where the event name is: the discriminator, or the single event of a one-event contract. */
function eventNameOf(contract: Contract, payload: unknown, request: WebhookRequest): string | undefined {
  const d = contract.discriminator;
  if (!d) return contract.events.length === 1 ? contract.events[0]!.name : undefined;
  const value =
    d.in === 'query' ? request.url.searchParams.get(d.name) : d.in === 'header' ? request.headers.get(d.name) : getAt(payload, `/${d.name}`);
  if (typeof value === 'string') return value;
  // Tencent repeats the command in the body; accept it there when the query lacks it.
  if (d.bodyField) {
    const body = getAt(payload, `/${d.bodyField}`);
    if (typeof body === 'string') return body;
  }
  return undefined;
}

export class ReceiverCore {
  readonly #events: Map<string, EventContract>;
  /** The first reply example of each event: the envelope a handler's reply is completed into. */
  readonly #defaults = new Map<string, unknown>();
  constructor(
    readonly generated: GeneratedContract,
    readonly options: CoreOptions,
  ) {
    this.#events = new Map(generated.contract.events.map((e) => [e.name, e]));
    for (const e of generated.contract.events) if (e.reply?.examples[0]) this.#defaults.set(e.name, e.reply.examples[0].payload);
  }

  get contract(): Contract {
    return this.generated.contract;
  }

  async handle(request: WebhookRequest): Promise<WebhookResponse> {
    try {
      return await this.#handle(request);
    } catch (error) {
      if (error instanceof WebhookRequestError) return problemResponse(error);
      this.options.onError(error, undefined);
      return json(500, { error: 'internal', message: 'The receiver failed; see its onError hook.' });
    }
  }

  async #handle(request: WebhookRequest): Promise<WebhookResponse> {
    const { contract } = this;
    if (request.method.toUpperCase() !== contract.transport.method.toUpperCase()) {
      throw new WebhookRequestError('method-not-allowed', `${contract.title} delivers webhooks with ${contract.transport.method}, not ${request.method}.`);
    }
    const contentType = request.headers.get('content-type');
    if (contentType && !JSON_TYPES.test(contentType)) {
      throw new WebhookRequestError('unsupported-media-type', `Content-Type "${contentType}" is not JSON; ${contract.title} sends ${contract.transport.contentType}.`);
    }

    // Verify before parsing: nothing from an unauthenticated body is trusted or even parsed.
    try {
      verifySignature(contract.signature, { rawBody: request.rawBody, headers: request.headers, query: request.url.searchParams }, this.options.secrets, { now: this.options.now });
    } catch (error) {
      if (error instanceof SignatureVerificationError) {
        throw new WebhookRequestError('signature', error.message, { reason: error.reason, [error.location === 'query' ? 'parameter' : 'header']: error.field });
      }
      throw error;
    }

    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.isBuffer(request.rawBody) ? request.rawBody.toString('utf8') : Buffer.from(request.rawBody).toString('utf8'));
    } catch (error) {
      throw new WebhookRequestError('malformed-json', `The body is not valid JSON: ${(error as Error).message}.`);
    }

    if (contract.appId && this.options.appId !== undefined) {
      const { in: where, name } = contract.appId;
      const got = where === 'query' ? request.url.searchParams.get(name) : where === 'header' ? request.headers.get(name) : getAt(payload, `/${name}`);
      if (String(got ?? '') !== this.options.appId) {
        throw new WebhookRequestError('wrong-app', `${where} parameter ${name} is ${got === null || got === undefined ? 'missing' : `"${String(got)}"`}, not this receiver's app id.`, { [where === 'query' ? 'parameter' : where]: name });
      }
    }

    const name = eventNameOf(contract, payload, request);
    const event = name === undefined ? undefined : this.#events.get(name);
    if (!event) {
      const described = name === undefined ? 'no event name' : `unknown event "${name}"`;
      if (this.options.onUnknownEvent === 'reject') {
        throw new WebhookRequestError('unknown-event', `The request carries ${described}; this receiver knows ${contract.events.length} events of ${contract.title}.`, { event: name ?? null });
      }
      if (this.options.onUnknownEvent === 'warn') this.options.warn(`chathooks: acknowledged ${described} (${contract.title}); update the spec if the platform added it.`);
      return this.#reply(undefined, undefined);
    }

    const validate = this.generated.validators[event.name] as GuardValidator<unknown> | undefined;
    if (validate && !validate(payload)) {
      const issues = validate.errors ?? [];
      const first = issues[0];
      throw new WebhookRequestError('invalid-payload', `The ${event.name} payload is invalid: ${first ? `${first.pointer || '/'} ${first.message}` : 'rejected by its schema'}.`, {
        event: event.name,
        pointer: first?.pointer ?? '',
        issues,
      });
    }

    const ctx: WebhookContext = {
      event: event.name,
      deliveryId: deliveryKey(contract, event.name, payload, request.url.searchParams, request.rawBody),
      rawBody: request.rawBody,
      headers: request.headers,
      query: request.url.searchParams,
      contract,
    };
    const seen = await this.options.store?.get(ctx.deliveryId);
    if (seen) return { status: seen.status, headers: { 'content-type': seen.contentType, 'x-chathooks-duplicate': 'true' }, body: seen.body };

    let response: WebhookResponse;
    const handler = this.options.handlers[event.name];
    try {
      const reply = handler ? await this.#withTimeout(Promise.resolve(handler(payload as never, ctx)), event.name) : undefined;
      response = this.#reply(event, reply);
    } catch (error) {
      this.options.onError(error, ctx);
      // The platform's failure reply, never the error itself.
      return this.#failure(event);
    }
    await this.options.store?.set(ctx.deliveryId, { status: response.status, body: response.body, contentType: response.headers['content-type'] ?? 'application/json' });
    return response;
  }

  /** A handler that never settles must not hold the connection: the platform has given up by then anyway. */
  #withTimeout<T>(work: Promise<T>, name: string): Promise<T> {
    const ms = this.options.handlerTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The ${name} handler did not finish within ${ms} ms; answer faster and do slow work after replying.`)), ms);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** Complete a handler's reply with the event's first reply example (the platform's "allow"/ack envelope). */
  #reply(event: EventContract | undefined, reply: unknown): WebhookResponse {
    const base = event ? this.#defaults.get(event.name) : this.#anyDefault();
    const status = event?.reply?.status ?? 200;
    if (reply === undefined || reply === null) return json(status, base ?? {});
    if (typeof reply === 'object' && !Array.isArray(reply) && base && typeof base === 'object' && !Array.isArray(base)) {
      return json(status, { ...(base as object), ...(reply as object) });
    }
    return json(status, reply);
  }

  /** The platform's failure reply: a reply example named `fail`/`error` where the spec has one, else a 500. */
  #failure(event: EventContract): WebhookResponse {
    const fail = event.reply?.examples.find((e) => /^(fail|failure|error)$/i.test(e.name));
    if (fail) return json(event.reply!.status, fail.payload);
    return json(500, { error: 'handler-failed', message: `The ${event.name} handler failed; see the receiver's onError hook.` });
  }

  #anyDefault(): unknown {
    return this.#defaults.values().next().value;
  }
}
