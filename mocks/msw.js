// Ready-made MSW handler sets for the bundled platforms. platformHandlers returns a Promise (it imports the
// platform's generated module on first use), so await it before spreading:
//   const handlers = await platformHandlers('gaife');
//   const server = setupServer(...handlers);          // or: setupServer(...(await platformHandlers('gaife')))
// Each set plays that platform's receiver at a fake host (MSW intercepts it), with the scenario options of
// chathooks/msw; `handlers.deliveries()` lists what your sender delivered.
// The platforms are the bundled specs (mocks/platforms.js, written by `npm run generate`): no code per platform.
import { mswHandlers } from 'chathooks/msw';
import { platformIds } from './platforms.js';

export { platformIds };

/** The receiver URL each set answers at: `https://<id>.receiver.test/webhook`. */
export const receiverUrls = Object.freeze(
  Object.fromEntries(platformIds.map((id) => [id, `https://${id}.receiver.test/webhook`])),
);

/** Resolves to the handlers for setupServer: `setupServer(...(await platformHandlers('gaife', { scenario: 'flaky:1' })))`. */
export async function platformHandlers(id, options = {}) {
  if (!platformIds.includes(id))
    throw new TypeError(`platformHandlers: unknown platform "${id}"; known: ${platformIds.join(', ')}.`);
  // Relative to this file, so the set follows the generated/ directory it ships with.
  const generated = await import(`../generated/${id}/index.js`);
  return mswHandlers(generated, { url: receiverUrls[id], ...options });
}
