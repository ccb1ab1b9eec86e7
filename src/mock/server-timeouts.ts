/**
 * Timeouts for the mock's node:http server (and `chathooks start`, which serves through it). Node's defaults
 * hold a slow client for a long time (headers 60 s, a trickled body up to 300 s): no platform waits that long
 * for its own delivery — the bundled specs' `x-chathooks-delivery.timeoutMs` go from 2 s (Tencent) to 30 s
 * (GAIFE) for the whole exchange — so a request still arriving after that is not a webhook.
 */
import { OptionError } from '../model/errors.js';
import type { Server, ServerOptions } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ServerTimeouts {
  /** Time allowed to receive a request's headers (default 10 000 ms; 0 turns it off). */
  headersTimeoutMs: number;
  /**
   * Time allowed to receive a whole request, headers and body (default 30 000 ms, the longest platform delivery
   * timeout; 0 turns it off). It ends when the request has arrived: `delay:` and `timeout` answers are not cut.
   */
  requestTimeoutMs: number;
  /**
   * A socket with no traffic either way for this long is closed (default 10 000 ms; 0 turns it off): a body
   * that stalls, a client that stops reading a reply. Off while the mock waits on purpose (`delay:`, `timeout`).
   */
  idleTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests (default 5 000 ms, Node's; at least 1). */
  keepAliveTimeoutMs: number;
}

/** The defaults, documented in the README (Mock consumers). */
export const DEFAULT_SERVER_TIMEOUTS: Readonly<ServerTimeouts> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
});

function checkMs(name: keyof ServerTimeouts, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > 2 ** 31 - 1) {
    throw new OptionError(
      `mock server: ${name} must be an integer number of milliseconds from ${min} to ${2 ** 31 - 1}, got ${String(value)}.`,
    );
  }
  return value;
}

/**
 * The timeouts to use: the defaults with what the options set, each checked.
 *
 * @example
 * serverTimeouts({ headersTimeoutMs: 200 }); // { headersTimeoutMs: 200, requestTimeoutMs: 30000, … }
 */
export function serverTimeouts(options: Partial<ServerTimeouts>): ServerTimeouts {
  const t = { ...DEFAULT_SERVER_TIMEOUTS };
  for (const key of Object.keys(t) as (keyof ServerTimeouts)[]) {
    const value = options[key];
    if (value !== undefined) t[key] = checkMs(key, value, key === 'keepAliveTimeoutMs' ? 1 : 0);
  }
  if (t.requestTimeoutMs > 0 && (t.headersTimeoutMs === 0 || t.headersTimeoutMs > t.requestTimeoutMs)) {
    throw new OptionError(
      `mock server: headersTimeoutMs (${t.headersTimeoutMs}) must be from 1 to requestTimeoutMs (${t.requestTimeoutMs}): the headers are part of the request.`,
    );
  }
  return t;
}

/**
 * `http.createServer` options for these timeouts. Node checks the headers and request timeouts every
 * `connectionsCheckingInterval` (30 s by default, longer than the timeouts themselves), so it is tied to them.
 *
 * @example
 * const server = http.createServer(timeoutServerOptions(serverTimeouts({})), handler);
 */
export function timeoutServerOptions(t: ServerTimeouts): ServerOptions {
  const shortest = Math.min(...[t.headersTimeoutMs, t.requestTimeoutMs].filter((ms) => ms > 0), 4_000);
  return {
    headersTimeout: t.headersTimeoutMs,
    requestTimeout: t.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(25, Math.floor(shortest / 4)),
    keepAliveTimeout: t.keepAliveTimeoutMs,
  };
}

/**
 * The timeouts node:http takes as server properties rather than options.
 *
 * @example
 * applySocketTimeouts(server, serverTimeouts({ idleTimeoutMs: 500 }));
 */
export function applySocketTimeouts(server: Server, t: ServerTimeouts): void {
  server.keepAliveTimeout = t.keepAliveTimeoutMs;
  // Applied to every new socket, and again to each request on a kept-alive one; a socket that times out with no
  // 'timeout' listener is destroyed.
  server.timeout = t.idleTimeoutMs;
}

/**
 * Listen on `host:port` (default 127.0.0.1, any free port) and keep the set of open sockets, so that a close can
 * drop the ones still open after its grace period: what the mock and `listen` both need of their server.
 *
 * @example
 * const { sockets, address } = await listenTracked(server, { port: 0 });
 */
export async function listenTracked(
  server: Server,
  options: { port?: number | undefined; host?: string | undefined },
): Promise<{ sockets: Set<Socket>; address: AddressInfo }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  return { sockets, address: server.address() as AddressInfo };
}
