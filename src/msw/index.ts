/**
 * `chathooks/msw`: mock consumer handlers for msw's `setupServer`, with the same scenarios, verification
 * and delivery record as the native mock server (one mock core): `timeout` is `delay('infinite')`, `reset`
 * is `HttpResponse.error()`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MockCore, type MockOptions, type RecordedDelivery } from '../mock/core.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract } from '../spec/model.js';

export interface MswHandlersOptions extends Omit<MockOptions, 'secret' | 'appIds'> {
  /** The receiver URL the code under test delivers to (any host: MSW intercepts it). */
  url: string;
  /** The secret deliveries are signed with (default `chathooks-mock-secret`). */
  secret?: string;
  /** The app id to check where the contract has one (Tencent `SdkAppid`). */
  appId?: string;
}

export type MswHandlers = HttpHandler[] & {
  /** Every delivery the handlers received. */
  deliveries(filter?: { event?: string }): RecordedDelivery[];
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
export function mswHandlers(source: Contract | GeneratedContract, options: MswHandlersOptions): MswHandlers {
  const contract = 'contract' in source ? source.contract : source;
  const core = new MockCore([source], {
    ...options,
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
    ...(options.appId !== undefined ? { appIds: { [contract.id]: options.appId } } : {}),
  });
  const method = contract.transport.method.toLowerCase() as 'post';
  const handler = http[method](options.url, async ({ request }) => {
    const receivedAt = Date.now();
    const rawBody = new Uint8Array(await request.arrayBuffer());
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
    deliveries: (filter: { event?: string } = {}) => core.deliveries({ contract: contract.id, event: filter.event }),
    reset: () => core.reset(),
  });
}
