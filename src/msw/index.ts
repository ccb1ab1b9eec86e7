/**
 * `chathooks/msw`: mock consumer handlers for msw's `setupServer`, with the same scenarios, verification
 * and delivery record as the native mock server (one mock core): `timeout` is `delay('infinite')`, `reset`
 * is `HttpResponse.error()`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MockCore, type MockOptions, type RecordedDelivery } from '../mock/core.js';
import type { RecordFilter } from '../mock/record.js';
import { readFetchBody } from '../receiver/body.js';
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
  const handler = http[method](options.url, async ({ request }) => {
    const receivedAt = Date.now();
    let rawBody: Uint8Array;
    try {
      // The receiver's bounded reader: no further than the limit, as the native server reads.
      rawBody = await readFetchBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof WebhookRequestError)) throw error;
      return HttpResponse.json({ error: error.problem, message: error.message }, { status: error.status });
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    const { entry, action } = await core.decide(contract.id, { method: request.method, url: new URL(request.url), headers, rawBody, receivedAt });
    // The record says when the answer went out, or when the sender gave up first (its fetch aborted: its
    // timeout), as the native server's does: a sender's waits are measured from there.
    const abandoned = (): void => void (entry.answeredAt === undefined && (entry.abandonedAt ??= new Date().toISOString()));
    const answered = <T>(response: T): T => {
      entry.answeredAt = new Date().toISOString();
      return response;
    };
    const watchAbandon = (): void => {
      if (request.signal.aborted) abandoned();
      else request.signal.addEventListener('abort', abandoned, { once: true });
    };
    switch (action.kind) {
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
        return answered(new HttpResponse(action.reply.body, { status: action.reply.status, headers: action.reply.headers }));
      case 'respond':
        return answered(new HttpResponse(action.reply.body, { status: action.reply.status, headers: action.reply.headers }));
    }
  });
  return Object.assign([handler], {
    deliveries: (filter: Omit<RecordFilter, 'contract'> = {}) => core.deliveries({ ...filter, contract: contract.id }),
    reset: () => core.reset(),
  });
}
