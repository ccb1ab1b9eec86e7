/**
 * Issue 15 item 3: LINE Messaging API as a bundled platform (spec/line.yaml, generated/line/). Payloads shaped as
 * LINE's reference shows them validate; a LINE receiver on express (createReceiver + receiver.node) handles
 * batches — mixed events in order, redelivery once per webhookEventId, the empty endpoint check — and verifies
 * `x-line-signature` exactly as an independent node:crypto implementation computes it.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as line from '../generated/line/index.js';
import { deliver } from '../src/delivery/index.js';
import { loadContract } from '../src/model/index.js';
import { createReceiver } from '../src/receiver/index.js';
import type { Handlers } from '../src/receiver/types.js';
import { signRequest, verifySignature } from '../src/signing/index.js';
import { root, runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const SECRET = '8c570fa6dd201bb328f1c1eac23a96d8'; // the shape of a channel secret: 32 hex digits
const BOT = 'U53387d548170020e6cedef5f41d1e01d';

/** LINE's signature, computed the way LINE's documentation shows it — node:crypto directly, not src/signing. */
const lineSignature = (body: string | Buffer, secret = SECRET): string =>
  createHmac('sha256', secret).update(body).digest('base64');

/** One event the way the reference's samples show it (common properties first), with its own webhookEventId. */
function event(type: string, id: string, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type,
    mode: 'active',
    timestamp: 1462629479859,
    source: { type: 'user', userId: 'U4af4980629...' },
    webhookEventId: id,
    deliveryContext: { isRedelivery: false },
    ...rest,
  };
}

const envelope = (events: unknown[]): { destination: string; events: unknown[] } => ({ destination: BOT, events });

describe('the spec covers webhook.yml (line/line-openapi @ 6e4c2a2)', () => {
  const WEBHOOK_YML = 'test/fixtures/import/line-webhook.yml'; // LINE's webhook.yml at that commit, byte for byte
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-line-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('every event type of Event.discriminator.mapping, verbatim and in order, with examples and invalid examples', async () => {
    const source = parseYaml(await readFile(join(root, WEBHOOK_YML), 'utf8')) as {
      components: { schemas: Record<string, { discriminator?: { mapping: Record<string, string> } }> };
    };
    const mapping = Object.keys(source.components.schemas['Event']!.discriminator!.mapping);
    expect(mapping).toHaveLength(19);
    expect([...line.eventNames]).toEqual(mapping);
    for (const e of line.contract.events) {
      expect(e.examples.length, e.name).toBeGreaterThan(0);
      expect(e.invalidExamples.length, e.name).toBeGreaterThan(0);
      expect(e.source, e.name).toMatch(/^https:\/\/developers\.line\.biz\//);
      expect(e.confidence, e.name).toBe('documented');
    }
    const contents = Object.keys(source.components.schemas['MessageContent']!.discriminator!.mapping);
    const exampled = new Set(line.examples.message.map((x) => (x.payload.message as { type: string }).type));
    expect([...exampled].sort()).toEqual([...contents].sort());
    expect(line.contract.batch).toMatchObject({ items: '/events', empty: 'verification' });
    expect(line.contract.idempotencyKey).toEqual(['/webhookEventId']);
    expect(line.contract.signature).toMatchObject({ scheme: 'line' });
    expect(line.contract.delivery).toMatchObject({ timeoutMs: 2000, retries: [] });
  });

  test('`chathooks import` of webhook.yml gives no property the spec lacks, event by event', async () => {
    const out = join(dir, 'imported.yaml');
    const r = await runCli([
      'import',
      WEBHOOK_YML,
      '--out',
      out,
      '--id',
      'line',
      '--signature',
      'line',
      '--delivery',
      'timeoutMs=2000,retries=,retryOn=timeout/network/non-2xx',
      '--kind',
      'after',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const imported = await loadContract(out);
    expect(imported.events.map((e) => e.name)).toEqual([...line.eventNames]);
    const message = line.contract.events.find((x) => x.name === 'message')!;
    expect(propertyPaths(message.payload)).toContain('/message/mention/mentionees/[]/isSelf'); // the walk reaches deep
    for (const e of imported.events) {
      const ours = line.contract.events.find((x) => x.name === e.name)!;
      const missing = [...propertyPaths(e.payload)].filter((p) => !propertyPaths(ours.payload).has(p));
      expect(missing, e.name).toEqual([]);
    }
  }, 60_000);
});

/** Every property path a schema can hold (`/message/emojis/[]/index`), through $ref, allOf, oneOf, anyOf and items. */
function propertyPaths(schema: unknown): Set<string> {
  const out = new Set<string>();
  const root = schema as Record<string, unknown>;
  const walk = (node: unknown, path: string, depth: number): void => {
    if (depth > 40 || node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n['$ref'] === 'string') {
      const target = (n['$ref'] as string)
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
      walk(target, path, depth + 1);
      return;
    }
    for (const key of ['allOf', 'oneOf', 'anyOf'])
      if (Array.isArray(n[key])) for (const branch of n[key] as unknown[]) walk(branch, path, depth + 1);
    if (n['properties'] && typeof n['properties'] === 'object')
      for (const [name, sub] of Object.entries(n['properties'] as object)) {
        out.add(`${path}/${name}`);
        walk(sub, `${path}/${name}`, depth + 1);
      }
    if (n['items']) walk(n['items'], `${path}/[]`, depth + 1);
  };
  walk(schema, '', 0);
  return out;
}

describe('payloads shaped as in LINE’s reference validate', () => {
  // The reference's samples (https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects and the
  // partner docs), ids elided as LINE elides them ("U4af4980629..."), replayed as one delivery.
  const samples: Record<string, unknown>[] = [
    // The overview sample: three events in one delivery; its text message has no quoteToken.
    event('message', '01FZ74A0TDDPYRVKNK77XKC3ZR', {
      replyToken: '757913772c4646b784d4b7ce46d12671',
      message: { type: 'text', id: '14353798921116', text: 'Hello, world' },
    }),
    event('follow', '01FZ74ASS536FW97EX38NKCZQK', { replyToken: 'bb173f4d9cf64aed9d408ab4e36339ad' }),
    event('unfollow', '01FZ74B5Y0F4TNKA5SCAVKPEDM'),
    event('message', '01FZ74A0TDDPYRVKNK77XKC3Z1', {
      source: { type: 'group', groupId: 'Ca56f94637c...', userId: 'U4af4980629...' },
      replyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA',
      message: {
        id: '444573844083572737',
        type: 'text',
        quoteToken: 'q3Plxr4AgKd...',
        text: '@All @example Good Morning!! (love)',
        emojis: [{ index: 29, length: 6, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }],
        mention: {
          mentionees: [
            { index: 0, length: 4, type: 'all' },
            { index: 5, length: 8, userId: 'U49585cd0d5...', type: 'user', isSelf: false },
          ],
        },
      },
    }),
    event('message', '01FZ74A0TDDPYRVKNK77XKC3Z2', {
      replyToken: '7840b71058e24a5d91f9b5726c7512c9',
      message: {
        type: 'image',
        id: '354718705033693859',
        quoteToken: 'q3Plxr4AgKd...',
        contentProvider: { type: 'line' },
        imageSet: { id: 'E005D41A7288F41B65593ED38FF6E9834B046AB36A37921A56BC236F13A91855', index: 1, total: 2 },
      },
    }),
    event('message', '01FZ74A0TDDPYRVKNK77XKC3Z3', {
      message: {
        type: 'sticker',
        id: '1501597916',
        quoteToken: 'q3Plxr4AgKd...',
        stickerId: '52002738',
        packageId: '11537',
        stickerResourceType: 'ANIMATION',
        keywords: ['cony', 'sally', 'Staring'],
      },
    }),
    event('unsend', '01FZ74A0TDDPYRVKNK77XKC3Z4', { unsend: { messageId: '325708' } }),
    event('follow', '01HMQGW40RZJPJM3RAJP7BHC2Q', {
      replyToken: '85cbe770fa8b4f45bbe077b1d4be4a36',
      follow: { isUnblocked: false },
    }),
    event('join', '01FZ74A0TDDPYRVKNK77XKC3Z5', {
      source: { type: 'group', groupId: 'C4af4980629...' },
      replyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA',
    }),
    event('memberJoined', '01FZ74A0TDDPYRVKNK77XKC3Z6', {
      source: { type: 'group', groupId: 'C4af4980629...' },
      replyToken: '0f3779fba3b349968c5d07db31eabf65',
      joined: {
        members: [
          { type: 'user', userId: 'U4af4980629...' },
          { type: 'user', userId: 'U91eeaf62d9...' },
        ],
      },
    }),
    event('postback', '01FZ74A0TDDPYRVKNK77XKC3Z7', {
      replyToken: 'b60d432864f44d079f6d8efe86cf404b',
      postback: {
        data: 'richmenu-changed-to-b',
        params: { newRichMenuAliasId: 'richmenu-alias-b', status: 'SUCCESS' },
      },
    }),
    event('beacon', '01FZ74A0TDDPYRVKNK77XKC3Z8', {
      replyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA',
      beacon: { hwid: 'd41d8cd98f', type: 'enter' },
    }),
    event('accountLink', '01FZ74A0TDDPYRVKNK77XKC3Z9', { link: { result: 'failed', nonce: 'xxxxxxxxxxxxxxx' } }),
    event('membership', '01FZ74A0TDDPYRVKNK77XKC3ZA', {
      replyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA',
      membership: { type: 'joined', membershipId: 3189 },
    }),
    // Partner docs: module channels (no source on module events) and LINE notification messages.
    {
      type: 'module',
      module: { type: 'attached', botId: 'U53387d54817...', scopes: ['message:send', 'message:receive'] },
      webhookEventId: '01G3GCEEXNWREGSSFVTPYH8465',
      deliveryContext: { isRedelivery: false },
      timestamp: 1653038594997,
      mode: 'active',
    },
    {
      type: 'botSuspended',
      webhookEventId: '01G4CRJ54J7TT4WN190KKHBXXT',
      deliveryContext: { isRedelivery: false },
      timestamp: 1616390574119,
      mode: 'active',
    },
    {
      type: 'delivery',
      delivery: { data: '68df277462529930889fab80ecffdc0883906320591df93c25efc08300410fc2' },
      webhookEventId: '01G17DAF0QJ7A3ERC5EJ9MAMH8',
      deliveryContext: { isRedelivery: false },
      timestamp: 1650590038721,
      mode: 'active',
    },
  ];

  test.each(samples.map((s) => [`${s['type']} ${s['webhookEventId']}`, s] as const))('%s', (_, sample) => {
    const validate = line.validators[sample['type'] as line.EventName];
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
  });

  test('all of them in one delivery, and the empty endpoint check, pass the batch validator', () => {
    expect(line.batchValidator(envelope(samples)), JSON.stringify(line.batchValidator.errors)).toBe(true);
    expect(line.batchValidator(envelope([]))).toBe(true);
  });

  test('a bad event inside a delivery is reported by its place in the body', () => {
    const bad = envelope([samples[0], { ...samples[1]!, timestamp: '2024-01-01T00:00:00Z' }]);
    expect(line.batchValidator(bad)).toBe(false);
    expect(line.batchValidator.errors).toContainEqual(
      expect.objectContaining({ pointer: '/events/1/timestamp', keyword: 'type' }),
    );
    expect(line.batchValidator({ events: [] })).toBe(false);
    expect(line.batchValidator.errors).toContainEqual(expect.objectContaining({ keyword: 'required' }));
  });
});

describe('x-line-signature: interop with an independent implementation', () => {
  const body = JSON.stringify(
    envelope([event('message', '01HSIGNINTEROP000000000001', { message: { type: 'text', id: '1', text: 'hi' } })]),
  );

  test('chathooks signs what node:crypto computes, byte for byte', () => {
    const signed = signRequest(line.contract.signature, { rawBody: body, secret: SECRET });
    expect(signed.headers).toEqual({ 'x-line-signature': lineSignature(body) });
    expect(signed.headers['x-line-signature']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // Non-ASCII text is signed as its UTF-8 bytes, as LINE does.
    const japanese = JSON.stringify(
      envelope([event('message', '01HUTF8', { message: { type: 'text', id: '2', text: 'こんにちは' } })]),
    );
    expect(
      signRequest(line.contract.signature, { rawBody: japanese, secret: SECRET }).headers['x-line-signature'],
    ).toBe(lineSignature(Buffer.from(japanese, 'utf8')));
  });

  test('chathooks verifies what node:crypto signs, with the header in any case, and names the header on failure', () => {
    const query = new URLSearchParams();
    const ok = (headers: Record<string, string>) =>
      verifySignature(line.contract.signature, { rawBody: Buffer.from(body), headers, query }, SECRET);
    expect(() => ok({ 'x-line-signature': lineSignature(body) })).not.toThrow();
    expect(() => ok({ 'X-Line-Signature': lineSignature(body) })).not.toThrow();
    expect(() => ok({ 'x-line-signature': lineSignature(`${body} `) })).toThrow(/x-line-signature does not match/);
    expect(() => ok({})).toThrow(/x-line-signature is missing/);
    // Rotation: the old and the new channel secret both pass while both are configured.
    expect(() =>
      verifySignature(
        line.contract.signature,
        { rawBody: Buffer.from(body), headers: { 'x-line-signature': lineSignature(body, 'old-secret') }, query },
        [SECRET, 'old-secret'],
      ),
    ).not.toThrow();
  });
});

describe('a LINE receiver on express', () => {
  const handled: string[] = [];
  const verified: number[] = [];
  let url = '';
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const receiver = createReceiver(line, {
      secret: SECRET,
      logger: { warn: () => undefined },
      onVerify: () => void verified.push(Date.now()),
      on: {
        message: (e, ctx) => void handled.push(`${ctx.batch?.index}:message:${e.message.type}:${e.webhookEventId}`),
        follow: (e, ctx) => void handled.push(`${ctx.batch?.index}:follow:${e.webhookEventId}`),
        postback: (e, ctx) => void handled.push(`${ctx.batch?.index}:postback:${e.postback.data}:${e.webhookEventId}`),
      },
    });
    const app = express();
    app.post('/callback', (req, res, next) => void receiver.node(req, res, next));
    ({ url, close } = await listen(app));
  });
  afterAll(() => close());

  const post = (body: string, signature = lineSignature(body)): Promise<Response> =>
    fetch(`${url}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signature },
      body,
    });

  test('a batch of mixed events: each to its handler, in order, one 200 for the batch', async () => {
    handled.length = 0;
    const events = [
      event('follow', '01HBATCHMIX000000000000001', { replyToken: 'r1', follow: { isUnblocked: false } }),
      event('message', '01HBATCHMIX000000000000002', { message: { type: 'text', id: '10', text: 'hi' } }),
      event('unfollow', '01HBATCHMIX000000000000003'), // no handler: acknowledged
      event('postback', '01HBATCHMIX000000000000004', { postback: { data: 'action=buy' } }),
    ];
    const res = await post(JSON.stringify(envelope(events)));
    expect(res.status).toBe(200);
    expect(handled).toEqual([
      '0:follow:01HBATCHMIX000000000000001',
      '1:message:text:01HBATCHMIX000000000000002',
      '3:postback:action=buy:01HBATCHMIX000000000000004',
    ]);
  });

  test('a redelivered batch is handled once per webhookEventId; a new event in it still runs', async () => {
    handled.length = 0;
    const first = [
      event('message', '01HREDELIVER00000000000001', { message: { type: 'text', id: '20', text: 'one' } }),
      event('message', '01HREDELIVER00000000000002', { message: { type: 'text', id: '21', text: 'two' } }),
    ];
    expect((await post(JSON.stringify(envelope(first)))).status).toBe(200);
    // LINE redelivers the same events with isRedelivery: true (new bytes, new signature), here with one more.
    const again = [
      ...first.map((e) => ({ ...e, deliveryContext: { isRedelivery: true } })),
      event('postback', '01HREDELIVER00000000000003', { postback: { data: 'late' } }),
    ];
    const res = await post(JSON.stringify(envelope(again)));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-chathooks-batch')).toBe('events=3; handled=1; duplicate=2');
    expect(handled).toEqual([
      '0:message:text:01HREDELIVER00000000000001',
      '1:message:text:01HREDELIVER00000000000002',
      '2:postback:late:01HREDELIVER00000000000003',
    ]);
  });

  test('the empty events array is the endpoint check: 200, no handler, onVerify called', async () => {
    handled.length = 0;
    const before = verified.length;
    const res = await post(JSON.stringify(envelope([])));
    expect(res.status).toBe(200);
    expect(verified.length).toBe(before + 1);
    expect(handled).toEqual([]);
  });

  test('the signature is checked over the raw bytes: the same JSON re-serialised, or another secret, is 401', async () => {
    handled.length = 0;
    const body = JSON.stringify(envelope([event('follow', '01HSIGNATURE00000000000001')]));
    const spaced = JSON.stringify(JSON.parse(body), null, 2); // same JSON, other bytes
    expect((await post(spaced, lineSignature(body))).status).toBe(401);
    expect((await post(body, lineSignature(body, 'another-channel-secret'))).status).toBe(401);
    expect((await post(body, '')).status).toBe(401);
    expect(handled).toEqual([]);
    expect((await post(body)).status).toBe(200);
    expect(handled).toEqual(['0:follow:01HSIGNATURE00000000000001']);
  });

  test('one invalid event refuses the whole batch with 400 naming it; nothing of it runs', async () => {
    handled.length = 0;
    const body = JSON.stringify(
      envelope([
        event('follow', '01HINVALID0000000000000001'),
        event('message', '01HINVALID0000000000000002', { message: { type: 'text', id: '30' } }),
      ]),
    );
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('/events/1/message');
    expect(handled).toEqual([]);
  });
});

describe('`chathooks replay spec/line.yaml` against a LINE receiver on express', () => {
  test('every case passes, the batch cases included, and no webhookEventId is handled twice', async () => {
    const seen = new Map<string, number>();
    const count = (e: { webhookEventId: string }) =>
      void seen.set(e.webhookEventId, (seen.get(e.webhookEventId) ?? 0) + 1);
    // One counting handler for every event name (a handler per name, built from the generated list).
    const on: Handlers<typeof line> = {};
    for (const name of line.eventNames) (on as Record<string, typeof count>)[name] = count;
    const receiver = createReceiver(line, { secret: SECRET, logger: { warn: () => undefined }, on });
    const app = express();
    app.post('/callback', (req, res, next) => void receiver.node(req, res, next));
    const server = await listen(app);
    try {
      const r = await runCli(['replay', 'spec/line.yaml', '--target', `${server.url}/callback`, '--secret', SECRET]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      for (const batchCase of [
        /ok {3}batch: 19 events \(message, unsend, follow/,
        /ok {3}batch: 19 events, redelivered/,
        /ok {3}batch: empty \(endpoint check\)/,
        /ok {3}batch: one invalid event/,
      ])
        expect(r.stdout).toMatch(batchCase);
      expect(r.stdout).toMatch(/: \d+ passed, 0 failed in \d+ ms\n$/);
      // Every example's event ran once: repeats, variants and the redelivered batch were recognised by webhookEventId.
      const ids = line.eventNames.flatMap((name) => line.examples[name].map((x) => x.payload.webhookEventId));
      for (const id of ids) expect(seen.get(id), id).toBe(1);
      expect([...seen.values()].filter((n) => n > 1)).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('the MSW preset plays LINE (mocks/msw.js, no LINE code of its own)', () => {
  test("platformHandlers('line') verifies the signature and the batch, and records every event it carried", async () => {
    const { setupServer } = await import('msw/node');
    const { platformHandlers, receiverUrls } = await import('chathooks/mocks/msw');
    const handlers = await platformHandlers('line', { secret: SECRET });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const body = JSON.stringify(line.inBatch(line.examples.follow[0]!.payload, line.examples.message[0]!.payload));
      const post = (signature: string) =>
        fetch(receiverUrls.line, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-line-signature': signature },
          body,
        });
      expect((await post(lineSignature(body))).status).toBe(200);
      expect((await post(lineSignature(body, 'another-channel-secret'))).status).toBe(401);
      const [ok, refused] = handlers.deliveries();
      expect(ok).toMatchObject({ valid: true, events: ['follow', 'message'] });
      expect(refused).toMatchObject({ valid: false, problem: expect.stringMatching(/^signature/) });
    } finally {
      server.close();
    }
  });
});

describe("LINE's delivery policy through the delivery engine (2 s timeout, redelivery off by default)", () => {
  test('a delivery is the envelope holding the event, signed; a 500 or a silent receiver fails after one send', async () => {
    const { setupServer } = await import('msw/node');
    const { platformHandlers, receiverUrls } = await import('chathooks/mocks/msw');
    const handlers = await platformHandlers('line', { secret: SECRET, scenario: 'status:500,ok' });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const payload = line.examples.postback[0]!.payload;
      const send = (scenario?: string) =>
        deliver(line, {
          url: receiverUrls.line,
          event: 'postback',
          payload,
          secret: SECRET,
          timeScale: 0.01, // LINE's 2 s wait becomes 20 ms
          ...(scenario ? { headers: { 'x-chathooks-scenario': scenario } } : {}),
        });
      const failed = await send();
      expect(failed.outcome).toBe('failed');
      expect(failed.attempts.map((a) => a.status)).toEqual([500]); // no retry: redelivery is off unless switched on
      const body = failed.request.body;
      expect(JSON.parse(body)).toEqual({ destination: BOT, events: [payload] });
      expect(failed.request.headers['x-line-signature']).toBe(lineSignature(body));
      const silent = await send('timeout');
      expect(silent.outcome).toBe('failed');
      expect(silent.attempts).toHaveLength(1);
      expect(silent.attempts[0]).toMatchObject({ error: 'timeout', errorMessage: 'no reply within 2000 ms' });
      expect((await send('ok')).outcome).toBe('delivered');
    } finally {
      server.close();
    }
  });
});
