/**
 * node:http and node:https, fetched with `process.getBuiltinModule` rather than imported: on Node 22 the ES module
 * facade of node:http reads every export, and its lazy `WebSocket`/`CloseEvent`/`MessageEvent` getters load all
 * of undici (~40 ms of start-up for `chathooks mock`). The builtins themselves cost nothing to load.
 */
export const http = process.getBuiltinModule('node:http');
export const https = process.getBuiltinModule('node:https');
