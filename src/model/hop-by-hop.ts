/**
 * Headers that belong to one connection, not to the message (RFC 9110 §7.6.1, plus the de-facto Keep-Alive and
 * Proxy-Connection): a proxy never passes them on, and a replay of a recorded request never sends them again.
 * One list for `listen` (forwarding) and `replay --from` (recordings).
 *
 * @example
 * const dropped = new Set([...HOP_BY_HOP_HEADERS, 'host', 'content-length']);
 */
export const HOP_BY_HOP_HEADERS: readonly string[] = Object.freeze([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);
