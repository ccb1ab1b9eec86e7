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
    const { action } = await core.decide(contract.id, { method: request.method, url: new URL(request.url), headers, rawBody, receivedAt });
    switch (action.kind) {
      case 'timeout':
        await delay('infinite');
        return HttpResponse.error();
      case 'reset':
        return HttpResponse.error();
      case 'delay':
        await delay(action.ms);
        return new HttpResponse(action.reply.body, { status: action.reply.status, headers: action.reply.headers });
      case 'respond':
        return new HttpResponse(action.reply.body, { status: action.reply.status, headers: action.reply.headers });
    }
  });
  return Object.assign([handler], {
    deliveries: (filter: { event?: string } = {}) => core.deliveries({ contract: contract.id, event: filter.event }),
    reset: () => core.reset(),
  });
}
