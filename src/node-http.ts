/**
 * node:http and node:https, fetched with `process.getBuiltinModule` rather than imported: on Node 22 the ES module
 * facade of node:http reads every export, and its lazy `WebSocket`/`CloseEvent`/`MessageEvent` getters load all
 * of undici (~40 ms of start-up for `chathooks mock`). node:https (and TLS with it) loads on first use: the mock
 * server and loopback deliveries never need it.
 */
export const http = process.getBuiltinModule('node:http');

let loadedHttps: typeof import('node:https') | undefined;

/** node:https, loaded on first call. */
export function https(): typeof import('node:https') {
  return (loadedHttps ??= process.getBuiltinModule('node:https'));
}
