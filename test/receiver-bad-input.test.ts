/**
 * Bad input through a real HTTP server on 127.0.0.1: each gets the right status, the server keeps serving,
 * and no secret or expected signature appears in any response or log.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import { compileContract, createReceiver } from '../src/receiver/index.js';
import { hmacDigest, signRequest } from '../src/signing/index.js';
import { loadContract } from '../src/model/index.js';
import { listen } from './helpers/server.js';

const SECRET = 'protocol-bad-input-secret';
const STAMPED_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const logs: string[] = [];
let server: Awaited<ReturnType<typeof listen>>;
let stamped: Awaited<ReturnType<typeof listen>>;
const now = 1_700_000_000_000;

beforeAll(async () => {
  const logger = { warn: (m: string) => void logs.push(m) };
  const receiver = createReceiver(protocol, {
    secret: SECRET,
    logger,
    handlerTimeoutMs: 200,
    on: {
      'group.created': () => new Promise(() => undefined), // never resolves
      'group.updated': () => {
        throw new Error('boom');
      },
    },
  });
  server = await listen((req, res) => void receiver.node(req, res));
  const stampedContract = compileContract(
    await loadContract('test/fixtures/stamped.yaml', { validation: 'conventions' }),
  );
  const stampedReceiver = createReceiver(stampedContract, {
    secret: STAMPED_SECRET,
    appId: '1400000000',
    now: () => now,
    logger,
  });
  stamped = await listen((req, res) => void stampedReceiver.node(req, res));
});
afterAll(async () => {
  await server.close();
  await stamped.close();
});

const sign = (body: string) => ({
  'content-type': 'application/json',
  'x-protocol-signature': hmacDigest(SECRET, body),
});
const post = (body: string | Uint8Array, headers: Record<string, string> | [string, string][]) =>
  fetch(`${server.url}/webhook`, { method: 'POST', body, headers });
const stillServing = async () => {
  const body = JSON.stringify(protocol.examples['contact.created'][0]!.payload);
  expect((await post(body, sign(body))).status).toBe(200);
};

describe('protocol receiver over HTTP', () => {
  test('empty body: 400', async () => {
    const res = await post('', sign(''));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed-json' });
    await stillServing();
  });

  test('truncated JSON: 400', async () => {
    const body = JSON.stringify(protocol.examples['message.created'][0]!.payload).slice(0, 80);
    expect((await post(body, sign(body))).status).toBe(400);
  });

  test('10 MB body: 413 before it is buffered, and the server keeps serving', async () => {
    const body = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const res = await post(body, { 'content-type': 'application/json', 'x-protocol-signature': 'a'.repeat(64) }).catch(
      (e: unknown) => e,
    );
    // The server may answer 413 and close before the client finished sending; both show the refusal.
    if (res instanceof Response) expect(res.status).toBe(413);
    else expect(String((res as Error).cause ?? res)).toMatch(/EPIPE|ECONNRESET|other side closed|SocketError/);
    await stillServing();
  });

  test('wrong content type: 415; GET: 405', async () => {
    const body = '{}';
    expect((await post(body, { ...sign(body), 'content-type': 'text/html' })).status).toBe(415);
    expect((await fetch(`${server.url}/webhook`)).status).toBe(405);
  });

  test('missing, duplicated and garbage signature headers: 401 naming the header', async () => {
    const body = JSON.stringify(protocol.examples['contact.created'][0]!.payload);
    const good = hmacDigest(SECRET, body);
    const cases: [Record<string, string> | [string, string][], string][] = [
      [{ 'content-type': 'application/json' }, 'missing'],
      [
        [
          ['content-type', 'application/json'],
          ['x-protocol-signature', good],
          ['x-protocol-signature', good],
        ],
        'malformed',
      ],
      [{ 'content-type': 'application/json', 'x-protocol-signature': 'not-hex-at-all' }, 'malformed'],
      [{ 'content-type': 'application/json', 'x-protocol-signature': hmacDigest('guess', body) }, 'mismatch'],
    ];
    for (const [headers, reason] of cases) {
      const res = await post(body, headers);
      const text = await res.text();
      expect(res.status, reason).toBe(401);
      expect(JSON.parse(text)).toMatchObject({ error: 'signature', reason, header: 'x-protocol-signature' });
      expect(text).not.toContain(good);
      expect(text).not.toContain(SECRET);
    }
  });

  test('unknown event: 404; valid JSON invalid for its event: 400 with the pointer', async () => {
    const unknown = JSON.stringify({ id: 'a056V7R7NmNRjl70', type: 'poll.created', payload: { id: 'x' } });
    expect((await post(unknown, sign(unknown))).status).toBe(404);
    const invalid = JSON.stringify({
      id: 'a056V7R7NmNRjl70',
      type: 'attachment.created',
      payload: { id: 'x', file_size: '12 KB' },
    });
    const res = await post(invalid, sign(invalid));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ pointer: '/payload/file_size' });
  });

  test('a handler that throws: the failure reply; one that never resolves: the failure reply after handlerTimeoutMs', async () => {
    const throws = JSON.stringify(protocol.examples['group.updated'][0]!.payload);
    expect((await post(throws, sign(throws))).status).toBe(500);
    const hangs = JSON.stringify(protocol.examples['group.created'][0]!.payload);
    const started = performance.now();
    const res = await post(hangs, sign(hangs));
    expect(res.status).toBe(500);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(logs.some((l) => l.includes('did not finish within 200 ms'))).toBe(true);
    await stillServing();
  });

  test('no secret or expected signature in any log line', () => {
    for (const line of logs) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toMatch(/[0-9a-f]{64}/);
    }
  });
});

describe('timestamped scheme and app id (test/fixtures/stamped.yaml)', () => {
  const body = JSON.stringify({ event: 'message.after_send', id: 'm1', sent_at: 1700000000 });
  const send = (at: number, appId = '1400000000') => {
    const { headers } = signRequest(
      { scheme: 'standard-webhooks', toleranceSec: 300 },
      { rawBody: body, secret: STAMPED_SECRET, now: () => at, id: 'msg_1' },
    );
    return fetch(`${stamped.url}/hooks?AppId=${appId}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };

  test('fresh: 200; stale and future: 401 naming webhook-timestamp', async () => {
    expect((await send(now)).status).toBe(200);
    for (const [at, reason] of [
      [now - 301_000, 'stale'],
      [now + 301_000, 'future'],
    ] as const) {
      const res = await send(at);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ reason, header: 'webhook-timestamp' });
    }
  });

  test('wrong app id: 403 naming the parameter', async () => {
    const res = await send(now, '1400000001');
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'wrong-app', parameter: 'AppId' });
  });
});

describe('a request that names no event is refused as invalid, not acknowledged as an unknown event', () => {
  test('Sendbird (open event set): a body without category → 400 with the pointer', async () => {
    const sendbird = await import('../generated/sendbird/index.js');
    const receiver = createReceiver(sendbird, { secret: SECRET, logger: { warn: (m) => void logs.push(m) } });
    const body = JSON.stringify({ app_id: 'A', channel: { channel_url: 'x' } });
    const res = await receiver.fetch(
      new Request('http://r.local/webhook', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-sendbird-signature': hmacDigest(SECRET, body, 'hex') },
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid-payload',
      message:
        'The request names no event: body field category is missing; every Sendbird Chat webhooks delivery names its event there.',
      pointer: '/category',
    });
    // An unknown but named category is still acknowledged (Sendbird adds categories).
    const named = JSON.stringify({ category: 'group_channel:message_pin', app_id: 'A' });
    const ok = await receiver.fetch(
      new Request('http://r.local/webhook', {
        method: 'POST',
        body: named,
        headers: { 'content-type': 'application/json', 'x-sendbird-signature': hmacDigest(SECRET, named, 'hex') },
      }),
    );
    expect(ok.status).toBe(200);
  });

  test('Tencent: no CallbackCommand query parameter → 400 naming the parameter', async () => {
    const tencent = await import('../generated/tencent-chat/index.js');
    const receiver = createReceiver(tencent, { secret: SECRET });
    const { query } = signRequest(tencent.contract.signature, { rawBody: '{}', secret: SECRET });
    const res = await receiver.fetch(
      new Request(`http://r.local/webhook?${new URLSearchParams(query)}`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid-payload',
      message: expect.stringMatching(/^The request names no event: query parameter CallbackCommand is missing/),
      parameter: 'CallbackCommand',
    });
  });
});
