/**
 * The Contract model: one plain, serialisable description of a platform's webhooks, loaded once from an
 * AsyncAPI 3.0 document (`loadContract`) or imported from generated code, and read by every feature.
 */
import type { SignatureScheme } from '../signing/registry.js';

/** A JSON Schema (AsyncAPI's schema format, a superset of draft-07). Self-contained: refs point into `$defs`. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** `before`: the reply can block or rewrite the action. `after`: the reply is ignored. `notify`: an alarm or report. */
export type EventKind = 'before' | 'after' | 'notify';

/** How sure we are of an event's shape: the platform's docs, third-party code only, or our inference. */
export type Confidence = 'documented' | 'third-party' | 'inferred';

export const EVENT_KINDS = ['before', 'after', 'notify'] as const satisfies readonly EventKind[];
export const CONFIDENCES = ['documented', 'third-party', 'inferred'] as const satisfies readonly Confidence[];

/** Where the event name is read from. A platform with a single event has no discriminator. */
export interface Discriminator {
  in: 'query' | 'header' | 'body';
  name: string;
  /** A body field that repeats the name where the platform sends it (Tencent's `CallbackCommand`). */
  bodyField?: string;
}

/**
 * A signature scheme and its parameters: derived from the scheme registry (src/signing/registry.ts), one
 * module per scheme, so the model's union, the extension schema and every feature read one list.
 */
export type { SignatureScheme, SignatureSchemeName } from '../signing/registry.js';
export type { HmacSha256Scheme } from '../signing/hmac-sha256.js';
export type { TencentSha256Scheme } from '../signing/tencent-sha256.js';
export type { StandardWebhooksScheme } from '../signing/standard-webhooks.js';
export type { NoSignatureScheme } from '../signing/none.js';

/** A condition on which the platform sends again: a timeout, a network error, any non-2xx, or one status. */
export type RetryCondition = 'timeout' | 'network' | 'non-2xx' | number;

/** The platform's documented delivery behaviour. */
export interface DeliveryPolicy {
  /** How long the platform waits for the reply of one attempt. */
  timeoutMs: number;
  /** Delay before each retry, in ms; its length is the number of retries (`[]`: never retried). */
  retries: number[];
  retryOn: RetryCondition[];
  /** What counts as an acknowledged delivery: any 2xx, or a list of statuses. */
  success: '2xx' | number[];
  /** What the platform does when a before-event times out. */
  onTimeout?: 'proceed' | 'block';
  rateLimit?: { concurrency?: number; perMinute?: number };
  source?: string;
  confidence?: Confidence;
  notes?: string;
}

/** A named, valid example. */
export interface Example {
  name: string;
  summary?: string;
  payload: unknown;
  headers?: Record<string, string>;
}

/** A named payload the platform never sends, with the reason and where a validator must reject it. */
export interface InvalidExample {
  name: string;
  summary?: string;
  reason: string;
  /** JSON pointer of the offending value (for a missing property: the pointer it would have). */
  pointer: string;
  /** The JSON Schema keyword that must fail there, when it matters. */
  keyword?: string;
  payload: unknown;
}

/** What the receiver must answer. */
export interface ReplyContract {
  /** HTTP status the platform expects. */
  status: number;
  schema: JsonSchema;
  examples: Example[];
}

export interface EventContract {
  /** The platform's own event name, verbatim. */
  name: string;
  /** The AsyncAPI operation id. */
  operationId: string;
  /** A TypeScript-friendly name for the payload type (`GroupCallbackAfterNewMemberJoin`). */
  typeName: string;
  kind: EventKind;
  title?: string;
  summary?: string;
  description?: string;
  tags: string[];
  payload: JsonSchema;
  /** Schema of the request headers the platform sends with this event, if described. */
  headers?: JsonSchema;
  /** Schema of the query parameters the platform appends, if any. */
  query?: JsonSchema;
  reply?: ReplyContract;
  examples: Example[];
  invalidExamples: InvalidExample[];
  source: string;
  confidence: Confidence;
  notes?: string;
}

export interface Transport {
  method: string;
  contentType: string;
  /** The receiver path of the spec (`channels.webhook.address`). */
  path: string;
}

/**
 * A delivery that carries an array of events (LINE: `{ destination, events: [...] }`), from `x-chathooks-batch`.
 * Each event's `payload` is the schema of ONE item; the discriminator and the idempotency key are read inside
 * each item.
 */
export interface BatchContract {
  /** JSON pointer (in the body) of the array of events, e.g. `/events`. */
  items: string;
  /** Schema of the whole body (self-contained: refs point into its `$defs`). */
  envelope: JsonSchema;
  /** What an empty array is: the platform's endpoint check (`verification`), or a malformed delivery (`invalid`). */
  empty: 'verification' | 'invalid';
  /** An envelope example; a delivery of one example is this with `items` set to `[example]`. */
  example?: unknown;
}

export interface Contract {
  id: string;
  title: string;
  version: string;
  description: string;
  /** The spec file the contract was loaded from, relative to the working directory when loaded. */
  source: string;
  transport: Transport;
  discriminator?: Discriminator;
  /** `open`: the platform may send event names the spec does not list (Sendbird categories). */
  eventSet: 'closed' | 'open';
  signature: SignatureScheme;
  delivery: DeliveryPolicy;
  /**
   * What identifies one delivery, so that a retry is handled once: JSON pointers into the payload
   * (`/data/id`) or `query:<name>`; the event name is always part of the key.
   */
  idempotencyKey?: string[];
  /** Where the platform names the receiving app, for receivers that must check it (Tencent `SdkAppid`). */
  appId?: { in: 'query' | 'header' | 'body'; name: string };
  /** Present when one delivery carries an array of events (see `BatchContract`). */
  batch?: BatchContract;
  events: EventContract[];
}
