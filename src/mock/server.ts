/**
 * The native mock consumer: serves every given contract at `/<id>/webhook` over node:http and carries out
 * the mock core's decisions; `GET /__chathooks/deliveries` (`DELETE` to reset) and `GET /__chathooks/health`.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readNodeBody } from '../receiver/body.js';
import { WebhookRequestError } from '../receiver/errors.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract } from '../spec/model.js';
import { MockCore, type MockOptions, type RecordedDelivery } from './core.js';

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

  const server = http.createServer((req, res) => {
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://mock.local');
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
    const id = paths.get(url.pathname);
    if (id === undefined && options.fallback?.(req, res, url.pathname)) return;
    if (id === undefined) return json(res, 404, { error: 'not-found', message: `No mock endpoint at ${url.pathname}; endpoints: ${[...paths.keys()].join(', ')}.` });
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    readNodeBody(req, limit)
      .then(async (rawBody) => {
        const { action } = await core.decide(id, { method: req.method ?? 'GET', url, headers, rawBody, receivedAt });
        switch (action.kind) {
          case 'timeout':
            return; // never answered; the socket closes with the client or at shutdown
          case 'reset':
            req.socket.destroy();
            return;
          case 'delay':
            await new Promise((r) => setTimeout(r, action.ms));
            res.writeHead(action.reply.status, action.reply.headers).end(action.reply.body);
            return;
          case 'respond':
            res.writeHead(action.reply.status, action.reply.headers).end(action.reply.body);
        }
      })
      .catch((error: unknown) => {
        if (res.headersSent) return;
        if (error instanceof WebhookRequestError) json(res, error.status, { error: error.problem, message: error.message });
        else json(res, 500, { error: 'internal', message: (error as Error).message });
      });
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
