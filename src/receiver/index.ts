/**
 * `createReceiver`: one call that turns a raw HTTP request into a verified, validated, typed event and
 * the handler's typed reply into the response the platform expects — for fetch and node:http.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { preReadBody, readFetchBody, readNodeBody } from './body.js';
import { ReceiverCore, problemResponse, type UnknownEventPolicy } from './core.js';
import { WebhookRequestError } from './errors.js';
import { MemorySeenStore, type SeenStore } from './idempotency.js';
import type { CheckedHandlers, GeneratedContract, Handlers, HeaderReader, WebhookContext, WebhookRequest, WebhookResponse } from './types.js';

export interface ReceiverOptions<G extends GeneratedContract, H extends Handlers<G> = Handlers<G>> {
  /** The signing secret (Tencent: the callback token; Sendbird: the master API token); several for rotation. */
  secret?: string | readonly string[];
  /** Handlers by event name, typed from the generated contract. */
  on?: H & CheckedHandlers<G, H>;
  /** Events the spec does not list: acknowledge quietly, acknowledge and warn, or answer 404. Default: `reject` for closed event sets, `warn` for open ones. */
  onUnknownEvent?: UnknownEventPolicy;
  /** Largest body accepted, in bytes (default 1 MiB); larger requests get 413. */
  maxBodyBytes?: number;
  /** Clock for signature freshness windows (ms since epoch). */
  now?: () => number;
  /** This app's id, checked where the contract names one (Tencent `SdkAppid`). */
  appId?: string;
  /** Deduplication of retried deliveries: a store, or `false` to handle every delivery. Default: in-memory LRU. */
  idempotency?: SeenStore | false;
  /** How long a handler may run before the platform's failure reply is sent (default: the contract's delivery timeout, by then the platform has given up). */
  handlerTimeoutMs?: number;
  /** Called with errors thrown by handlers (the platform gets its failure reply, never the error). */
  onError?: (error: unknown, ctx: WebhookContext | undefined) => void;
  /** Where `warn` goes (default console.warn). */
  logger?: { warn(message: string): void };
}

export interface Receiver {
  /** Handle a fetch `Request` (Workers, Deno, Bun, undici, Hono, Next.js route handlers). */
  fetch(request: Request): Promise<Response>;
  /** node:http / express / connect handler; uses `req.rawBody` (or a Buffer `req.body`) when a framework read it already. */
  node(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): Promise<void>;
  /** The runtime-independent core: a request in, the response out. */
  handle(request: WebhookRequest): Promise<WebhookResponse>;
}

/**
 * Create a receiver for a generated contract.
 *
 * @example
 * import * as tencent from 'chathooks/generated/tencent-chat';
 * const receiver = createReceiver(tencent, {
 *   secret: process.env.TENCENT_CALLBACK_TOKEN,
 *   appId: '1400000000',
 *   on: { 'Group.CallbackBeforeSendMsg': (event) => (hasBadWords(event.MsgBody) ? { ErrorCode: 1, ErrorInfo: 'blocked' } : undefined) },
 * });
 * http.createServer(receiver.node).listen(8080);
 */
export function createReceiver<G extends GeneratedContract, H extends Handlers<G> = Handlers<G>>(generated: G, options: ReceiverOptions<G, H> = {}): Receiver {
  const { contract } = generated;
  const secrets = options.secret === undefined ? [] : typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (contract.signature.scheme !== 'none' && secrets.length === 0) {
    throw new TypeError(`createReceiver(${contract.id}): ${contract.title} signs its webhooks (${contract.signature.scheme}); pass \`secret\` (${contract.signature.secret ?? 'the signing secret'}).`);
  }
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const logger = options.logger ?? console;
  const core = new ReceiverCore(generated, {
    secrets,
    handlers: (options.on ?? {}) as Record<string, undefined>,
    onUnknownEvent: options.onUnknownEvent ?? (contract.eventSet === 'open' ? 'warn' : 'reject'),
    now: options.now ?? Date.now,
    appId: options.appId,
    store: options.idempotency === false ? undefined : (options.idempotency ?? new MemorySeenStore()),
    onError: options.onError ?? ((error) => logger.warn(`chathooks: webhook handler failed: ${error instanceof Error ? error.message : String(error)}`)),
    warn: (message) => logger.warn(message),
    handlerTimeoutMs: options.handlerTimeoutMs ?? contract.delivery.timeoutMs,
  });

  const handle = (request: WebhookRequest): Promise<WebhookResponse> => core.handle(request);

  return {
    handle,
    async fetch(request) {
      let rawBody: Uint8Array;
      try {
        rawBody = await readFetchBody(request, limit);
      } catch (error) {
        if (error instanceof WebhookRequestError) return toResponse(problemResponse(error));
        throw error;
      }
      return toResponse(await handle({ method: request.method, url: new URL(request.url), headers: request.headers, rawBody }));
    },
    async node(req, res, next) {
      try {
        let rawBody = preReadBody(req as IncomingMessage & { rawBody?: unknown; body?: unknown });
        let out: WebhookResponse | undefined;
        if (rawBody === undefined) {
          try {
            rawBody = await readNodeBody(req, limit);
          } catch (error) {
            if (!(error instanceof WebhookRequestError)) throw error;
            out = problemResponse(error);
          }
        } else if (rawBody.byteLength > limit) {
          out = problemResponse(new WebhookRequestError('payload-too-large', `Request body exceeds ${limit} bytes.`, { limit }));
        }
        out ??= await handle({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://receiver.local'), headers: nodeHeaders(req.headers), rawBody: rawBody! });
        res.writeHead(out.status, { ...out.headers, 'content-length': Buffer.byteLength(out.body) });
        res.end(out.body);
      } catch (error) {
        if (next) next(error);
        else {
          res.statusCode = 500;
          res.end();
        }
      }
    },
  };
}

function toResponse(out: WebhookResponse): Response {
  return new Response(out.body, { status: out.status, headers: out.headers });
}

/** node already lower-cases header names; reading them directly avoids building a fetch `Headers` per request. */
export function nodeHeaders(raw: IncomingMessage['headers']): HeaderReader {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

export { compileContract, asGenerated } from './compile.js';
export { WebhookRequestError, PROBLEM_STATUS, type WebhookProblem } from './errors.js';
export { MemorySeenStore, deliveryKey, type SeenStore, type StoredReply } from './idempotency.js';
export type { CheckedHandlers, EventMapOf, GeneratedContract, HeaderReader, Handler, Handlers, ReplyMapOf, WebhookContext, WebhookRequest, WebhookResponse } from './types.js';
export type { UnknownEventPolicy } from './core.js';
