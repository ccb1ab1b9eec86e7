/** Protocol problems a receiver answers with an HTTP status: one class, one table of statuses. */

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
export class WebhookRequestError extends Error {
  override readonly name = 'WebhookRequestError';
  readonly status: number;
  constructor(
    readonly problem: WebhookProblem,
    message: string,
    /** Extra fields for the JSON error body (pointers, the header name…), never secrets. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = PROBLEM_STATUS[problem];
  }
}
