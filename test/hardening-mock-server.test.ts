/**
 * Field hardening of the native mock server, `chathooks mock` and `chathooks start` (issue 12, items 2, 3, 4, 9,
 * 13, 15 and two of 24), over real HTTP on 127.0.0.1 and with the built CLI.
 */
import { spawn, execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import { buildDocs, docsHandler } from '../src/docs/index.js';
import { startMockServer, type MockServer, type MockServerOptions } from '../src/mock/index.js';
import { loadContract } from '../src/model/index.js';
import { cliPath, root, runCli, spawnUntil } from './helpers/cli.js';

const payload = JSON.stringify(gaife.examples.message[0]!.payload);

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request on its own connection; `host` overrides the Host header (fetch cannot). */
function send(
  base: string,
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method: o.method ?? 'GET', headers: o.headers ?? {}, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/** A valid GAIFE delivery (its spec signs nothing). */
const post = (base: string, headers: Record<string, string> = {}): Promise<Answer> =>
  send(base, '/gaife/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });

/** Resolve when `check` holds, polling; reject after `ms` (generous: the machine is shared). */
async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not ${what} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A raw TCP client: what it received, and a promise of the server closing on it. */
function rawClient(port: number): {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
  isClosed: () => boolean;
} {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  let isClosed = false;
  socket.setEncoding('latin1');
  socket.on('data', (d: string) => (received += d));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  void closed.then(() => (isClosed = true));
  // The server ending its side counts as closing: the client would see end-of-stream.
  socket.on('end', () => (isClosed = true));
  return { socket, received: () => received, closed, isClosed: () => isClosed };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);
}

async function withMock<T>(options: MockServerOptions, run: (mock: MockServer) => Promise<T>): Promise<T> {
  const mock = await startMockServer([gaife], options);
  try {
    return await run(mock);
  } finally {
    await mock.close({ timeoutMs: 0 });
  }
}

describe('item 2: GET /__chathooks/deliveries is paged and written in chunks', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer([gaife]);
    // Sequential posts over a few connections: 1 005 deliveries, one more than a default page holds plus five.
    for (let i = 0; i < 1_005; i += 15)
      await Promise.all(Array.from({ length: Math.min(15, 1_005 - i) }, () => post(mock.url)));
  });
  afterAll(() => mock.close());

  test('without ?limit the answer is still a JSON array: the first 1000, and a Link to the next page', async () => {
    const first = await send(mock.url, '/__chathooks/deliveries');
    expect(first.status).toBe(200);
    const list = JSON.parse(first.body) as { seq: number }[];
    expect(list.map((d) => d.seq)).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
    expect(first.headers.link).toBe('</__chathooks/deliveries?after=1000&limit=1000>; rel="next"');
    // Written as it goes (chunked), not as one string with a length.
    expect(first.headers['transfer-encoding']).toBe('chunked');
    expect(first.headers['content-length']).toBeUndefined();
    const rest = await send(mock.url, '/__chathooks/deliveries?after=1000&limit=1000');
    expect((JSON.parse(rest.body) as { seq: number }[]).map((d) => d.seq)).toEqual([1001, 1002, 1003, 1004, 1005]);
    expect(rest.headers.link).toBeUndefined();
  });

  test('?limit and ?after walk every page by following Link, with the filters kept', async () => {
    const seen: number[] = [];
    let next: string | undefined = '/__chathooks/deliveries?contract=gaife&limit=400';
    let pages = 0;
    while (next) {
      const page = await send(mock.url, next);
      expect(page.status).toBe(200);
      seen.push(...(JSON.parse(page.body) as { seq: number }[]).map((d) => d.seq));
      next = /^<([^>]+)>; rel="next"$/.exec(String(page.headers.link ?? ''))?.[1];
      if (next) expect(next).toContain('contract=gaife');
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 1_005 }, (_, i) => i + 1));
    expect(mock.deliveries({ after: 1_003, limit: 10 }).map((d) => d.seq)).toEqual([1004, 1005]);
  });

  test.each([
    ['limit=0', '?limit must be an integer from 1 to 10000, got "0".'],
    ['limit=10001', '?limit must be an integer from 1 to 10000, got "10001".'],
    ['after=-1', '?after must be an integer from 0 to 9007199254740991, got "-1".'],
    ['limit=ten', '?limit must be an integer from 1 to 10000, got "ten".'],
  ])('?%s is a 400 saying what is wrong', async (query, message) => {
    const answer = await send(mock.url, `/__chathooks/deliveries?${query}`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'bad-query',
      message: `${message} Pages are ?after=<seq>&limit=<1-10000>.`,
    });
  });

  test('other methods than GET, HEAD and DELETE get 405 with Allow', async () => {
    const answer = await send(mock.url, '/__chathooks/deliveries', { method: 'POST', body: '{}' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD, DELETE');
  });
});

describe('item 3: a body past the limit is answered 413 and its connection closed', () => {
  const LIMIT = 64 * 1024;
  const OFFERED = 256 * 1024 * 1024;

  /** Stream up to OFFERED bytes of body after `head`, as fast as the server takes them; stop when it closes. */
  async function streamPastLimit(
    port: number,
    head: string,
  ): Promise<{ written: number; received: string; closed: boolean }> {
    const client = rawClient(port);
    await new Promise<void>((resolve) => client.socket.once('connect', () => resolve()));
    client.socket.write(head);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let written = 0;
    while (written < OFFERED && !client.isClosed() && !client.socket.destroyed) {
      const flowing = client.socket.write(chunk);
      written += chunk.length;
      if (!flowing) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            client.socket.off('drain', done);
            client.socket.off('close', done);
            resolve();
          };
          client.socket.on('drain', done);
          client.socket.on('close', done);
        });
      }
    }
    // Today's server reads all of it and waits for the next request on the connection: never closes.
    const closed = await within(client.closed, 10_000, 'closed').then(
      () => true,
      () => false,
    );
    client.socket.destroy();
    return { written, received: client.received(), closed };
  }

  test.each([
    ['declared with content-length', `content-length: ${OFFERED}`],
    ['chunked, with no length declared', 'transfer-encoding: chunked'],
  ])('%s: the client sees 413, its socket closed, long before it could send everything', async (_, framing) => {
    await withMock({ maxBodyBytes: LIMIT }, async (mock) => {
      const head = `POST /gaife/webhook HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`;
      // The chunked body is one endless chunk: its size line says more than will ever come.
      const result = await streamPastLimit(
        mock.port,
        framing.startsWith('transfer') ? `${head}${(OFFERED * 2).toString(16)}\r\n` : head,
      );
      expect(result.received).toMatch(/^HTTP\/1\.1 413 /);
      expect(result.received.toLowerCase()).toContain('connection: close');
      expect(result.received).toContain('"error":"payload-too-large"');
      expect(result.closed).toBe(true);
      // What the client managed to write bounds what the server read: kernel buffers hold a few MB at most.
      expect(result.written).toBeLessThan(OFFERED / 4);
    });
  });
});

describe('item 4: slow clients are cut by the configured timeouts', () => {
  const timeouts = { headersTimeoutMs: 200, requestTimeoutMs: 600, idleTimeoutMs: 300, keepAliveTimeoutMs: 200 };

  test('headers that never finish: the server closes the socket after headersTimeoutMs', async () => {
    await withMock(timeouts, async (mock) => {
      const client = rawClient(mock.port);
      client.socket.write(`POST /gaife/webhook HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\n`);
      // Node's default would hold it 60 s and check only every 30 s.
      await within(client.closed, 10_000, 'the server did not close a socket whose headers never ended');
      expect(client.received()).toMatch(/^(HTTP\/1\.1 408 |)/);
    });
  });

  test('a body trickled a byte every 100 ms (never idle): closed after requestTimeoutMs', async () => {
    await withMock(timeouts, async (mock) => {
      const client = rawClient(mock.port);
      client.socket.write(
        `POST /gaife/webhook HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`,
      );
      const trickle = setInterval(() => client.socket.writable && client.socket.write(' '), 100);
      try {
        await within(client.closed, 10_000, 'the server did not close a socket trickling its body');
      } finally {
        clearInterval(trickle);
      }
      expect(mock.deliveries()).toEqual([]);
    });
  });

  test('a body that stalls: closed after idleTimeoutMs, though the request timeout is far off', async () => {
    await withMock({ ...timeouts, requestTimeoutMs: 60_000 }, async (mock) => {
      const client = rawClient(mock.port);
      client.socket.write(
        `POST /gaife/webhook HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a"`,
      );
      await within(client.closed, 10_000, 'the server did not close a stalled socket');
    });
  });

  test('delay: and timeout scenarios still play past every timeout', async () => {
    await withMock(timeouts, async (mock) => {
      const started = Date.now();
      const delayed = await post(mock.url, { 'x-chathooks-scenario': 'delay:1200' });
      expect(delayed.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_200);
      const client = rawClient(mock.port);
      client.socket.write(
        `POST /gaife/webhook HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\ncontent-type: application/json\r\nx-chathooks-scenario: timeout\r\ncontent-length: ${payload.length}\r\n\r\n${payload}`,
      );
      await until(() => mock.deliveries().length === 2, 10_000, 'recorded');
      // Longer than every timeout configured: the mock's own silence is not cut.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(client.isClosed()).toBe(false);
      client.socket.destroy();
    });
  });

  test('an idle kept-alive connection is closed after keepAliveTimeoutMs', async () => {
    await withMock(timeouts, async (mock) => {
      const client = rawClient(mock.port);
      client.socket.write(`GET /__chathooks/health HTTP/1.1\r\nhost: 127.0.0.1:${mock.port}\r\n\r\n`);
      await within(client.closed, 10_000, 'the server did not close an idle keep-alive connection');
      expect(client.received()).toMatch(/^HTTP\/1\.1 200 /);
    });
  });

  test.each([
    [
      { headersTimeoutMs: -1 },
      'mock server: headersTimeoutMs must be an integer number of milliseconds from 0 to 2147483647, got -1.',
    ],
    [
      { idleTimeoutMs: Number.NaN },
      'mock server: idleTimeoutMs must be an integer number of milliseconds from 0 to 2147483647, got NaN.',
    ],
    [
      { keepAliveTimeoutMs: 0 },
      'mock server: keepAliveTimeoutMs must be an integer number of milliseconds from 1 to 2147483647, got 0.',
    ],
    [
      { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 },
      'mock server: headersTimeoutMs (5000) must be from 1 to requestTimeoutMs (1000): the headers are part of the request.',
    ],
    [
      { shutdownTimeoutMs: 1.5 },
      'mock server: shutdownTimeoutMs must be an integer number of milliseconds from 0 to 2147483647, got 1.5.',
    ],
  ])('%j is refused: %s', async (options, message) => {
    await expect(startMockServer([gaife], options)).rejects.toThrow(message);
  });
});

describe('item 9: shutting down lets in-flight requests finish', () => {
  test('chathooks mock on SIGTERM: every in-flight request is answered, new connections are refused, exit 0', async () => {
    const mock = await spawnUntil(
      [cliPath, 'mock', 'spec/gaife.yaml', '--port', '0'],
      /mock: listening on (http:\/\/\S+)/,
    );
    const url = mock.match[1]!;
    const port = Number(new URL(url).port);
    const inFlight = Array.from({ length: 12 }, () => post(url, { 'x-chathooks-scenario': 'delay:3000' }));
    // Parked by `timeout`: never finishes, so it is dropped at once rather than holding the shutdown.
    const parked = post(url, { 'x-chathooks-scenario': 'timeout' }).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    // Longer than the shutdown deadline (5 s): dropped then, and its timer must not keep the process alive.
    const tooLong = post(url, { 'x-chathooks-scenario': 'delay:600000' }).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    await until(
      async () => (JSON.parse((await send(url, '/__chathooks/deliveries')).body) as unknown[]).length === 14,
      20_000,
      'all received',
    );
    const exited = mock.stop('SIGTERM');
    await until(() => mock.output().includes('shutting down'), 20_000, 'shutting down');
    const refused = await new Promise<string>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.on('connect', () => {
        s.destroy();
        resolve('connected');
      });
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(refused).toBe('ECONNREFUSED');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(answers.every((a) => a.headers.connection === 'close')).toBe(true);
    expect(await parked).toMatch(/ECONNRESET|socket hang up/);
    expect(await within(exited, 30_000, 'exited')).toBe(0);
    expect(await tooLong).toMatch(/ECONNRESET|socket hang up/);
    expect(mock.output()).toContain('mock: SIGTERM, 14 deliveries received; shutting down');
  });

  test('close(): finished requests answered, one past the deadline dropped, the timeout scenario dropped at once', async () => {
    const mock = await startMockServer([gaife]);
    const outcome = (p: Promise<Answer>): Promise<number | string> =>
      p.then(
        (a) => a.status,
        (e: NodeJS.ErrnoException) => e.code ?? e.message,
      );
    const short = outcome(post(mock.url, { 'x-chathooks-scenario': 'delay:300' }));
    const long = outcome(post(mock.url, { 'x-chathooks-scenario': 'delay:600000' }));
    const parked = outcome(post(mock.url, { 'x-chathooks-scenario': 'timeout' }));
    await until(() => mock.deliveries().length === 3, 10_000, 'all received');
    const closed = mock.close({ timeoutMs: 1_500 });
    // Dropped before the deadline, while the short delay may still be running.
    expect(await parked).toMatch(/ECONNRESET|socket hang up/);
    expect(await short).toBe(200);
    await closed;
    expect(await long).toMatch(/ECONNRESET|socket hang up/);
  });
});

describe('item 13: Host check and control token', () => {
  const TOKEN = 'a-control-token-of-32-characters';

  test('loopback binding: control, health and docs answer loopback Host names only; webhooks answer any Host', async () => {
    await withMock({}, async (mock) => {
      expect(mock.controlAccess).toBe('loopback');
      for (const host of [
        `127.0.0.1:${mock.port}`,
        `localhost:${mock.port}`,
        `LOCALHOST:${mock.port}`,
        `[::1]:${mock.port}`,
      ]) {
        expect((await send(mock.url, '/__chathooks/deliveries', { headers: { host } })).status, host).toBe(200);
      }
      for (const host of [
        'attacker.example',
        `attacker.example:${mock.port}`,
        `localhost:${mock.port + 1}`,
        '127.0.0.1',
      ]) {
        for (const [method, path] of [
          ['GET', '/__chathooks/deliveries'],
          ['DELETE', '/__chathooks/deliveries'],
          ['GET', '/__chathooks/health'],
          ['GET', '/'],
        ]) {
          const answer = await send(mock.url, path!, { method: method!, headers: { host } });
          expect(answer.status, `${method} ${path} Host ${host}`).toBe(403);
          expect(JSON.parse(answer.body)).toMatchObject({
            error: 'forbidden-host',
            message: expect.stringContaining(
              `Host ${JSON.stringify(host)} is not allowed: this mock listens on 127.0.0.1`,
            ),
          });
        }
      }
      expect((await post(mock.url, { host: 'webhooks.example.com' })).status).toBe(200);
      expect(mock.deliveries()).toHaveLength(1);
    });
  });

  test('beyond loopback without a token: control endpoints refused (403, how to enable); webhooks and health answer any Host', async () => {
    await withMock({ host: '0.0.0.0' }, async (mock) => {
      expect(mock.controlAccess).toBe('refused');
      const base = `http://127.0.0.1:${mock.port}`;
      expect((await post(base, { host: 'mock.example.com' })).status).toBe(200);
      for (const method of ['GET', 'DELETE']) {
        const answer = await send(base, '/__chathooks/deliveries', { method, headers: { host: 'mock.example.com' } });
        expect(answer.status).toBe(403);
        expect(JSON.parse(answer.body)).toMatchObject({
          error: 'control-disabled',
          message: expect.stringContaining('--control-token, CHATHOOKS_CONTROL_TOKEN'),
        });
      }
      expect(mock.deliveries()).toHaveLength(1);
      expect((await send(base, '/__chathooks/health', { headers: { host: 'mock.example.com' } })).status).toBe(200);
    });
  });

  test('beyond loopback with a token: control endpoints need "Authorization: Bearer <token>"', async () => {
    await withMock({ host: '0.0.0.0', controlToken: TOKEN }, async (mock) => {
      expect(mock.controlAccess).toBe('token');
      const base = `http://127.0.0.1:${mock.port}`;
      await post(base);
      for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
        const answer = await send(base, '/__chathooks/deliveries', {
          headers: { host: 'mock.example.com', ...(authorization ? { authorization } : {}) },
        });
        expect(answer.status, String(authorization)).toBe(401);
        expect(answer.headers['www-authenticate']).toBe('Bearer realm="chathooks"');
        expect(answer.body).not.toContain(TOKEN);
      }
      const ok = await send(base, '/__chathooks/deliveries', {
        headers: { host: 'mock.example.com', authorization: `Bearer ${TOKEN}` },
      });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toHaveLength(1);
      expect(
        (
          await send(base, '/__chathooks/deliveries', {
            method: 'DELETE',
            headers: { authorization: `bearer ${TOKEN}` },
          })
        ).status,
      ).toBe(204);
      expect(mock.deliveries()).toEqual([]);
    });
  });

  test('a token shorter than 16 characters is refused before listening', async () => {
    await expect(startMockServer([gaife], { controlToken: 'short' })).rejects.toThrow(
      'mock server: the control token must be at least 16 characters (got 5); make one with `openssl rand -hex 16`.',
    );
  });

  test('chathooks mock says at start how the control endpoints are guarded, and takes the token from the environment', async () => {
    const open = await spawnUntil(
      [cliPath, 'mock', 'spec/gaife.yaml', '--port', '0', '--host', '0.0.0.0'],
      /Ctrl-C to stop/,
    );
    expect(open.output()).toContain(
      'mock: control        refused: listening beyond loopback without a control token; set --control-token or CHATHOOKS_CONTROL_TOKEN to enable /__chathooks/deliveries',
    );
    expect(await open.stop()).toBe(0);
    const guarded = await spawnUntil(
      [cliPath, 'mock', 'spec/gaife.yaml', '--port', '0', '--host', '0.0.0.0'],
      /Ctrl-C to stop/,
      { env: { CHATHOOKS_CONTROL_TOKEN: TOKEN } },
    );
    try {
      expect(guarded.output()).toContain('mock: control        needs "Authorization: Bearer <control token>"');
      expect(guarded.output()).not.toContain(TOKEN);
      const port = /listening on http:\/\/0\.0\.0\.0:(\d+)/.exec(guarded.output())![1]!;
      expect(
        (
          await send(`http://127.0.0.1:${port}`, '/__chathooks/deliveries', {
            headers: { authorization: `Bearer ${TOKEN}` },
          })
        ).status,
      ).toBe(200);
      expect((await send(`http://127.0.0.1:${port}`, '/__chathooks/deliveries')).status).toBe(401);
    } finally {
      expect(await guarded.stop()).toBe(0);
    }
    const short = await runCli(['mock', 'spec/gaife.yaml', '--port', '0', '--control-token', 'short']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('chathooks mock: the control token must be at least 16 characters (got 5)');
  });
});

describe('item 15: the docs are served with a Content-Security-Policy header', () => {
  test("the pages' own policy plus frame-ancestors, nosniff, on pages and assets", async () => {
    const site = await mkdtemp(join(tmpdir(), 'chathooks-csp-'));
    try {
      await buildDocs([await loadContract('spec/gaife.yaml', { validation: 'conventions' })], { outDir: site });
      await withMock({ fallback: docsHandler(site) }, async (mock) => {
        const page = await send(mock.url, '/');
        expect(page.status).toBe(200);
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
          .exec(page.body)![1]!
          .replaceAll('&#39;', "'");
        expect(page.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        expect(page.headers['x-frame-options']).toBe('DENY');
        const asset = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)![1]!;
        const css = await send(mock.url, `/${asset.replace(/^(\.\/)+/, '')}`);
        expect(css.status).toBe(200);
        expect(css.headers['content-security-policy']).toBe(page.headers['content-security-policy']);
      });
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('item 24: chathooks start', () => {
  test('--out X prints X in the summary, not generated/', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-start-out-'));
    try {
      const r = await runCli(['start', 'spec/gaife.yaml', '--out', join(dir, 'gen'), '--no-docs', '--no-serve']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`(spec/gaife.yaml → ${join(dir, 'gen', 'gaife')}/)`);
      expect(r.stdout).not.toContain('generated/');
      const relative = await runCli(
        ['start', join(root, 'spec/gaife.yaml'), '--out', 'out-dir', '--no-docs', '--no-serve'],
        { cwd: dir },
      );
      expect(relative.stdout).toContain(' → out-dir/gaife/)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  /** The pids under `pid`, with their command lines (ps: Linux and macOS). */
  async function descendants(pid: number): Promise<{ pid: number; args: string }[]> {
    const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,ppid=,args=']);
    const rows = stdout
      .split('\n')
      .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
    const found: { pid: number; args: string }[] = [];
    const walk = (parent: number): void => {
      for (const r of rows.filter((row) => row.ppid === parent)) {
        found.push(r);
        walk(r.pid);
      }
    };
    walk(pid);
    return found;
  }

  /** Whether a process runs; a zombie (exited, unreaped) does not. */
  function running(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    } catch {
      return true;
    }
  }

  test.each(['SIGKILL', 'SIGTERM'] as const)('killing npm start (%s) takes the server with it', async (signal) => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-npm-start-'));
    const npm = spawn('npm', ['start', '--', 'spec/gaife.yaml', '--no-docs', '--port', '0', '--out', dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let server: number | undefined;
    try {
      await until(() => /Ctrl-C to stop/.test(out), 40_000, `serving:\n${out}`);
      // The node process itself, not the `sh -c` npm runs it through (whose command line names it too).
      server = (await descendants(npm.pid!)).find((p) =>
        /^\S*node(\.exe)? \S*dist\/cli\/index\.js start/.test(p.args),
      )?.pid;
      expect(server, out).toBeDefined();
      npm.kill(signal);
      await until(() => !running(server!), 30_000, 'gone');
    } finally {
      if (server !== undefined && running(server)) process.kill(server, 'SIGKILL');
      if (npm.exitCode === null) npm.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
