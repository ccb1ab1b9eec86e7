/** Protocol problems a receiver answers with an HTTP status: one class, one table of statuses. */
import { ChathooksError } from '../model/errors.js';

export type WebhookProblem =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'signature'
  | 'wrong-app'
  | 'malformed-json'
  | 'invalid-payload'
  | 'unknown-event';

/** Every status a receiver answers a protocol problem with, in one place. */
export const PROBLEM_STATUS: Readonly<Record<WebhookProblem, number>> = Object.freeze({
  'method-not-allowed': 405,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  signature: 401,
  'wrong-app': 403,
  'malformed-json': 400,
  'invalid-payload': 400,
  'unknown-event': 404,
});

/** A request the receiver refuses: the status comes from `PROBLEM_STATUS`. */
export class WebhookRequestError extends ChathooksError {
  override readonly name = 'WebhookRequestError';
  readonly code = 'webhook-request';
  readonly status: number;
  constructor(
    readonly problem: WebhookProblem,
    message: string,
    /** Extra fields for the JSON error body (pointers, the header name…), never secrets. */
    readonly details: Record<string, unknown> = {},
    /** Headers the answer must carry (`allow` on a 405). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.status = PROBLEM_STATUS[problem];
  }
}

/** One problem a reply validator found: where (a JSON pointer into the reply) and what. */
export interface ReplyIssue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/**
 * A handler returned a reply its event's reply schema rejects (a string, an array, a field of the wrong type). It
 * is treated as a handler failure: reported to `onError`, and the platform gets its failure reply, never the bad one.
 *
 * @example
 * onError: (error) => { if (error instanceof InvalidReplyError) log(error.event, error.pointer, error.message); }
 */
export class InvalidReplyError extends ChathooksError {
  override readonly name = 'InvalidReplyError';
  readonly code = 'invalid-reply';
  /** The JSON pointer of the first problem in the completed reply ('' for the reply as a whole). */
  readonly pointer: string;
  constructor(
    readonly event: string,
    readonly issues: readonly ReplyIssue[],
  ) {
    const first = issues[0];
    super(
      `The ${event} handler returned an invalid reply: ${first ? `${first.pointer || '/'} ${first.message}` : 'rejected by its reply schema'}; return the fields of the event's reply (typed in ReplyMap) or nothing to acknowledge.`,
    );
    this.pointer = first?.pointer ?? '';
  }
}

/**
 * The request stream was read before the receiver got it (a body parser such as `express.json()` ran first) and no
 * raw body was kept: the signature cannot be checked on the bytes as sent. Carries `status` 500 for frameworks.
 *
 * @example
 * app.post('/webhook', express.raw({ type: '*\/*' }), (req, res, next) => receiver.node(req, res, next)); // the fix
 */
export class ConsumedBodyError extends ChathooksError {
  override readonly name = 'ConsumedBodyError';
  readonly code = 'body-consumed';
  readonly status = 500;
  readonly statusCode = 500;
  constructor() {
    super(
      "chathooks receiver: the request body was already read by a body parser (e.g. express.json()) and its raw bytes were not kept, so the signature cannot be verified. Mount receiver.node before any body parser, or use express.raw({ type: '*/*' }) on the webhook route (a Buffer req.body or req.rawBody is used as is).",
    );
  }
}
