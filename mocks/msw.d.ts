import type { MswHandlers, MswHandlersOptions } from 'chathooks/msw';

export type PlatformId = 'gaife' | 'protocol' | 'sendbird' | 'tencent-chat';
/** The receiver URL each set answers at. */
export declare const receiverUrls: Readonly<Record<PlatformId, string>>;
/** Handlers that play one bundled platform's receiver. */
export declare function platformHandlers(id: PlatformId, options?: Omit<MswHandlersOptions, 'url'> & { url?: string }): Promise<MswHandlers>;
