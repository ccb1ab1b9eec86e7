/**
 * chathooks/delivery: send webhooks the way a platform does — signed per the contract's scheme, framed as the
 * platform frames it, with the documented timeout, retries, backoff and rate limits — and get a transcript of
 * every attempt. The engine lives in deliver.ts; single sends and reply judgement there are internals of the
 * contract runners, not exported here.
 *
 * @example
 * import { deliver } from 'chathooks/delivery';
 * import * as gaife from 'chathooks/generated/gaife';
 * const t = await deliver(gaife, { url: 'http://127.0.0.1:8080/webhook', event: 'message', payload, timeScale: 0.01 });
 */
export {
  deliver,
  createDeliverer,
  type Attempt,
  type AttemptError,
  type DeliverOptions,
  type FetchLike,
  type Transcript,
} from './deliver.js';
export { scaledClock, type Clock } from './clock.js';
export { DEFAULT_MAX_REPLY_BYTES, type ReplyCut } from './reply.js';
export { EndpointLimiter, type RateLimit } from './limiter.js';
