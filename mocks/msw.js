// Ready-made MSW handler sets for the bundled platforms. platformHandlers returns a Promise (it imports the
// platform's generated module on first use), so await it before spreading:
//   const handlers = await platformHandlers('gaife');
//   const server = setupServer(...handlers);          // or: setupServer(...(await platformHandlers('gaife')))
// Each set plays that platform's receiver at a fake host (MSW intercepts it), with the scenario options of
// chathooks/msw; `handlers.deliveries()` lists what your sender delivered.
import { mswHandlers } from 'chathooks/msw';

const load = {
  gaife: () => import('chathooks/generated/gaife'),
  protocol: () => import('chathooks/generated/protocol'),
  sendbird: () => import('chathooks/generated/sendbird'),
  'tencent-chat': () => import('chathooks/generated/tencent-chat'),
};

/** The receiver URL each set answers at. */
export const receiverUrls = {
  gaife: 'https://gaife.receiver.test/webhook',
  protocol: 'https://protocol.receiver.test/webhook',
  sendbird: 'https://sendbird.receiver.test/webhook',
  'tencent-chat': 'https://tencent-chat.receiver.test/webhook',
};

/** Resolves to the handlers for setupServer: `setupServer(...(await platformHandlers('gaife', { scenario: 'flaky:1' })))`. */
export async function platformHandlers(id, options = {}) {
  if (!(id in load))
    throw new TypeError(`platformHandlers: unknown platform "${id}"; known: ${Object.keys(load).join(', ')}.`);
  const generated = await load[id]();
  return mswHandlers(generated, { url: receiverUrls[id], ...options });
}
