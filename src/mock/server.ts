/**
 * The native mock consumer: serves every given contract at `/<id>/webhook` over node:http and carries out
 * the mock core's decisions; `GET /__chathooks/deliveries` (`DELETE` to reset) and `GET /__chathooks/health`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { http } from '../node-http.js';
import { withLength } from '../receiver/adapters.js';
import { readNodeBody, readNodeBodyThen } from '../receiver/body.js';
import { WebhookRequestError } from '../receiver/errors.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract } from '../spec/model.js';
import { MockCore, ServerMockRequest, type Action, type MockOptions, type RecordedDelivery, type Reply } from './core.js';

export interface MockServerOptions extends MockOptions {
  port?: number;
  host?: string;
  /**
   * Answers requests for paths that are not a mock endpoint nor `/__chathooks/*` (say, a static docs site);
   * return false to fall through to the 404 that lists the endpoints.
   */
  fallback?: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;
}

export interface MockServer {
  url: string;
  /** Endpoint URL per contract id. */
  urls: Record<string, string>;
  port: number;
  deliveries(filter?: { contract?: string; event?: string }): RecordedDelivery[];
  reset(): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** A reply with its length, as a plain server sends it (not chunked). */
function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, withLength(reply.headers, reply.body)).end(reply.body);
}

/** node's headers as strings: it joins repeated headers itself except `set-cookie`, so usually there is nothing to copy. */
function headerRecord(headers: IncomingMessage['headers']): Record<string, string> {
  for (const key in headers) {
    if (typeof headers[key] !== 'string') {
      return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    }
  }
  return headers as Record<string, string>;
}

/**
 * Start the mock consumer.
 *
 * @example
 * const mock = await startMockServer([gaife, protocol], { scenario: 'flaky:2' });
 * await deliver(gaife, { url: mock.urls.gaife, event: 'message', payload, timeScale: 0.01 });
 * mock.deliveries(); // three recorded, two answered 500
 */
export async function startMockServer(sources: readonly (Contract | GeneratedContract)[], options: MockServerOptions = {}): Promise<MockServer> {
  const core = new MockCore(sources, options);
  const paths = new Map([...core.contracts.keys()].map((id) => [`/${id}/webhook`, id]));
  const sockets = new Set<Socket>();
  const limit = options.maxBodyBytes ?? 1024 * 1024;

  // The record notes when the answer went out, or when the client gave up first: a sender's waits (timeout,
  // backoff) are measured from there, not from arrivals that include the mock's own work.
  // Formatted once per millisecond: a Date and toISOString per answer cost ~4 µs each under load.
  let clock = { ms: Number.NaN, iso: '' };
  const now = (): string => {
    const ms = Date.now();
    if (ms !== clock.ms) clock = { ms, iso: new Date(ms).toISOString() };
    return clock.iso;
  };
  const carryOut = (req: IncomingMessage, res: ServerResponse, action: Action, entry: RecordedDelivery): void | Promise<void> => {
    switch (action.kind) {
      case 'timeout':
        // Never answered; the socket closes with the client (its timeout) or at shutdown.
        res.once('close', () => (entry.abandonedAt ??= now()));
        return;
      case 'reset':
        req.socket.destroy();
        entry.answeredAt = now();
        return;
      case 'delay':
        res.once('close', () => {
          if (!res.writableFinished) entry.abandonedAt ??= now();
        });
        return new Promise<void>((r) => setTimeout(r, action.ms)).then(() => {
          if (res.destroyed) return;
          send(res, action.reply);
          entry.answeredAt = now();
        });
      case 'respond':
        send(res, action.reply);
        entry.answeredAt = now();
        return;
    }
  };
  const failed = (res: ServerResponse, error: unknown): void => {
    if (res.headersSent) return;
    if (error instanceof WebhookRequestError) json(res, error.status, { error: error.problem, message: error.message });
    else json(res, 500, { error: 'internal', message: (error as Error).message });
  };

  const server = http.createServer((req, res) => {
    const receivedAt = Date.now();
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    // Deliveries go to a mounted path as is: route on the raw target and leave the URL unparsed.
    const id = paths.get(q < 0 ? target : target.slice(0, q));
    if (id !== undefined) {
      readNodeBodyThen(req, limit, (error, rawBody) => {
        if (error) return failed(res, error);
        const request = new ServerMockRequest(req.method ?? 'GET', q < 0 ? target : target.slice(0, q), q < 0 ? '' : target.slice(q), headerRecord(req.headers), rawBody!, receivedAt);
        core
          .decide(id, request)
          .then(({ entry, action }) => carryOut(req, res, action, entry))
          .catch((failure: unknown) => failed(res, failure));
      });
      return;
    }
    const url = new URL(target, 'http://mock.local');
    if (url.pathname === '/__chathooks/health') {
      return json(res, 200, { ok: true, contracts: [...paths].map(([path, id]) => ({ id, path, events: core.contracts.get(id)!.generated.contract.events.length })) });
    }
    if (url.pathname === '/__chathooks/deliveries') {
      if (req.method === 'DELETE') {
        core.reset();
        res.writeHead(204).end();
        return;
      }
      return json(res, 200, core.deliveries({ contract: url.searchParams.get('contract') ?? undefined, event: url.searchParams.get('event') ?? undefined }));
    }
    const routed = paths.get(url.pathname);
    if (routed === undefined && options.fallback?.(req, res, url.pathname)) return;
    if (routed === undefined) return json(res, 404, { error: 'not-found', message: `No mock endpoint at ${url.pathname}; endpoints: ${[...paths.keys()].join(', ')}.` });
    // A target that only normalises to an endpoint ("/gaife/./webhook", an absolute URL): the same, URL parsed.
    const headers = headerRecord(req.headers);
    readNodeBody(req, limit)
      .then((rawBody) => core.decide(routed, { method: req.method ?? 'GET', url, headers, rawBody, receivedAt }))
      .then(({ entry, action }) => carryOut(req, res, action, entry))
      .catch((error: unknown) => failed(res, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url,
    port,
    urls: Object.fromEntries([...paths].map(([path, id]) => [id, `${url}${path}`])),
    deliveries: (f) => core.deliveries(f),
    reset: () => core.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
