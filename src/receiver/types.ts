/** Types of the receiver: typed handlers from a runtime contract's validators (a generated module's). */
import type { Contract } from '../model/model.js';
import type { GuardValidator, RuntimeContract } from '../model/runtime.js';

/** Event name → payload type, read off the validators' type guards. */
export type EventMapOf<G extends RuntimeContract> = {
  [K in keyof G['validators'] & string]: G['validators'][K] extends GuardValidator<infer T> ? T : never;
};
/** Event name → reply type, read off the reply validators' type guards. */
export type ReplyMapOf<G extends RuntimeContract> = {
  [K in keyof G['replyValidators'] & string]: G['replyValidators'][K] extends GuardValidator<infer T> ? T : void;
};

/** Read-only, case-insensitive header access: a fetch `Headers`, or a light view of node's `req.headers`. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What a handler gets besides the typed payload. */
export interface WebhookContext {
  /** The event name, as the platform sent it. */
  event: string;
  /** The delivery key (event + the contract's idempotency fields, `webhook-id` for Standard Webhooks); stores get its `seenKey` digest. */
  deliveryId: string;
  rawBody: Uint8Array;
  headers: HeaderReader;
  query: URLSearchParams;
  contract: Contract;
  /** Where this event sits in its delivery, for batch contracts (LINE): its index in the array, and the array's length. */
  batch?: { index: number; size: number };
}

/**
 * A handler: return the reply fields that matter (the platform's envelope, e.g. Tencent's
 * `ActionStatus`/`ErrorCode`/`ErrorInfo`, is completed from the spec's first reply example), or nothing
 * to acknowledge / allow.
 */
export type Handler<E, R> = (
  event: E,
  ctx: WebhookContext,
) => (R extends object ? Partial<R> : R) | void | Promise<(R extends object ? Partial<R> : R) | void>;

export type Handlers<G extends RuntimeContract> = {
  [K in keyof EventMapOf<G>]?: Handler<EventMapOf<G>[K], K extends keyof ReplyMapOf<G> ? ReplyMapOf<G>[K] : never>;
};

/** A request as the core sees it, whatever the runtime. */
export interface WebhookRequest {
  method: string;
  url: URL;
  headers: HeaderReader;
  rawBody: Uint8Array;
}

/** The response the core decided on. */
export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type ExtraKeys<Ret, R> = Ret extends object ? Exclude<keyof Ret, keyof R> : never;
type ReplyOf<G extends RuntimeContract, K> = K extends keyof ReplyMapOf<G> ? ReplyMapOf<G>[K] : never;

/**
 * Handlers as written, checked: unknown event names do not compile, and neither does a reply with a field
 * its event's reply does not have (TypeScript skips excess-property checks on returned literals otherwise).
 */
export type CheckedHandlers<G extends RuntimeContract, H> = {
  [K in keyof H]: K extends keyof EventMapOf<G>
    ? H[K] extends (...args: infer A) => infer Ret
      ? [ExtraKeys<Awaited<Ret>, ReplyOf<G, K>>] extends [never]
        ? H[K]
        : (...args: A) => Ret & { [X in ExtraKeys<Awaited<Ret>, ReplyOf<G, K>>]: never }
      : H[K]
    : never;
};
