/**
 * The native mock consumer: serves every given contract at `/<id>/webhook`, verifies each delivery's
 * signature and payload with the receiver core, answers with the spec's reply examples or the chosen fault,
 * and records every delivery (`GET /__chathooks/deliveries`, `DELETE` to reset, `GET /__chathooks/health`).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readNodeBody } from '../receiver/body.js';
import { asGenerated } from '../receiver/compile.js';
import { WebhookRequestError } from '../receiver/errors.js';
import { createReceiver, type Receiver } from '../receiver/index.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract, EventContract } from '../spec/model.js';
import { formatStep, parseScenario, stepAt, type Step } from './scenario.js';

export const SCENARIO_HEADER = 'x-chathooks-scenario';
/** The secret the mock verifies with when none is configured for a contract (printed at start-up). */
export const DEFAULT_MOCK_SECRET = 'chathooks-mock-secret';

export interface MockServerOptions {
  port?: number;
  host?: string;
  /** Global scenario (default `ok`). */
  scenario?: string;
  /** Scenario per event name (any contract), or per `<id>:<event>`. */
  events?: Record<string, string>;
  /** Secrets by contract id, or one for all. */
  secret?: string | Record<string, string>;
  /** Tencent `SdkAppid` and the like, by contract id; unchecked when absent. */
  appIds?: Record<string, string>;
  maxBodyBytes?: number;
}

export interface RecordedDelivery {
  seq: number;
  at: string;
  contract: string;
  event: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** Whether signature, framing and payload passed. */
  valid: boolean;
  /** Why not, when not: `signature: mismatch`, `invalid-payload: /payload/id …`. */
  problem?: string;
  /** The step the mock answered with (for valid deliveries). */
  scenario?: string;
  /** The status answered, or `timeout` / `reset`. */
  answer: number | 'timeout' | 'reset';
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

interface Mounted {
  generated: GeneratedContract;
  receiver: Receiver;
  path: string;
}

function steps(text: string, where: string): Step[] {
  try {
    return parseScenario(text);
  } catch (error) {
    throw new TypeError(`${where}: ${(error as Error).message}`);
  }
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
  const globalSteps = steps(options.scenario ?? 'ok', 'startMockServer scenario');
  const eventSteps = new Map(Object.entries(options.events ?? {}).map(([k, v]) => [k, steps(v, `startMockServer events["${k}"]`)]));
  const mounted = new Map<string, Mounted>();
  for (const source of sources) {
    const generated = asGenerated(source);
    const { contract } = generated;
    if (mounted.has(contract.id)) throw new TypeError(`startMockServer: two contracts with the id "${contract.id}".`);
    const secret = typeof options.secret === 'string' ? options.secret : (options.secret?.[contract.id] ?? DEFAULT_MOCK_SECRET);
    const receiver = createReceiver(generated, {
      secret,
      idempotency: false,
      onUnknownEvent: contract.eventSet === 'open' ? 'ignore' : 'reject',
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      ...(options.appIds?.[contract.id] !== undefined ? { appId: options.appIds[contract.id] } : {}),
      logger: { warn: () => undefined },
    });
    mounted.set(contract.id, { generated, receiver, path: `/${contract.id}/webhook` });
  }
  const log: RecordedDelivery[] = [];
  const counters = new Map<string, number>();
  const sockets = new Set<Socket>();
  let seq = 0;

  const record = (entry: Omit<RecordedDelivery, 'seq' | 'at'>): RecordedDelivery => {
    const full = { seq: ++seq, at: new Date().toISOString(), ...entry };
    log.push(full);
    return full;
  };

  const answer = async (m: Mounted, event: EventContract | undefined, step: Step, req: IncomingMessage, res: ServerResponse): Promise<number | 'timeout' | 'reset'> => {
    switch (step.kind) {
      case 'timeout':
        return 'timeout'; // never answered; the socket closes with the client or at shutdown
      case 'reset':
        req.socket.destroy();
        return 'reset';
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"chathooks": malformed');
        return 200;
      case 'status':
        json(res, step.status, { error: `chathooks mock scenario status:${step.status}` });
        return step.status;
      case 'delay':
        await new Promise((r) => setTimeout(r, step.ms));
        return answer(m, event, { kind: 'ok' }, req, res);
      case 'ok': {
        const examples = event?.reply?.examples ?? m.generated.contract.events.find((e) => e.reply)?.reply?.examples ?? [];
        const chosen = step.example ? examples.find((e) => e.name === step.example) : examples[0];
        if (step.example && !chosen) {
          json(res, 500, { error: `chathooks mock: ${event?.name ?? 'this event'} has no reply example "${step.example}"; known: ${examples.map((e) => e.name).join(', ')}` });
          return 500;
        }
        const status = event?.reply?.status ?? 200;
        json(res, status, chosen?.payload ?? {});
        return status;
      }
    }
  };

  const handleWebhook = async (m: Mounted, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://mock.local');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const base = { contract: m.generated.contract.id, method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers };
    let rawBody: Uint8Array;
    try {
      rawBody = await readNodeBody(req, options.maxBodyBytes ?? 1024 * 1024);
    } catch (error) {
      if (!(error instanceof WebhookRequestError)) throw error;
      record({ ...base, event: null, body: '', valid: false, problem: `${error.problem}: ${error.message}`, answer: error.status });
      return json(res, error.status, { error: error.problem, message: error.message });
    }
    const body = Buffer.from(rawBody).toString('utf8');
    // Verification is the receiver core's: the mock answers protocol problems exactly as a real receiver would.
    const verdict = await m.receiver.handle({ method: base.method, url: new URL(`http://mock.local${req.url ?? '/'}`), headers: new Headers(headers), rawBody });
    const eventName = eventNameFrom(m.generated.contract, url, body, headers);
    if (verdict.status >= 400) {
      const detail = JSON.parse(verdict.body) as { error: string; message: string };
      record({ ...base, event: eventName, body, valid: false, problem: `${detail.error}: ${detail.message}`, answer: verdict.status });
      res.writeHead(verdict.status, verdict.headers).end(verdict.body);
      return;
    }
    const event = m.generated.contract.events.find((e) => e.name === eventName);
    const override = req.headers[SCENARIO_HEADER];
    let chosen: Step[];
    try {
      chosen =
        typeof override === 'string'
          ? parseScenario(override)
          : (eventSteps.get(`${m.generated.contract.id}:${eventName}`) ?? eventSteps.get(eventName ?? '') ?? globalSteps);
    } catch (error) {
      record({ ...base, event: eventName, body, valid: true, problem: `scenario: ${(error as Error).message}`, answer: 400 });
      return json(res, 400, { error: 'scenario', message: (error as Error).message });
    }
    const key = `${m.generated.contract.id}:${eventName}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    const step = stepAt(chosen, n);
    const entry = record({ ...base, event: eventName, body, valid: true, scenario: formatStep(step), answer: 200 });
    entry.answer = await answer(m, event, step, req, res);
  };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/__chathooks/health') {
      return json(res, 200, { ok: true, contracts: [...mounted.values()].map((m) => ({ id: m.generated.contract.id, path: m.path, events: m.generated.contract.events.length })) });
    }
    if (path === '/__chathooks/deliveries') {
      if (req.method === 'DELETE') {
        log.length = 0;
        counters.clear();
        res.writeHead(204).end();
        return;
      }
      const q = new URL(req.url ?? '/', 'http://mock.local').searchParams;
      return json(res, 200, filter(log, { contract: q.get('contract') ?? undefined, event: q.get('event') ?? undefined }));
    }
    const m = [...mounted.values()].find((x) => x.path === path);
    if (!m) {
      return json(res, 404, { error: 'not-found', message: `No mock endpoint at ${path}; endpoints: ${[...mounted.values()].map((x) => x.path).join(', ')}.` });
    }
    handleWebhook(m, req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: 'internal', message: (error as Error).message });
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
    urls: Object.fromEntries([...mounted.values()].map((m) => [m.generated.contract.id, `${url}${m.path}`])),
    deliveries: (f) => filter(log, f ?? {}),
    reset: () => {
      log.length = 0;
      counters.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function filter(log: RecordedDelivery[], f: { contract?: string | undefined; event?: string | undefined }): RecordedDelivery[] {
  return log.filter((d) => (!f.contract || d.contract === f.contract) && (!f.event || d.event === f.event)).map((d) => ({ ...d }));
}

function eventNameFrom(contract: Contract, url: URL, body: string, headers: Record<string, string>): string | null {
  const d = contract.discriminator;
  if (!d) return contract.events.length === 1 ? contract.events[0]!.name : null;
  if (d.in === 'query' && url.searchParams.has(d.name)) return url.searchParams.get(d.name);
  if (d.in === 'header' && headers[d.name.toLowerCase()]) return headers[d.name.toLowerCase()]!;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const value = parsed[d.in === 'body' ? d.name : (d.bodyField ?? '')];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
