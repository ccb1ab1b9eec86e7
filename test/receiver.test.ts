/** createReceiver over real HTTP (node adapter on 127.0.0.1) and the fetch adapter, happy and failure paths. */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as gaife from '../generated/gaife/index.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import { createReceiver, MemorySeenStore } from '../src/receiver/index.js';
import { signRequest } from '../src/signing/index.js';
import { listen } from './helpers/server.js';

const SECRET = 'whk_protocol_test_secret';

function signed(body: string, secret = SECRET, scheme = protocol.contract.signature): Record<string, string> {
  return { 'content-type': 'application/json', ...signRequest(scheme, { rawBody: body, secret }).headers };
}

describe('node adapter on a real server', () => {
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const receiver = createReceiver(protocol, {
    secret: SECRET,
    on: {
      'message.created': (event, ctx) => {
        received.push({
          id: event.payload.id,
          text: event.payload.message,
          event: ctx.event,
          deliveryId: ctx.deliveryId,
          raw: ctx.rawBody.byteLength,
        });
      },
      'group.deleted': () => {
        throw new Error('database exploded: password=hunter2');
      },
    },
    onError: (error) => errors.push(error),
    maxBodyBytes: 4096,
  });
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen((req, res) => void receiver.node(req, res));
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string>, path = '/webhook') =>
    fetch(`${server.url}${path}`, { method: 'POST', body, headers });

  test('a signed, valid delivery reaches its typed handler and is acknowledged', async () => {
    const body = JSON.stringify(protocol.examples['message.created'][0]!.payload);
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect(received.at(-1)).toEqual({
      id: 'SIuAFUNKdSYHZF2w',
      text: 'I’m traveling with my dad. He’s at a meeting. I hate meetings.',
      event: 'message.created',
      deliveryId: 'protocol:message.created:/id=m4QxT8nVb2Lz7RcW',
      raw: Buffer.byteLength(body),
    });
  });

  test('the signature is checked on the raw bytes: escaped slashes and non-ASCII verify as sent', async () => {
    const payload = protocol.examples['message.created'][1]!.payload;
    const body = JSON.stringify(payload)
      .replaceAll('/', '\\/')
      .replace('"id":"n7YcK1pWs5Db9QvM"', '"id":"n7YcK1pWs5Db9Qv\u00e9"');
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    // The same bytes re-serialised no longer match the signature made over the sent form.
    const reserialised = JSON.stringify(JSON.parse(body));
    expect(reserialised).not.toBe(body);
    expect((await post(reserialised, signed(body))).status).toBe(401);
  });

  test('missing and wrong signatures get 401 naming the header, never the expected value', async () => {
    const body = JSON.stringify(protocol.examples['contact.created'][0]!.payload);
    const missing = await post(body, { 'content-type': 'application/json' });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({
      error: 'signature',
      reason: 'missing',
      header: 'x-protocol-signature',
    });
    const wrong = await post(body, signed(body, 'not-the-secret'));
    const text = await wrong.text();
    expect(wrong.status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ error: 'signature', reason: 'mismatch', header: 'x-protocol-signature' });
    expect(text).not.toContain(signed(body)['x-protocol-signature']);
    expect(text).not.toContain(SECRET);
  });

  test('malformed JSON (validly signed) gets 400', async () => {
    const body = '{"id": "x", "type": "message.created",';
    const res = await post(body, signed(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed-json' });
  });

  test('an invalid payload gets 400 with the JSON pointer of the problem', async () => {
    const body = JSON.stringify({
      id: 'a056V7R7NmNRjl70',
      type: 'message.created',
      payload: { id: 'SIuAFUNKdSYHZF2w' },
    });
    const res = await post(body, signed(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid-payload',
      event: 'message.created',
      pointer: '/payload/conversation_id',
    });
  });

  test('an unknown event of a closed set gets 404 by default', async () => {
    const body = JSON.stringify({ id: 'a056V7R7NmNRjl70', type: 'message.exploded', payload: {} });
    const res = await post(body, signed(body));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'unknown-event', event: 'message.exploded' });
  });

  test('413 for bodies over maxBodyBytes, 415 for non-JSON, 405 for the wrong method', async () => {
    const big = JSON.stringify({
      id: 'x',
      type: 'message.created',
      payload: { id: 'y', conversation_id: 'z', message: 'x'.repeat(5000) },
    });
    expect((await post(big, signed(big))).status).toBe(413);
    const form = 'a=1';
    expect((await post(form, { ...signed(form), 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(
      415,
    );
    expect((await fetch(`${server.url}/webhook`)).status).toBe(405);
  });

  test('a handler that throws yields the failure reply; the error reaches onError, not the client', async () => {
    const body = JSON.stringify(protocol.examples['group.deleted'][0]!.payload);
    const res = await post(body, signed(body));
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ error: 'handler-failed' });
    expect(text).not.toContain('hunter2');
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toContain('database exploded');
  });

  test('a retried delivery is handled once and answered with the first reply', async () => {
    const before = received.length;
    const body = JSON.stringify({
      ...(protocol.examples['message.created'][0]!.payload as object),
      id: 'retryRetry000001',
    });
    const first = await post(body, signed(body));
    const second = await post(body, signed(body));
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-chathooks-duplicate')).toBe('true');
    expect(received.length).toBe(before + 1);
  });
});

describe('fetch adapter', () => {
  test('a before-event reply is completed into the envelope of the first reply example', async () => {
    const receiver = createReceiver(minimal, {
      secret: 's3cret',
      on: {
        'message.before_send': (event) =>
          event.body.text.includes('spam') ? { allow: false, reason: 'spam' } : undefined,
      },
    });
    const send = (text: string) => {
      const body = JSON.stringify({ event: 'message.before_send', id: `m-${text}`, body: { text } });
      return receiver.fetch(
        new Request('http://receiver.local/hooks', {
          method: 'POST',
          body,
          headers: signed(body, 's3cret', minimal.contract.signature),
        }),
      );
    };
    const blocked = await send('buy spam now');
    expect(blocked.status).toBe(200);
    expect(await blocked.json()).toEqual({ allow: false, reason: 'spam' });
    const allowed = await send('hello');
    expect(await allowed.json()).toEqual({ allow: true });
  });

  test('a single-event contract without a signature (GAIFE) dispatches without a discriminator', async () => {
    const seen: string[] = [];
    const receiver = createReceiver(gaife, {
      on: { message: (event) => void seen.push(`${event.data.id}:${event.data.status}`) },
    });
    const payload = gaife.examples.message[0]!.payload;
    const res = await receiver.fetch(
      new Request('http://r.local/webhook', {
        method: 'POST',
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.status).toBe(200);
    expect(seen).toEqual([`${payload.data.id}:${payload.data.status}`]);
  });

  test('unknown events: ignore acknowledges, warn acknowledges and logs', async () => {
    const warn = vi.fn();
    const body = JSON.stringify({ id: 'x', type: 'poll.created', payload: {} });
    const make = (onUnknownEvent: 'ignore' | 'warn') =>
      createReceiver(protocol, { secret: SECRET, onUnknownEvent, logger: { warn } });
    const req = () => new Request('http://r.local/webhook', { method: 'POST', body, headers: signed(body) });
    expect((await make('ignore').fetch(req())).status).toBe(200);
    expect(warn).not.toHaveBeenCalled();
    expect((await make('warn').fetch(req())).status).toBe(200);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown event "poll.created"'));
  });

  test('secret rotation: any of several secrets verifies', async () => {
    const receiver = createReceiver(protocol, { secret: ['new-secret', SECRET] });
    const body = JSON.stringify(protocol.examples['contact.deleted'][0]!.payload);
    const res = await receiver.fetch(
      new Request('http://r.local/webhook', { method: 'POST', body, headers: signed(body) }),
    );
    expect(res.status).toBe(200);
  });

  test('413 without buffering the whole stream', async () => {
    const receiver = createReceiver(protocol, { secret: SECRET, maxBodyBytes: 10 });
    const res = await receiver.fetch(
      new Request('http://r.local/webhook', {
        method: 'POST',
        body: 'x'.repeat(100),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.status).toBe(413);
  });

  test('a spec that signs requires a secret at construction (OptionError)', () => {
    expect(() => createReceiver(protocol, {})).toThrow(/pass `secret`/);
  });

  test('the seen-store is pluggable and bounded', () => {
    const store = new MemorySeenStore({ max: 2 });
    store.set('a', { status: 200, body: '{}', contentType: 'application/json' });
    store.set('b', { status: 200, body: '{}', contentType: 'application/json' });
    store.set('c', { status: 200, body: '{}', contentType: 'application/json' });
    expect(store.get('a')).toBeUndefined();
    expect(store.size).toBe(2);
  });
});

describe('express-style middleware with a pre-read raw body', () => {
  test('uses req.rawBody instead of reading the stream again', async () => {
    const receiver = createReceiver(protocol, { secret: SECRET });
    const server = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        Object.assign(req, { rawBody: Buffer.concat(chunks) });
        void receiver.node(req, res);
      });
    });
    try {
      const body = JSON.stringify(protocol.examples['attachment.created'][0]!.payload);
      const res = await fetch(`${server.url}/webhook`, { method: 'POST', body, headers: signed(body) });
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
