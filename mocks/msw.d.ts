import type { MswHandlers, MswHandlersOptions } from 'chathooks/msw';
import type { PlatformId } from './platforms.js';

// The ids are generated from the bundled specs (mocks/platforms.d.ts, written by `npm run generate`).
export type { PlatformId };
/** The bundled platforms: one per spec/<id>.yaml. */
export declare const platformIds: readonly PlatformId[];
/** The receiver URL each set answers at: `https://<id>.receiver.test/webhook`. */
export declare const receiverUrls: Readonly<Record<PlatformId, string>>;
/**
 * Handlers that play one bundled platform's receiver at {@link receiverUrls}. Returns a Promise (the platform's
 * generated module is imported on first use): await it before spreading, and it rejects for an unknown id.
 *
 * @example
 * const server = setupServer(...(await platformHandlers('gaife')));
 * // or keep the set to read what your sender delivered:
 * const handlers = await platformHandlers('gaife', { scenario: 'flaky:1' });
 * server.use(...handlers);
 * handlers.deliveries();
 */
export declare function platformHandlers(
  id: PlatformId,
  options?: Omit<MswHandlersOptions, 'url'> & { url?: string },
): Promise<MswHandlers>;
