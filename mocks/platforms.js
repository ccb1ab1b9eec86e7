// generated from spec/*.yaml by mocks/write-platforms.mjs (npm run generate); do not edit
// biome-ignore-all format: one id a line, so a new platform is a one-line diff
/** The bundled platforms: one per spec/<id>.yaml. */
export const platformIds = Object.freeze([
  'gaife',
  'line',
  'protocol',
  'sendbird',
  'tencent-chat',
]);
