/**
 * `createReceiver`: one call that turns a raw HTTP request into a verified, validated, typed event and
 * the handler's typed reply into the response the platform expects — for fetch and node:http.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adapt } from './adapters.js';
import type { InvalidEventPolicy } from './batch.js';
import type { UnknownEventPolicy, VerifyContext } from './core.js';
import { createCore, DEFAULT_MAX_BODY_BYTES } from './create-core.js';
import type { SeenStore } from './idempotency.js';
import type { RuntimeContract } from '../model/runtime.js';
import type { CheckedHandlers, Handlers, WebhookContext, WebhookRequest, WebhookResponse } from './types.js';

export interface ReceiverOptions<G extends RuntimeContract, H extends Handlers<G> = Handlers<G>> {
  /** The signing secret (Tencent: the callback token; Sendbird: the master API token); several for rotation. Never empty; Standard Webhooks: base64, `whsec_` optional. */
  secret?: string | readonly string[];
  /** Handlers by event name, typed from the generated contract. */
  on?: H & CheckedHandlers<G, H>;
  /** Events the spec does not list: acknowledge quietly, acknowledge and warn, or answer 404. Default: `reject` for closed event sets, `warn` for open ones. Any other value throws. */
  onUnknownEvent?: UnknownEventPolicy;
  /**
   * Batch contracts (x-chathooks-batch): an event inside a batch that fails its schema either refuses the whole
   * batch with 400 naming its pointer (`'reject'`, default: nothing of a malformed batch is acted on, and a
   * platform that redelivers it gets the same answer), or is skipped and reported to `onError` while the others
   * are handled (`'skip'`: one bad event does not hold up the rest). One-event contracts refuse an invalid event always.
   */
  onInvalidEvent?: InvalidEventPolicy;
  /** Batch contracts whose empty batch is the platform's endpoint check: called for it, before the success answer (a throw answers 500). */
  onVerify?: (ctx: VerifyContext) => void | Promise<void>;
  /** Largest body accepted, in bytes (a whole number ≥ 1; default 1 MiB); larger requests get 413 and their connection is closed, the rest unread. */
  maxBodyBytes?: number;
  /** Clock for signature freshness windows (ms since epoch). */
  now?: () => number;
  /** This app's id, checked where the contract names one (Tencent `SdkAppid`). */
  appId?: string;
  /** Deduplication of retried deliveries: a store (it receives `seenKey` digests; see `SeenStore` for claims), or `false` to handle every delivery. Default: an in-memory LRU. */
  idempotency?: SeenStore | false;
  /** How long a handler may run before the platform's failure reply is sent, in ms from 1 to 2 147 483 647 (default: the contract's delivery timeout, by then the platform has given up). */
  handlerTimeoutMs?: number;
  /** Called with errors thrown by handlers, their timeouts and invalid replies (`InvalidReplyError`); the platform gets its failure reply, never the error. */
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
export function createReceiver<G extends RuntimeContract, H extends Handlers<G> = Handlers<G>>(
  generated: G,
  options: ReceiverOptions<G, H> = {},
): Receiver {
  return adapt(createCore(generated, options), options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
}

export {
  compileContract,
  toRuntime,
  type GeneratedContract,
  type GuardValidator,
  type RuntimeContract,
} from '../model/runtime.js';
export { ChathooksError, OptionError, type ChathooksErrorCode } from '../model/errors.js';
export {
  ConsumedBodyError,
  InvalidReplyError,
  WebhookRequestError,
  PROBLEM_STATUS,
  type ReplyIssue,
  type WebhookProblem,
} from './errors.js';
export {
  MemorySeenStore,
  deliveryKey,
  seenKey,
  type ClaimResult,
  type SeenStore,
  type StoredReply,
} from './idempotency.js';
export type {
  CheckedHandlers,
  EventMapOf,
  HeaderReader,
  Handler,
  Handlers,
  ReplyMapOf,
  WebhookContext,
  WebhookRequest,
  WebhookResponse,
} from './types.js';
export type { UnknownEventPolicy, VerifyContext } from './core.js';
export type { InvalidEventPolicy } from './batch.js';
