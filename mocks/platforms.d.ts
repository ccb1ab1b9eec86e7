// generated from spec/*.yaml by mocks/write-platforms.mjs (npm run generate); do not edit
// biome-ignore-all format: one id a line, so a new platform is a one-line diff
/** A bundled platform's id: one per spec/<id>.yaml. */
export type PlatformId =
  | 'gaife'
  | 'line'
  | 'protocol'
  | 'sendbird'
  | 'tencent-chat';
/** The bundled platforms: one per spec/<id>.yaml. */
export declare const platformIds: readonly PlatformId[];
