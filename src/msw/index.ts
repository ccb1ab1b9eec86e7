/**
 * `chathooks/msw`: mock consumer handlers for msw's `setupServer`, with the same scenarios, verification
 * and delivery record as the native mock server (one mock core): `timeout` is `delay('infinite')`, `reset`
 * is `HttpResponse.error()`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MockCore, type MockOptions, type RecordedDelivery, type Reply } from '../mock/core.js';
import type { RecordFilter } from '../mock/record.js';
import { assertNever } from '../model/assert-never.js';
import { readFetchBody } from '../receiver/body.js';
import { problemResponse } from '../receiver/core.js';
import { WebhookRequestError } from '../receiver/errors.js';
import { contractOf, type RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/model.js';

export interface MswHandlersOptions extends Omit<MockOptions, 'secret' | 'appIds'> {
  /** The receiver URL the code under test delivers to (any host: MSW intercepts it). */
  url: string;
  /** The secret deliveries are signed with (default per scheme: `defaultMockSecret(contract.signature)`). */
  secret?: string;
  /** The app id to check where the contract has one (Tencent `SdkAppid`). */
  appId?: string;
}

export type MswHandlers = HttpHandler[] & {
  /**
   * The deliveries the handlers received, oldest first, as bounded as the native mock's record (`maxRecorded`,
   * `maxRecordedBytes`); `after` a `seq` and at most `limit` of them.
   */
  deliveries(filter?: Omit<RecordFilter, 'contract'>): RecordedDelivery[];
  /** Forget deliveries and restart scenario sequences. */
  reset(): void;
};

function toResponse(reply: Reply): HttpResponse<string> {
  return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
}

/**
 * Handlers that play a contract's receiver.
 *
 * @example
 * const handlers = mswHandlers(gaife, { url: 'https://receiver.test/webhook', scenario: 'flaky:1' });
 * const server = setupServer(...handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * // … run the sender under test …
 * handlers.deliveries(); // [{ answer: 500, … }, { answer: 200, … }]
 */
export function mswHandlers(source: Contract | RuntimeContract, options: MswHandlersOptions): MswHandlers {
  const contract = contractOf(source);
  const core = new MockCore([source], {
    ...options,
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
    ...(options.appId !== undefined ? { appIds: { [contract.id]: options.appId } } : {}),
  });
  const method = contract.transport.method.toLowerCase() as 'post';
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const { clock } = core;
  const handler = http[method](options.url, async ({ request }) => {
    const receivedAt = clock.now();
    let rawBody: Uint8Array;
    try {
      // The receiver's bounded reader: no further than the limit, as the native server reads.
      rawBody = await readFetchBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof WebhookRequestError)) throw error;
      // The receiver's problem body, details included, as the native server answers it.
      return toResponse(problemResponse(error));
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    const { entry, action } = await core.decide(contract.id, {
      method: request.method,
      url: new URL(request.url),
      headers,
      rawBody,
      receivedAt,
    });
    // The record says when the answer went out, or when the sender gave up first (its fetch aborted: its
    // timeout), as the native server's does: a sender's waits are measured from there.
    const abandoned = (): void => void (entry.answeredAt === undefined && (entry.abandonedAt ??= clock.iso()));
    const answered = <T>(response: T): T => {
      entry.answeredAt = clock.iso();
      return response;
    };
    const watchAbandon = (): void => {
      if (request.signal.aborted) abandoned();
      else request.signal.addEventListener('abort', abandoned, { once: true });
    };
    // Exhaustive over the steps: a new kind does not compile until MSW plays it.
    switch (action.kind) {
      case 'refuse':
      case 'ok':
      case 'status':
      case 'malformed':
        return answered(toResponse(action.reply));
      case 'timeout':
        watchAbandon();
        await delay('infinite');
        return HttpResponse.error();
      case 'reset':
        return answered(HttpResponse.error());
      case 'delay':
        watchAbandon();
        await delay(action.ms);
        if (request.signal.aborted) return HttpResponse.error();
        return answered(toResponse(action.reply));
      default:
        return assertNever(action);
    }
  });
  return Object.assign([handler], {
    deliveries: (filter: Omit<RecordFilter, 'contract'> = {}) => core.deliveries({ ...filter, contract: contract.id }),
    reset: () => core.reset(),
  });
}
