/** The delivery engine against real servers: each platform's documented timeout, retries, backoff and rate limits. */
import { afterEach, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as protocol from '../generated/protocol/index.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import { createDeliverer, deliver } from '../src/delivery/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { gaps, scriptedServer, type Step } from './helpers/scripted-server.js';
import { listen } from './helpers/server.js';

const SCALE = 0.01; // 1 s of platform time = 10 ms
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
async function server(script: Step[], fallback?: Step) {
  const s = await scriptedServer(script, fallback);
  closers.push(s.close);
  return s;
}
const gaifePayload = gaife.examples.message[0]!.payload;

describe('GAIFE: 30 s timeout, retries after 4 s, 8 s and 10 s on network errors, timeouts and non-2xx', () => {
  test('500, 503, 502 then 200: four sends spaced 4 s, 8 s, 10 s (scaled), delivered', async () => {
    const s = await server([
      { status: 500 },
      { status: 503 },
      { status: 502 },
      { status: 200, body: { status: 'success' } },
    ]);
    // At 0.05 the gaps (200, 400, 500 ms) dwarf a loaded machine's scheduling noise; never sooner than the
    // schedule, and no later than half as much again plus 250 ms (a unit slip — seconds for ms — is far beyond).
    const scale = 0.05;
    const t = await deliver(gaife, {
      url: `${s.url}/webhook`,
      event: 'message',
      payload: gaifePayload,
      timeScale: scale,
    });
    expect(t.outcome).toBe('delivered');
    expect(t.attempts.map((a) => a.status)).toEqual([500, 503, 502, 200]);
    expect(t.attempts.map((a) => a.retryAfterMs)).toEqual([4000, 8000, 10000, undefined]);
    const measured = gaps(s.arrivals);
    [4000, 8000, 10000].forEach((delay, i) => {
      const expected = delay * scale;
      expect(measured[i]).toBeGreaterThanOrEqual(expected - 2);
      expect(measured[i]).toBeLessThan(expected * 1.5 + 250);
    });
    expect(t.reply).toEqual({ status: 'success' });
  });

  test('a timeout and a dropped connection are retried too; after the last retry it fails', async () => {
    const s = await server(['hang', 'reset', { status: 404 }, { status: 500 }]);
    const t = await deliver(gaife, {
      url: `${s.url}/webhook`,
      event: 'message',
      payload: gaifePayload,
      timeScale: SCALE,
    });
    expect(t.attempts.map((a) => a.error ?? a.status)).toEqual(['timeout', 'network', 404, 500]);
    expect(t.attempts[0]!.latencyMs).toBeGreaterThanOrEqual(295); // 30 s × 0.01
    expect(t.outcome).toBe('failed');
    expect(s.arrivals).toHaveLength(4);
  });

  test('no signature and the documented framing: POST, application/json, the payload bytes', async () => {
    const s = await server([]);
    await deliver(gaife, { url: `${s.url}/hook`, event: 'message', payload: gaifePayload, timeScale: SCALE });
    expect(s.arrivals[0]).toMatchObject({ method: 'POST', url: '/hook', body: JSON.stringify(gaifePayload) });
    expect(s.arrivals[0]!.headers['content-type']).toBe('application/json');
  });

  test('rate limit: never more than 10 deliveries in flight to one endpoint', async () => {
    const s = await server([], { status: 200, delayMs: 30 });
    const send = createDeliverer(gaife, { url: `${s.url}/webhook`, timeScale: SCALE });
    const all = await Promise.all(Array.from({ length: 25 }, () => send({ event: 'message', payload: gaifePayload })));
    expect(all.every((t) => t.outcome === 'delivered')).toBe(true);
    expect(s.maxActive).toBe(10);
  });

  test('rate limit: at most 100 deliveries start in any minute', async () => {
    const s = await server([]);
    const send = createDeliverer(gaife, { url: `${s.url}/webhook`, timeScale: SCALE }); // a minute = 600 ms
    const started = performance.now();
    await Promise.all(Array.from({ length: 110 }, () => send({ event: 'message', payload: gaifePayload })));
    const offsets = s.arrivals.map((a) => a.at - started).sort((a, b) => a - b);
    expect(offsets).toHaveLength(110);
    expect(offsets.filter((o) => o < 550).length).toBeLessThanOrEqual(100);
    expect(offsets[100]).toBeGreaterThanOrEqual(590);
  });
});

describe('Protocol: signed with x-protocol-signature, accepted by a chathooks receiver', () => {
  test('the delivered request verifies, validates and reaches the handler', async () => {
    const seen: string[] = [];
    const receiver = createReceiver(protocol, {
      secret: 'shh',
      on: { 'message.created': (e) => void seen.push(e.payload.id) },
    });
    const s = await listen((req, res) => void receiver.node(req, res));
    closers.push(s.close);
    const t = await deliver(protocol, {
      url: `${s.url}/webhook`,
      event: 'message.created',
      payload: protocol.examples['message.created'][0]!.payload,
      secret: 'shh',
    });
    expect(t.outcome).toBe('delivered');
    expect(t.request.headers['x-protocol-signature']).toMatch(/^[0-9a-f]{64}$/);
    expect(seen).toEqual(['SIuAFUNKdSYHZF2w']);
    const wrong = await deliver(protocol, {
      url: `${s.url}/webhook`,
      event: 'message.created',
      payload: protocol.examples['message.created'][0]!.payload,
      secret: 'nope',
    });
    expect(wrong.attempts).toHaveLength(1); // Protocol documents no retries
    expect(wrong.attempts[0]).toMatchObject({ status: 401, ok: false });
    expect(wrong.outcome).toBe('failed');
  });

  test('rawBody is sent byte for byte (escaped slashes survive)', async () => {
    const s = await server([]);
    const raw = JSON.stringify(protocol.examples['attachment.created'][0]!.payload).replaceAll('/', '\\/');
    await deliver(protocol, { url: `${s.url}/webhook`, event: 'attachment.created', rawBody: raw, secret: 'k' });
    expect(s.arrivals[0]!.body).toBe(raw);
  });
});

describe('before-events and replies (test/fixtures/minimal.yaml: 2 s timeout, one retry after 1 s on timeout or non-2xx, proceed on timeout)', () => {
  test('a before-event that keeps timing out proceeds, as the policy says', async () => {
    const s = await server(['hang', 'hang']);
    const payload = minimal.examples['message.before_send'][0]!.payload;
    const t = await deliver(minimal, {
      url: `${s.url}/hooks`,
      event: 'message.before_send',
      payload,
      secret: 'k',
      timeScale: SCALE,
    });
    expect(t.attempts.map((a) => a.error)).toEqual(['timeout', 'timeout']);
    expect(t.outcome).toBe('proceeded');
  });

  test('a 200 whose body is not the reply the event needs is not a delivery, and is checked against the reply schema', async () => {
    const s = await server([{ status: 200, body: { allow: 'maybe' } }]);
    const payload = minimal.examples['message.before_send'][0]!.payload;
    const t = await deliver(minimal, {
      url: `${s.url}/hooks`,
      event: 'message.before_send',
      payload,
      secret: 'k',
      timeScale: SCALE,
    });
    expect(t.attempts[0]).toMatchObject({ status: 200, ok: false, replyValid: false });
    expect(t.attempts[0]!.replyIssues![0]).toMatchObject({ pointer: '/allow', keyword: 'type' });
    expect(t.outcome).toBe('failed');
  });

  test('malformed JSON with 200 is recorded as text and fails the reply schema', async () => {
    const s = await server(['malformed']);
    const payload = minimal.examples['message.before_send'][0]!.payload;
    const t = await deliver(minimal, {
      url: `${s.url}/hooks`,
      event: 'message.before_send',
      payload,
      secret: 'k',
      timeScale: SCALE,
    });
    expect(t.attempts[0]!.reply).toBe('{"ActionStatus": OK');
    expect(t.attempts[0]!.replyValid).toBe(false);
  });

  test('a valid block reply is delivered and returned', async () => {
    const s = await server([{ status: 200, body: { allow: false, reason: 'spam' } }]);
    const payload = minimal.examples['message.before_send'][0]!.payload;
    const t = await deliver(minimal, {
      url: `${s.url}/hooks`,
      event: 'message.before_send',
      payload,
      secret: 'k',
      timeScale: SCALE,
    });
    expect(t).toMatchObject({ outcome: 'delivered', kind: 'before', reply: { allow: false, reason: 'spam' } });
  });

  test('an event the contract does not have is an OptionError, not a request', async () => {
    await expect(
      deliver(minimal, { url: 'http://127.0.0.1:9/hooks', event: 'message.nope', payload: {} }),
    ).rejects.toThrow(/not an event of Minimal chat/);
  });

  test('an unreachable endpoint is a network error with the cause', async () => {
    const closed = await listen(() => undefined);
    await closed.close();
    const t = await deliver(protocol, {
      url: `${closed.url}/webhook`,
      event: 'contact.deleted',
      payload: protocol.examples['contact.deleted'][0]!.payload,
      secret: 'k',
    });
    expect(t.attempts[0]).toMatchObject({ error: 'network', errorMessage: 'ECONNREFUSED', ok: false });
    // Over https too (node:https loads on first use), and a scheme HTTP cannot carry is refused by name.
    const secure = await deliver(protocol, {
      url: closed.url.replace('http:', 'https:'),
      event: 'contact.deleted',
      payload: protocol.examples['contact.deleted'][0]!.payload,
      secret: 'k',
      policy: { retries: [] },
    });
    expect(secure.attempts[0]).toMatchObject({ error: 'network', errorMessage: 'ECONNREFUSED', ok: false });
    const ftp = await deliver(protocol, {
      url: 'ftp://127.0.0.1:9/webhook',
      event: 'contact.deleted',
      payload: protocol.examples['contact.deleted'][0]!.payload,
      secret: 'k',
      policy: { retries: [] },
    });
    expect(ftp.attempts[0]).toMatchObject({ error: 'network', errorMessage: 'unsupported protocol ftp:', ok: false });
  });
});
