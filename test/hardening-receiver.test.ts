/**
 * Field hardening of the receiver and signing (issue 12: items 3, 5, 10, 11, 12, 16 and part of 24), over real
 * HTTP where the defect is about HTTP, with the real express and the official standardwebhooks package.
 */
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import express from 'express';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import { deliver } from '../src/delivery/index.js';
import { InvalidReplyError } from '../src/receiver/errors.js';
import {
  compileContract,
  createReceiver,
  MemorySeenStore,
  type SeenStore,
  type StoredReply,
} from '../src/receiver/index.js';
import {
  signHmacSha256,
  signRequest,
  signStandardWebhooks,
  signTencentSha256,
  standardSignature,
  verifyHmacSha256,
  verifySignature,
  verifyStandardWebhooks,
  verifyTencentSha256,
} from '../src/signing/index.js';
import { OncePerDelivery } from '../src/receiver/once.js';
import { prepareVerify } from '../src/signing/verify.js';
import type { SignatureScheme } from '../src/model/model.js';
import { loadContract } from '../src/model/index.js';
import { OptionError } from '../src/model/errors.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import { listen } from './helpers/server.js';

const SECRET = 'hardening-receiver-secret';
const quiet = { warn: () => undefined };

function signed(body: string, secret = SECRET): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...signRequest(protocol.contract.signature, { rawBody: body, secret }).headers,
  };
}

function messageBody(id: string): string {
  return JSON.stringify({ ...(protocol.examples['message.created'][0]!.payload as object), id });
}

const stampedContract = compileContract(
  await loadContract('test/fixtures/stamped.yaml', { validation: 'conventions' }),
);
const STAMPED_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** What a client streaming a body far past the limit saw, and how much it managed to send. */
interface StreamResult {
  status: number | undefined;
  connection: string | undefined;
  body: string;
  written: number;
  socketClosed: boolean;
}

/**
 * POST `total` bytes in 64 KiB chunks (chunked, or with the length declared), honouring backpressure, until the
 * server closes the connection or everything is sent; a keep-alive agent, as a platform's sender would use.
 */
function streamPast(url: string, total: number, agent: Agent, declareLength: boolean): Promise<StreamResult> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const result: StreamResult = {
      status: undefined,
      connection: undefined,
      body: '',
      written: 0,
      socketClosed: false,
    };
    const req = httpRequest(`${url}/webhook`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    req.on('socket', (socket: Socket) => socket.once('close', () => (result.socketClosed = true)));
    req.on('response', (res) => {
      result.status = res.statusCode;
      result.connection = res.headers.connection;
      res.setEncoding('utf8');
      res.on('data', (d: string) => (result.body += d));
    });
    // EPIPE / ECONNRESET once the server closes: expected; 'close' follows.
    req.on('error', () => undefined);
    req.on('close', () => setImmediate(() => resolve(result)));
    const pump = (): void => {
      while (result.written < total && !req.destroyed) {
        result.written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('item 3: a body past maxBodyBytes gets 413 and the connection is closed, the rest unread', () => {
  const limit = 64 * 1024;
  const total = 64 * 1024 * 1024;
  const receiver = createReceiver(protocol, { secret: SECRET, maxBodyBytes: limit, logger: quiet });
  let server: Awaited<ReturnType<typeof listen>>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await listen((req, res) => void receiver.node(req, res));
    server.server.on('connection', (socket: Socket) => sockets.push(socket));
  });
  afterAll(() => server.close());

  test.each([
    ['streamed without a length (chunked)', false],
    ['with a declared content-length', true],
  ])(
    '%s: the client sees 413 and a closed socket; the server read far less than was sent',
    async (_how, declareLength) => {
      const agent = new Agent({ keepAlive: true });
      try {
        const before = sockets.length;
        const result = await streamPast(server.url, total, agent, declareLength);
        expect(result.status).toBe(413);
        expect(result.connection).toBe('close');
        expect(JSON.parse(result.body)).toMatchObject({ error: 'payload-too-large', limit });
        expect(result.socketClosed).toBe(true);
        // The client could not send it all: the server stopped reading and closed.
        expect(result.written).toBeLessThan(total);
        const serverSocket = sockets[before]!;
        // What the server read: the limit plus what was in flight, never the 64 MiB stream (a 16th of it at most).
        expect(serverSocket.bytesRead).toBeLessThan(total / 16);
        expect(serverSocket.destroyed).toBe(true);
      } finally {
        agent.destroy();
      }
    },
  );

  test('the server keeps serving after a 413, on a kept-alive connection', async () => {
    const body = messageBody('afterTheBigOne01');
    expect((await fetch(`${server.url}/webhook`, { method: 'POST', body, headers: signed(body) })).status).toBe(200);
    expect(
      (
        await fetch(`${server.url}/webhook`, {
          method: 'POST',
          body: messageBody('afterTheBigOne02'),
          headers: signed(messageBody('afterTheBigOne02')),
        })
      ).status,
    ).toBe(200);
  });
});

/** A pluggable store that records every key it is given (get/set only: no claim). */
class RecordingStore implements SeenStore {
  readonly keys = new Set<string>();
  readonly #replies = new Map<string, StoredReply>();
  get(key: string): StoredReply | undefined {
    this.keys.add(key);
    return this.#replies.get(key);
  }
  set(key: string, reply: StoredReply): void {
    this.keys.add(key);
    this.#replies.set(key, reply);
  }
}

describe('item 5: stores hold a fixed-size digest of the delivery key, whatever the sender put in it', () => {
  const hugeId = (i: number) => `${String(i).padStart(6, '0')}${'x'.repeat(200_000)}`;
  const post = (receiver: ReturnType<typeof createReceiver>, id: string) => {
    const body = messageBody(id);
    return receiver.fetch(new Request('http://r.local/webhook', { method: 'POST', body, headers: signed(body) }));
  };

  test('the in-memory LRU keeps 43-character keys for 200 KB ids, and still recognises a retry', async () => {
    const store = new MemorySeenStore();
    const seen: string[] = [];
    const receiver = createReceiver(protocol, {
      secret: SECRET,
      idempotency: store,
      maxBodyBytes: 1024 * 1024,
      on: { 'message.created': (e) => void seen.push(e.id) },
    });
    for (let i = 0; i < 40; i++) expect((await post(receiver, hugeId(i))).status).toBe(200);
    expect(store.size).toBe(40);
    for (const key of store.keys()) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const retry = await post(receiver, hugeId(7));
    expect(retry.headers.get('x-chathooks-duplicate')).toBe('true');
    expect(seen).toHaveLength(40);
  });

  test('a pluggable store receives only the digests, and a retry is still a duplicate', async () => {
    const store = new RecordingStore();
    const receiver = createReceiver(protocol, { secret: SECRET, idempotency: store, maxBodyBytes: 1024 * 1024 });
    for (let i = 0; i < 10; i++) await post(receiver, hugeId(i));
    expect((await post(receiver, hugeId(3))).headers.get('x-chathooks-duplicate')).toBe('true');
    expect(store.keys.size).toBe(10);
    for (const key of store.keys) expect(key).toHaveLength(43);
  });
});

describe('item 10: empty secrets are refused at construction, naming the option and the fix', () => {
  const hmac: SignatureScheme = protocol.contract.signature;
  const tencent: SignatureScheme = {
    scheme: 'tencent-sha256',
    signParam: 'Sign',
    timeParam: 'RequestTime',
    toleranceSec: 60,
    required: false,
  };
  const standard: SignatureScheme = { scheme: 'standard-webhooks', toleranceSec: 300 };

  test.each([
    ["secret: ''", ''],
    ["secret: ['']", ['']],
    ["secret: ['real', '']", ['real', '']],
  ])('createReceiver with %s throws an OptionError naming `secret`', (_what, secret) => {
    expect(() => createReceiver(protocol, { secret })).toThrow(OptionError);
    expect(() => createReceiver(protocol, { secret })).toThrow(
      /createReceiver\(protocol\): `secret`(\[1\])? is an empty string; pass the signing secret/,
    );
  });

  test.each([
    ['whsec_', /decodes to an empty key/],
    ['whsec_!!!!', /is not a Standard Webhooks secret.*base64/],
    ['', /is an empty string/],
  ])('a Standard Webhooks receiver refuses secret %j', (secret, message) => {
    expect(() => createReceiver(stampedContract, { secret })).toThrow(message);
    expect(() => createReceiver(stampedContract, { secret: [STAMPED_SECRET, secret] })).toThrow(/`secret`\[1\]/);
  });

  test.each([
    ['hmac-sha256', hmac],
    ['tencent-sha256', tencent],
    ['standard-webhooks', standard],
  ] as const)('%s: signRequest, verifySignature and prepareVerify refuse an empty secret', (_name, scheme) => {
    const input = { rawBody: '{}', headers: {}, query: new URLSearchParams() };
    expect(() => signRequest(scheme, { rawBody: '{}', secret: '' })).toThrow(
      /signRequest: `secret` is an empty string/,
    );
    expect(() => verifySignature(scheme, input, '')).toThrow(/verifySignature: `secrets` is an empty string/);
    expect(() => verifySignature(scheme, input, ['real', ''])).toThrow(/`secrets`\[1\] is an empty string/);
    expect(() => prepareVerify(scheme, [''], Date.now)).toThrow(OptionError);
  });

  test("each scheme's own sign and verify refuse an empty secret", () => {
    const scheme = { header: 'x-sig', encoding: 'hex' } as const;
    expect(() => signHmacSha256({ rawBody: '{}', secret: '' }, scheme)).toThrow(/empty/);
    expect(() => verifyHmacSha256('{}', () => 'ab', [''], scheme)).toThrow(/empty/);
    expect(() => signTencentSha256({ token: '', requestTime: 1 })).toThrow(/empty/);
    expect(() => verifyTencentSha256(new URLSearchParams('Sign=x&RequestTime=1'), [''])).toThrow(/empty/);
    expect(() => signStandardWebhooks({ id: 'msg_1', timestamp: 1, rawBody: '{}', secret: 'whsec_' })).toThrow(/empty/);
    expect(() => verifyStandardWebhooks('{}', () => 'x', ['whsec_!!!!'])).toThrow(/not a Standard Webhooks secret/);
  });

  test("deliver's signing refuses an empty secret before sending anything", async () => {
    let reached = false;
    const server = await listen((_req, res) => {
      reached = true;
      res.end('{}');
    });
    try {
      const payload = protocol.examples['message.created'][0]!.payload;
      await expect(
        deliver(protocol, { url: `${server.url}/webhook`, event: 'message.created', payload, secret: '' }),
      ).rejects.toThrow(/`secret` is an empty string/);
      expect(reached).toBe(false);
    } finally {
      await server.close();
    }
  });
});

describe('item 11: concurrent copies of one delivery run the handler once', () => {
  test('100 concurrent identical deliveries over HTTP: the handler runs once, all 100 get 2xx, 99 marked duplicate', async () => {
    let arrived = 0;
    let runs = 0;
    const receiver = createReceiver(protocol, {
      secret: SECRET,
      handlerTimeoutMs: 60_000,
      logger: quiet,
      on: {
        // Still running when every copy has arrived: without a claim each copy would run it too.
        'message.created': async () => {
          runs++;
          for (let waited = 0; arrived < 100 && waited < 30_000; waited += 5)
            await new Promise((r) => setTimeout(r, 5));
        },
      },
    });
    const server = await listen((req, res) => {
      arrived++;
      void receiver.node(req, res);
    });
    try {
      const body = messageBody('concurrentCopy01');
      const responses = await Promise.all(
        Array.from({ length: 100 }, () =>
          fetch(`${server.url}/webhook`, { method: 'POST', body, headers: signed(body) }),
        ),
      );
      expect(arrived).toBe(100);
      expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
      expect(runs).toBe(1);
      expect(responses.filter((r) => r.headers.get('x-chathooks-duplicate') === 'true')).toHaveLength(99);
      await Promise.all(responses.map((r) => r.text()));
    } finally {
      await server.close();
    }
  });

  test('a handler that fails (throws, rejects, times out) releases the claim: the retry runs it again', async () => {
    const runs = { throws: 0, rejects: 0, hangs: 0 };
    const errors: unknown[] = [];
    const receiver = createReceiver(protocol, {
      secret: SECRET,
      handlerTimeoutMs: 100,
      onError: (error) => errors.push(error),
      on: {
        'message.created': () => {
          if (++runs.throws === 1) throw new Error('first attempt fails');
        },
        'contact.created': async () => {
          if (++runs.rejects === 1) throw new Error('first attempt rejects');
        },
        'contact.deleted': () => (++runs.hangs === 1 ? new Promise<void>(() => undefined) : undefined),
      },
    });
    const server = await listen((req, res) => void receiver.node(req, res));
    try {
      for (const event of ['message.created', 'contact.created', 'contact.deleted'] as const) {
        const body = JSON.stringify(protocol.examples[event][0]!.payload);
        const post = () => fetch(`${server.url}/webhook`, { method: 'POST', body, headers: signed(body) });
        const first = await post();
        expect(first.status).toBe(500);
        const retry = await post();
        expect(retry.status).toBe(200);
        expect(retry.headers.get('x-chathooks-duplicate')).toBeNull();
        const again = await post();
        expect(again.headers.get('x-chathooks-duplicate')).toBe('true');
      }
      expect(runs).toEqual({ throws: 2, rejects: 2, hangs: 2 });
      expect(errors).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  test('copies waiting on a first run that fails get its failure reply; the next retry runs the handler', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const receiver = createReceiver(protocol, {
      secret: SECRET,
      onError: () => undefined,
      on: {
        'message.created': async () => {
          if (++runs === 1) {
            await gate;
            throw new Error('fails while copies wait');
          }
        },
      },
    });
    const body = messageBody('failingFirstRun1');
    const headers = new Headers(signed(body));
    // handle() checks and claims in the calling tick: the second and third are copies arriving while the first runs.
    const post = () =>
      receiver.handle({ method: 'POST', url: new URL('http://r.local/webhook'), headers, rawBody: Buffer.from(body) });
    const copies = [post(), post(), post()];
    release();
    expect((await Promise.all(copies)).map((r) => r.status)).toEqual([500, 500, 500]);
    expect(runs).toBe(1);
    expect((await post()).status).toBe(200);
    expect(runs).toBe(2);
  });

  test('two receivers sharing one store (as two processes share Redis) run a delivery once between them', async () => {
    const store = new MemorySeenStore();
    let runs = 0;
    const options = {
      secret: SECRET,
      idempotency: store,
      on: {
        'message.created': async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 100));
          return undefined;
        },
      },
    };
    const a = createReceiver(protocol, options);
    const b = createReceiver(protocol, options);
    const body = messageBody('sharedStoreCopy1');
    const post = (r: typeof a) =>
      r.fetch(new Request('http://r.local/webhook', { method: 'POST', body, headers: signed(body) }));
    const responses = await Promise.all([post(a), post(b), post(a), post(b)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(runs).toBe(1);
    expect(responses.filter((r) => r.headers.get('x-chathooks-duplicate') === 'true')).toHaveLength(3);
  });

  test('an asynchronous store with claim/release (as a Redis store would be) shared by two receivers: one run', async () => {
    const memory = new MemorySeenStore();
    const later = <T>(value: () => T) => new Promise<T>((r) => setTimeout(() => r(value()), 2));
    const store: SeenStore = {
      get: (key) => later(() => memory.get(key)),
      set: (key, reply) => later(() => memory.set(key, reply)),
      claim: (key, ttlMs) => later(() => memory.claim(key, ttlMs)),
      release: (key) => later(() => memory.release(key)),
    };
    let runs = 0;
    const options = { secret: SECRET, idempotency: store, on: { 'message.created': async () => void runs++ } };
    const a = createReceiver(protocol, options);
    const b = createReceiver(protocol, options);
    const body = messageBody('asyncClaimStore1');
    const post = (r: typeof a) =>
      r.handle({
        method: 'POST',
        url: new URL('http://r.local/webhook'),
        headers: new Headers(signed(body)),
        rawBody: Buffer.from(body),
      });
    const responses = await Promise.all([post(a), post(b), post(a), post(b), post(b)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(runs).toBe(1);
    expect(memory.keys()).toHaveLength(1);
  });

  test("a copy that waits out another process's claim gives up with the failure reply after the claim's lifetime", async () => {
    const stuck: SeenStore = {
      get: () => undefined,
      set: () => undefined,
      claim: () => ({ state: 'busy' }),
      release: () => undefined,
    };
    const once = new OncePerDelivery(stuck, 60);
    let ran = false;
    const failure = { status: 500, headers: {}, body: '{"error":"handler-failed"}' };
    const out = await once.run(
      'k',
      () => {
        ran = true;
        return { response: { status: 200, headers: {}, body: '{}' }, remembered: true };
      },
      () => ({ response: failure, remembered: false }),
    );
    expect(out).toBe(failure);
    expect(ran).toBe(false);
  });

  test('MemorySeenStore.claim: claimed, then busy, then done once set; release frees a claim but never a reply', () => {
    const store = new MemorySeenStore();
    const reply = { status: 200, body: '{}', contentType: 'application/json' };
    expect(store.claim('k', 1000)).toEqual({ state: 'claimed' });
    expect(store.claim('k', 1000)).toEqual({ state: 'busy' });
    expect(store.get('k')).toBeUndefined();
    store.release('k');
    expect(store.claim('k', 1000)).toEqual({ state: 'claimed' });
    store.set('k', reply);
    store.release('k');
    expect(store.claim('k', 1000)).toEqual({ state: 'done', reply });
  });

  test.each([
    [{ max: Number.NaN }, /`max` is NaN/],
    [{ max: 0 }, /`max` is 0/],
    [{ ttlMs: -1 }, /`ttlMs` is -1/],
    [{ ttlMs: Number.POSITIVE_INFINITY }, /`ttlMs` is Infinity/],
  ])('new MemorySeenStore(%o) is refused (a NaN max would bound nothing)', (options, message) => {
    expect(() => new MemorySeenStore(options)).toThrow(message);
  });

  test('a claim whose holder died lapses after its ttl', () => {
    let now = 0;
    const store = new MemorySeenStore({ now: () => now });
    expect(store.claim('k', 1000).state).toBe('claimed');
    now = 999;
    expect(store.claim('k', 1000).state).toBe('busy');
    now = 1000;
    expect(store.claim('k', 1000).state).toBe('claimed');
  });
});

describe('item 12: Standard Webhooks', () => {
  const id = (n: number) => `msg_hardening${n}`;
  let handled: string[];
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    const receiver = createReceiver(stampedContract, {
      secret: STAMPED_SECRET,
      appId: '1400000000',
      on: {
        'message.after_send': (event, ctx) =>
          void handled.push(`${(event as { id: string }).id}@${ctx.headers.get('webhook-id')}`),
      },
    });
    server = await listen((req, res) => void receiver.node(req, res));
  });
  afterAll(() => server.close());
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${server.url}/hooks?AppId=1400000000`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const ours = (body: string, msgId: string, secret = STAMPED_SECRET) =>
    signRequest(stampedContract.contract.signature, { rawBody: body, secret, id: msgId }).headers;

  test('de-duplicates on webhook-id: equal bodies with two ids are two deliveries, one id twice is a duplicate', async () => {
    handled = [];
    const body = JSON.stringify({ event: 'message.after_send', id: 'm1', sent_at: 1700000000 });
    const first = await post(body, ours(body, id(1)));
    const second = await post(body, ours(body, id(2)));
    const retry = await post(body, ours(body, id(1)));
    expect([first.status, second.status, retry.status]).toEqual([200, 200, 200]);
    expect(first.headers.get('x-chathooks-duplicate')).toBeNull();
    expect(second.headers.get('x-chathooks-duplicate')).toBeNull();
    expect(retry.headers.get('x-chathooks-duplicate')).toBe('true');
    expect(handled).toEqual([`m1@${id(1)}`, `m1@${id(2)}`]);
  });

  // The same 24-byte key, written with and without the prefix; both are what the official package accepts.
  test.each([
    ['whsec_-prefixed', STAMPED_SECRET],
    ['unprefixed (base64-decoded, as the official package does)', STAMPED_SECRET.slice('whsec_'.length)],
  ])('interop with the official standardwebhooks package, %s secret', async (_what, secret) => {
    const official = new Webhook(secret);
    const body = JSON.stringify({ event: 'message.after_send', id: `interop-${secret.length}`, sent_at: 1700000000 });
    // Theirs → ours: the signing function, verifySignature, and a receiver over HTTP.
    const theirs = { 'webhook-id': id(10 + secret.length), 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) };
    const signature = official.sign(theirs['webhook-id'], new Date(Number(theirs['webhook-timestamp']) * 1000), body);
    const headers = { ...theirs, 'webhook-signature': signature };
    expect(standardSignature(secret, theirs['webhook-id'], theirs['webhook-timestamp'], body)).toBe(signature);
    expect(() =>
      verifySignature(
        stampedContract.contract.signature,
        { rawBody: body, headers, query: new URLSearchParams() },
        secret,
      ),
    ).not.toThrow();
    const receiver = createReceiver(stampedContract, { secret, appId: '1400000000' });
    const res = await receiver.fetch(
      new Request('http://r.local/hooks?AppId=1400000000', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
    expect(res.status).toBe(200);
    expect((await post(body, headers)).status).toBe(200);
    // Ours → theirs.
    const mine = ours(body, id(20 + secret.length), secret);
    expect(official.verify(body, mine)).toEqual(JSON.parse(body));
  });

  test('a secret that is not base64 is refused on both sides, as the official package refuses it', () => {
    expect(() => new Webhook('real-secret')).toThrow();
    expect(() => createReceiver(stampedContract, { secret: 'real-secret' })).toThrow(
      /createReceiver\(stamped\): `secret` is not a Standard Webhooks secret/,
    );
    expect(() => signRequest(stampedContract.contract.signature, { rawBody: '{}', secret: 'real-secret' })).toThrow(
      /not a Standard Webhooks secret/,
    );
  });
});

describe('item 16: receiver.node behind express body parsers', () => {
  const makeApp = (mount: (app: express.Express, handled: string[]) => void) => {
    const handled: string[] = [];
    const app = express();
    mount(app, handled);
    return { app, handled };
  };
  const receiverFor = (handled: string[]) =>
    createReceiver(protocol, {
      secret: SECRET,
      logger: quiet,
      on: { 'message.created': (event) => void handled.push(event.id) },
    });
  const send = async (app: express.Express, id: string) => {
    const server = await listen(app);
    try {
      const body = messageBody(id);
      const res = await fetch(`${server.url}/webhook`, {
        method: 'POST',
        body,
        headers: signed(body),
        signal: AbortSignal.timeout(15_000),
      });
      return { status: res.status, text: await res.text() };
    } finally {
      await server.close();
    }
  };

  test('after express.json(), next(err) reaches the express error handler promptly, with the fix in the message', async () => {
    const seen: unknown[] = [];
    const { app, handled } = makeApp((a, h) => {
      const receiver = receiverFor(h);
      a.use(express.json());
      a.post('/webhook', (req, res, next) => void receiver.node(req, res, next));
      a.use(
        (
          error: Error & { status?: number },
          _req: express.Request,
          res: express.Response,
          _next: express.NextFunction,
        ) => {
          seen.push(error);
          res.status(error.status ?? 500).json({ handledBy: 'express', message: error.message });
        },
      );
    });
    const { status, text } = await send(app, 'expressJsonFirst');
    expect(status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({
      handledBy: 'express',
      message: expect.stringMatching(/express\.json\(\).*before any body parser.*express\.raw\(\{ type: '\*\/\*' \}\)/),
    });
    expect(seen).toHaveLength(1);
    expect(handled).toEqual([]);
  });

  test("after express.json(), express's default error handler answers 500", async () => {
    const { app } = makeApp((a, h) => {
      const receiver = receiverFor(h);
      a.post('/webhook', express.json(), (req, res, next) => void receiver.node(req, res, next));
    });
    expect((await send(app, 'expressJsonDflt1')).status).toBe(500);
  });

  test('after express.json(), without next: a 500 JSON answer naming the fix', async () => {
    const { app } = makeApp((a, h) => {
      const receiver = receiverFor(h);
      a.post('/webhook', express.json(), (req, res) => void receiver.node(req, res));
    });
    const { status, text } = await send(app, 'expressJsonNoNxt');
    expect(status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ error: 'body-consumed', message: expect.stringContaining('express.raw') });
  });

  test.each([
    [
      "express.raw({ type: '*/*' })",
      (a: express.Express, r: ReturnType<typeof createReceiver>) =>
        a.post('/webhook', express.raw({ type: '*/*' }), (req, res, next) => void r.node(req, res, next)),
    ],
    [
      'no body parser',
      (a: express.Express, r: ReturnType<typeof createReceiver>) =>
        a.post('/webhook', (req, res, next) => void r.node(req, res, next)),
    ],
    [
      'the receiver mounted before a global express.json()',
      (a: express.Express, r: ReturnType<typeof createReceiver>) => {
        a.post('/webhook', (req, res, next) => void r.node(req, res, next));
        a.use(express.json());
      },
    ],
  ])('%s: verified and handled', async (_what, mount) => {
    const { app, handled } = makeApp((a, h) => mount(a, receiverFor(h)));
    const { status } = await send(app, 'expressWorks0001');
    expect(status).toBe(200);
    expect(handled).toEqual(['expressWorks0001']);
  });
});

test('item 16, fetch: a Request whose body was already read gets a 500 naming the fix, not a thrown stream error', async () => {
  const receiver = createReceiver(protocol, { secret: SECRET });
  const body = messageBody('fetchBodyUsed001');
  const request = new Request('http://r.local/webhook', { method: 'POST', body, headers: signed(body) });
  await request.json();
  const res = await receiver.fetch(request);
  expect(res.status).toBe(500);
  expect(await res.json()).toMatchObject({
    error: 'body-consumed',
    message: expect.stringContaining('request.clone()'),
  });
});

describe('item 24: 405 names the allowed method; options and replies are validated', () => {
  test('a 405 carries an Allow header (over HTTP)', async () => {
    const receiver = createReceiver(protocol, { secret: SECRET });
    const server = await listen((req, res) => void receiver.node(req, res));
    try {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const res = await fetch(`${server.url}/webhook`, { method });
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('POST');
        await res.text();
      }
    } finally {
      await server.close();
    }
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5, 2 ** 31, '1000'])(
    'handlerTimeoutMs %s is refused at construction',
    (value) => {
      expect(() => createReceiver(protocol, { secret: SECRET, handlerTimeoutMs: value as number })).toThrow(
        /createReceiver\(protocol\): `handlerTimeoutMs` is .*; it must be a whole number of ms from 1 to 2147483647/,
      );
    },
  );

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 10.5, '4096'])(
    'maxBodyBytes %s is refused at construction',
    (value) => {
      expect(() => createReceiver(protocol, { secret: SECRET, maxBodyBytes: value as number })).toThrow(
        /`maxBodyBytes` is .*; it must be a whole number of bytes from 1 to/,
      );
    },
  );

  test('other options: onUnknownEvent, appId, handlers, store, logger', () => {
    const make = (options: Record<string, unknown>) => () =>
      createReceiver(protocol, { secret: SECRET, ...options } as never);
    expect(make({ onUnknownEvent: 'accept' })).toThrow(
      /`onUnknownEvent` is "accept"; use one of 'ignore', 'warn', 'reject'/,
    );
    expect(make({ appId: 1400000000 })).toThrow(/`appId` is a number; pass it as a string/);
    expect(make({ on: { 'message.craeted': () => undefined } })).toThrow(
      /"message\.craeted", which Protocol.* does not send; did you mean "message\.created"/,
    );
    expect(make({ on: { 'message.created': 'reply' } })).toThrow(
      /`on\["message\.created"\]` is a string, not a function/,
    );
    expect(make({ idempotency: true })).toThrow(/`idempotency` must be a store with get\(key\) and set\(key, reply\)/);
    expect(
      make({ idempotency: { get: () => undefined, set: () => undefined, claim: () => ({ state: 'claimed' }) } }),
    ).toThrow(/claim without release/);
    expect(make({ logger: {} })).toThrow(/`logger` has no warn/);
    expect(make({ now: 5 })).toThrow(/`now` is a number/);
    // The defaults and good values still construct.
    expect(
      make({
        handlerTimeoutMs: 1,
        maxBodyBytes: 1,
        onUnknownEvent: 'warn',
        appId: '1',
        on: { 'message.created': undefined },
      }),
    ).not.toThrow();
  });

  test.each([
    ['a string', 'blocked', ''],
    ['a number', 42, ''],
    ['an array', [{ allow: false }], ''],
    ['a field of the wrong type', { allow: 'no' }, '/allow'],
    ['a field the reply does not have', { allow: false, verdict: 'spam' }, '/verdict'],
  ])(
    'a handler returning %s: onError gets InvalidReplyError with the pointer, the platform the failure reply',
    async (_what, reply, pointer) => {
      const errors: unknown[] = [];
      const receiver = createReceiver(minimal, {
        secret: 's3cret',
        onError: (e) => errors.push(e),
        on: { 'message.before_send': () => reply as never },
      });
      const body = JSON.stringify({ event: 'message.before_send', id: 'm1', body: { text: 'hello' } });
      const headers = {
        'content-type': 'application/json',
        ...signRequest(minimal.contract.signature, { rawBody: body, secret: 's3cret' }).headers,
      };
      const res = await receiver.fetch(new Request('http://r.local/hooks', { method: 'POST', body, headers }));
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: 'handler-failed' });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(InvalidReplyError);
      expect(errors[0]).toMatchObject({ event: 'message.before_send', pointer });
      expect((errors[0] as Error).message).toMatch(/^The message\.before_send handler returned an invalid reply: /);
    },
  );
});
