/**
 * The native mock consumer: serves every given contract at `/<id>/webhook` over node:http and carries out
 * the mock core's decisions; `GET /__chathooks/deliveries` (paged; `DELETE` to reset) and `GET /__chathooks/health`.
 * Every server timeout is set (see server-timeouts.ts), control endpoints are guarded (control.ts), and closing
 * lets in-flight requests finish (in-flight.ts).
 */
import { OptionError } from '../model/errors.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertNever } from '../model/assert-never.js';
import { http } from '../node-http.js';
import { refuseAndClose, writeResponse } from '../receiver/adapters.js';
import { readNodeBodyThen } from '../receiver/body.js';
import { problemResponse } from '../receiver/core.js';
import { WebhookRequestError } from '../receiver/errors.js';
import type { RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/model.js';
import { checkControlToken, ControlGuard, type ControlAccess, type Refusal } from './control.js';
import {
  MockCore,
  ServerMockRequest,
  type Action,
  type MockOptions,
  type MockRequest,
  type RecordedDelivery,
  type Reply,
} from './core.js';
import { DELIVERIES_PAGE, deliveriesQuery, nextPageUrl, writeDeliveries } from './deliveries-page.js';
import { InFlight } from './in-flight.js';
import {
  applySocketTimeouts,
  listenTracked,
  serverTimeouts,
  timeoutServerOptions,
  type ServerTimeouts,
} from './server-timeouts.js';

export interface MockServerOptions extends MockOptions, Partial<ServerTimeouts> {
  port?: number;
  host?: string;
  /**
   * Answers requests for paths that are not a mock endpoint nor `/__chathooks/*` (say, a static docs site);
   * return false to fall through to the 404 that lists the endpoints.
   */
  fallback?: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;
  /**
   * A bearer token (16 characters or more) the control endpoints (`/__chathooks/deliveries`) then require as
   * `Authorization: Bearer <token>`. Without one they are served on a loopback binding only (to loopback Host
   * names) and refused beyond it.
   */
  controlToken?: string;
  /** How long `close()` lets in-flight requests finish before dropping them (default 5 000 ms). */
  shutdownTimeoutMs?: number;
  /**
   * Called for every delivery the record gets, once it is answered (at once for `timeout` and `reset`): its entry,
   * the exact body bytes, and the reply sent (none for `timeout`, `reset`). `mock --record` writes recordings here.
   */
  onDelivery?: (delivery: { entry: RecordedDelivery; rawBody: Uint8Array; reply: Reply | undefined }) => void;
}

export interface MockServer {
  url: string;
  /** Endpoint URL per contract id. */
  urls: Record<string, string>;
  port: number;
  /** How the control endpoints are guarded: loopback Host names only, a bearer token, or refused. */
  controlAccess: ControlAccess;
  /** Recorded deliveries, oldest first; `after` (a `seq`) and `limit` take a page. */
  deliveries(filter?: { contract?: string; event?: string; after?: number; limit?: number }): RecordedDelivery[];
  reset(): void;
  /**
   * Stop accepting connections, let in-flight requests finish (up to `timeoutMs`, default the server's
   * `shutdownTimeoutMs`), then drop what is left. Requests parked by the `timeout` scenario never finish, so they
   * are dropped at once. Calling it again with a shorter `timeoutMs` (a second Ctrl-C) cuts the wait.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/** The default of `shutdownTimeoutMs`. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 5_000;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...headers,
    })
    .end(text);
}

/** node's headers as strings: it joins repeated headers itself except `set-cookie`, so usually there is nothing to copy. */
function headerRecord(headers: IncomingMessage['headers']): Record<string, string> {
  for (const key in headers) {
    if (typeof headers[key] !== 'string') {
      return Object.fromEntries(
        Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      );
    }
  }
  return headers as Record<string, string>;
}

function checkShutdownMs(value: number | undefined): number {
  const ms = value ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!Number.isInteger(ms) || ms < 0 || ms > 2 ** 31 - 1)
    throw new OptionError(
      `mock server: shutdownTimeoutMs must be an integer number of milliseconds from 0 to ${2 ** 31 - 1}, got ${String(value)}.`,
    );
  return ms;
}

/**
 * Start the mock consumer.
 *
 * @example
 * const mock = await startMockServer([gaife, protocol], { scenario: 'flaky:2' });
 * await deliver(gaife, { url: mock.urls.gaife, event: 'message', payload, timeScale: 0.01 });
 * mock.deliveries(); // three recorded, two answered 500
 */
export async function startMockServer(
  sources: readonly (Contract | RuntimeContract)[],
  options: MockServerOptions = {},
): Promise<MockServer> {
  const core = new MockCore(sources, options);
  const paths = new Map([...core.contracts.keys()].map((id) => [`/${id}/webhook`, id]));
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const timeouts = serverTimeouts(options);
  const shutdownMs = checkShutdownMs(options.shutdownTimeoutMs);
  const inFlight = new InFlight();
  const { onDelivery } = options;
  checkControlToken(options.controlToken);
  // Set once listening (the guard needs the bound address and port); no request is served before.
  let guard!: ControlGuard;

  // The record notes when the answer went out, or when the client gave up first: a sender's waits (timeout,
  // backoff) are measured from there, not from arrivals that include the mock's own work. The core's clock.
  const { clock } = core;
  const now = (): string => clock.iso();
  /** Carry out the core's decision: a refusal, or the step it plays (exhaustively: no step may leave a request hanging). */
  const carryOut = (
    req: IncomingMessage,
    res: ServerResponse,
    action: Action,
    entry: RecordedDelivery,
  ): void | Promise<void> => {
    switch (action.kind) {
      case 'refuse':
      case 'ok':
      case 'status':
      case 'malformed':
        writeResponse(res, action.reply);
        entry.answeredAt = now();
        return;
      case 'timeout':
        // Never answered; the socket closes with the client (its timeout) or at shutdown. The idle timeout is
        // for clients that stall, not for the mock's own silence.
        req.socket.setTimeout(0);
        inFlight.park(res);
        res.once('close', () => (entry.abandonedAt ??= now()));
        return;
      case 'reset':
        req.socket.destroy();
        entry.answeredAt = now();
        return;
      case 'delay':
        req.socket.setTimeout(0);
        res.once('close', () => {
          if (!res.writableFinished) entry.abandonedAt ??= now();
        });
        return new Promise<void>((r) => {
          // A client that gives up, or a shutdown that drops the request, ends the wait: no timer outlives it.
          const timer = setTimeout(r, action.ms);
          res.once('close', () => {
            clearTimeout(timer);
            r();
          });
        }).then(() => {
          if (res.destroyed || res.writableEnded) return;
          writeResponse(res, action.reply);
          entry.answeredAt = now();
        });
      default:
        return assertNever(action);
    }
  };
  /**
   * The one error reply: a protocol problem as the receiver answers it (its JSON body with the details: limit,
   * pointer, header, reason), anything else a 500.
   */
  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown): void => {
    if (res.headersSent) return;
    // Answered before the body was read to its end (413): the rest is not read, so the connection cannot carry
    // another request; it is closed once the answer is flushed, as the receiver's node adapter closes it.
    if (error instanceof WebhookRequestError) {
      if (req.complete) writeResponse(res, problemResponse(error));
      else refuseAndClose(req, res, error);
      return;
    }
    if (!req.complete) res.setHeader('connection', 'close');
    json(res, 500, { error: 'internal', message: (error as Error).message });
  };
  /** Read the body (the receiver's one bounded reader), let the core decide, carry it out. */
  const deliver = (
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    request: (rawBody: Uint8Array) => MockRequest,
  ): void => {
    readNodeBodyThen(req, limit, (error, rawBody) => {
      if (error) return failed(req, res, error);
      core
        .decide(id, request(rawBody!))
        .then(({ entry, action }) => {
          const done = carryOut(req, res, action, entry);
          if (onDelivery) {
            const reply = 'reply' in action ? action.reply : undefined;
            void Promise.resolve(done)
              .then(() => onDelivery({ entry, rawBody: rawBody!, reply }))
              .catch(() => undefined);
          }
          return done;
        })
        .catch((failure: unknown) => failed(req, res, failure));
    });
  };
  const refuse = (res: ServerResponse, refusal: Refusal): void =>
    json(res, refusal.status, refusal.body, refusal.headers);

  /** `/__chathooks/deliveries`: a page (GET, HEAD) or a reset (DELETE), for whoever the guard lets in. */
  const control = (req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void> => {
    const refusal = guard.checkControl(req.headers.authorization);
    if (refusal) return refuse(res, refusal);
    if (req.method === 'DELETE') {
      core.reset();
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return json(
        res,
        405,
        {
          error: 'method-not-allowed',
          message: `${url.pathname} takes GET (a page of deliveries) or DELETE (forget them), not ${req.method}.`,
        },
        { allow: 'GET, HEAD, DELETE' },
      );
    }
    const query = deliveriesQuery(url.searchParams);
    if (typeof query === 'string')
      return json(res, 400, {
        error: 'bad-query',
        message: `${query} Pages are ?after=<seq>&limit=<1-${DELIVERIES_PAGE.maxLimit}>.`,
      });
    // One more than the page: whether another page follows.
    const found = core.deliveries({ ...query, limit: query.limit + 1 });
    const more = found.length > query.limit;
    const page = more ? found.slice(0, query.limit) : found;
    const headers: Record<string, string> = more
      ? { link: `<${nextPageUrl(url.pathname, query, page)}>; rel="next"` }
      : {};
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end();
      return;
    }
    return writeDeliveries(res, page, headers);
  };

  /** Anything but a webhook endpoint: health, control, the fallback (docs), 404. */
  const other = (req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void> => {
    const badHost = guard.checkHost(req.headers.host);
    if (badHost) return refuse(res, badHost);
    if (url.pathname === '/__chathooks/health') {
      return json(res, 200, {
        ok: true,
        contracts: [...paths].map(([path, id]) => ({
          id,
          path,
          events: core.contracts.get(id)!.generated.contract.events.length,
        })),
      });
    }
    if (url.pathname === '/__chathooks/deliveries') return control(req, res, url);
    if (options.fallback?.(req, res, url.pathname)) return;
    return json(res, 404, {
      error: 'not-found',
      message: `No mock endpoint at ${url.pathname}; endpoints: ${[...paths.keys()].join(', ')}.`,
    });
  };

  const server = http.createServer(timeoutServerOptions(timeouts), (req, res) => {
    const receivedAt = clock.now();
    inFlight.track(res);
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    // Deliveries go to a mounted path as is: route on the raw target and leave the URL unparsed. Webhook
    // endpoints answer any Host: platforms (and tunnels) send the public name.
    const id = paths.get(q < 0 ? target : target.slice(0, q));
    if (id !== undefined) {
      const path = q < 0 ? target : target.slice(0, q);
      const search = q < 0 ? '' : target.slice(q);
      deliver(
        req,
        res,
        id,
        (rawBody) =>
          new ServerMockRequest(req.method ?? 'GET', path, search, headerRecord(req.headers), rawBody, receivedAt),
      );
      return;
    }
    const url = new URL(target, 'http://mock.local');
    const routed = paths.get(url.pathname);
    if (routed === undefined) {
      void Promise.resolve(other(req, res, url)).catch((error: unknown) => failed(req, res, error));
      return;
    }
    // A target that only normalises to an endpoint ("/gaife/./webhook", an absolute URL): the same, URL parsed.
    const headers = headerRecord(req.headers);
    deliver(req, res, routed, (rawBody) => ({ method: req.method ?? 'GET', url, headers, rawBody, receivedAt }));
  });
  applySocketTimeouts(server, timeouts);
  const {
    sockets,
    address: { port, address },
  } = await listenTracked(server, options);
  guard = new ControlGuard(address, port, options.controlToken);
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

  let closing: Promise<void> | undefined;
  let cut: () => void = () => undefined;
  // One per call of close(): a second call with a shorter timeout cuts the wait sooner.
  const deadlines: NodeJS.Timeout[] = [];
  let closed = false;
  const close = ({ timeoutMs = shutdownMs }: { timeoutMs?: number } = {}): Promise<void> => {
    if (closed) return closing!;
    deadlines.push(setTimeout(() => cut(), checkShutdownMs(timeoutMs)));
    if (closing) return closing;
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    const late = new Promise<void>((resolve) => (cut = resolve));
    closing = Promise.race([inFlight.drain(), late]).then(() => {
      closed = true;
      for (const timer of deadlines) clearTimeout(timer);
      // What is left: requests past the deadline, connections that never sent a whole request.
      for (const s of sockets) s.destroy();
      return serverClosed;
    });
    return closing;
  };
  return {
    url,
    port,
    urls: Object.fromEntries([...paths].map(([path, id]) => [id, `${url}${path}`])),
    controlAccess: guard.access,
    deliveries: (f) => core.deliveries(f),
    reset: () => core.reset(),
    close,
  };
}
