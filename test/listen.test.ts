/**
 * `listen` (issue 14 item 3): a platform-like sender (the delivery engine, real signing, retries) → startListener →
 * a createReceiver app on express, all over real HTTP on 127.0.0.1. Timeouts are asserted on statuses, never on
 * wall time.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { connect } from 'node:net';
import express from 'express';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as batch from './fixtures/generated/batch/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { deliver, frameRequest, sendOnce } from '../src/delivery/deliver.js';
import type { RuntimeContract } from '../src/model/runtime.js';
import { createReceiver } from '../src/receiver/index.js';
import { failureStatus } from '../src/traffic/failure-status.js';
import { endToEnd } from '../src/traffic/forward.js';
import { formatLiveLine } from '../src/traffic/live-line.js';
import { startListener, type ListenDelivery, type Listener, type ListenOptions } from '../src/traffic/listen.js';
import { bodyBytes, readRecordings } from '../src/traffic/recording.js';
import { cliPath, runCli, type Running, spawnUntil } from './helpers/cli.js';
import { harProblems } from './helpers/har.js';
import { listen as serve } from './helpers/server.js';

const TOKEN = 'tencent-callback-token';
const MASTER = 'sendbird-master-token';
const APP_ID = '1400000000';
const quiet = { warn: () => undefined };
/**
 * The sender's timeout where a test is not about timeouts: far above any scheduling delay on a loaded machine
 * (Tencent's own 2 s is what listen applies to the local receiver; see the timeout tests).
 */
const SLOW_MACHINE = { timeoutMs: 30_000 };
const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** What the app behind listen saw of one request. */
interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  sha256: string;
}

/** A createReceiver app on express, recording the bytes it got (express.raw keeps them for the receiver too). */
async function expressApp(
  runtime: RuntimeContract,
  options: Parameters<typeof createReceiver>[1],
  before?: express.RequestHandler,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const receiver = createReceiver(runtime, { logger: quiet, ...options });
  const app = express();
  if (before) app.use(before);
  app.use(express.raw({ type: () => true, limit: '2mb' }));
  app.use((req, _res, next) => {
    seen.push({ url: req.originalUrl, headers: req.headers, sha256: sha256(req.body as Buffer) });
    next();
  });
  app.post('/im', (req, res, next) => void receiver.node(req, res, next));
  app.post('/sendbird', (req, res, next) => void receiver.node(req, res, next));
  const server = await serve(app as unknown as RequestListener);
  cleanup.push(server.close);
  return { url: server.url, seen };
}

/** A listener whose deliveries are collected; closed after the test. `reported(n)` waits for the n-th report. */
async function startCollecting(
  runtime: RuntimeContract,
  options: Omit<ListenOptions, 'onDelivery'>,
): Promise<{ listener: Listener; deliveries: ListenDelivery[]; reported: (n: number) => Promise<void> }> {
  const deliveries: ListenDelivery[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  const listener = await startListener(runtime, {
    // The local receiver's time where the test is not about it: far above any scheduling delay.
    timeoutMs: 30_000,
    ...options,
    onDelivery: (d) => {
      deliveries.push(d);
      for (const w of waiting.filter((w) => deliveries.length >= w.n)) w.resolve();
    },
  });
  cleanup.push(() => listener.close({ timeoutMs: 0 }));
  // A report follows the answer (after its recording is written): wait for it rather than for the reply.
  const reported = (n: number): Promise<void> =>
    deliveries.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }));
  return { listener, deliveries, reported };
}

const tencentExample = (event: keyof typeof tencent.examples, index = 0): unknown =>
  tencent.examples[event][index]!.payload;

describe('a platform against listen, with a createReceiver app behind it', () => {
  test('every Tencent delivery is forwarded byte-exact with its query, and the reply (a before-event rewrite) comes back', async () => {
    const rewrite = {
      ErrorCode: 0,
      ErrorInfo: '',
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi ***' } }],
    };
    const app = await expressApp(tencent, {
      secret: TOKEN,
      appId: APP_ID,
      on: { 'Group.CallbackBeforeSendMsg': () => rewrite } as never,
    });
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: `${app.url}/im`, secret: TOKEN });
    const events = ['Group.CallbackBeforeSendMsg', 'Group.CallbackAfterSendMsg', 'C2C.CallbackAfterSendMsg'] as const;
    const transcripts = [];
    for (const event of events)
      transcripts.push(
        await deliver(tencent, {
          url: `${listener.url}/im`,
          event,
          payload: tencentExample(event),
          secret: TOKEN,
          appId: APP_ID,
          query: { ClientIP: '203.0.113.9', OptPlatform: 'RESTAPI', contenttype: 'json' },
          policy: SLOW_MACHINE,
        }),
      );
    expect(transcripts.map((t) => t.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
    // The before-event's rewrite reached the platform as the app wrote it.
    expect(transcripts[0]!.reply).toEqual({ ActionStatus: 'OK', ...rewrite });
    expect(app.seen).toHaveLength(3);
    transcripts.forEach((t, i) => {
      const sent = new URL(t.request.url);
      expect(app.seen[i]!.sha256).toBe(sha256(t.request.body));
      // Path from --forward-to, query exactly as the platform sent it (signature, RequestTime, SdkAppid…).
      expect(app.seen[i]!.url).toBe(`/im${sent.search}`);
      expect(app.seen[i]!.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(app.seen[i]!.headers['x-forwarded-host']).toBe(new URL(listener.url).host);
      expect(app.seen[i]!.headers['user-agent']).toBe(t.request.headers['user-agent']);
    });
    expect(deliveries.map((d) => [d.event, d.kind, d.forwarded, d.reply?.status, d.verdict?.ok, d.marks])).toEqual([
      ['Group.CallbackBeforeSendMsg', 'before', true, 200, true, []],
      ['Group.CallbackAfterSendMsg', 'after', true, 200, true, []],
      ['C2C.CallbackAfterSendMsg', 'after', true, 200, true, []],
    ]);
    expect(deliveries[0]!.signature).toEqual({ valid: true });
    expect(JSON.parse(deliveries[0]!.reply!.body.toString())).toEqual(transcripts[0]!.reply);
    expect(sha256(deliveries[1]!.request.body)).toBe(sha256(transcripts[1]!.request.body));
    expect(formatLiveLine(deliveries[0]!, tencent.contract.delivery)).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} Group\.CallbackBeforeSendMsg → 200 in [\d.]+ ms · reply ok$/,
    );
  });

  test('Sendbird: signature headers (current and legacy) arrive unchanged, escaped slashes and all', async () => {
    const app = await expressApp(sendbird, { secret: MASTER });
    const { listener, deliveries } = await startCollecting(sendbird, { forwardTo: app.url, secret: MASTER });
    // Sendbird escapes slashes: re-serialising would break the HMAC.
    const raw = JSON.stringify(sendbird.examples['group_channel:message_send']![0]!.payload).replaceAll('/', '\\/');
    const t = await deliver(sendbird, {
      url: `${listener.url}/sendbird`,
      event: 'group_channel:message_send',
      rawBody: raw,
      secret: MASTER,
      headers: { 'x-signature': '' },
    }).then((first) =>
      // The legacy header carries the same value as the current one in real captures.
      deliver(sendbird, {
        url: `${listener.url}/sendbird`,
        event: 'group_channel:message_send',
        rawBody: raw,
        secret: MASTER,
        headers: { 'x-signature': first.request.headers['x-sendbird-signature']! },
      }),
    );
    expect(t.outcome).toBe('delivered');
    const last = app.seen.at(-1)!;
    expect(last.url).toBe('/sendbird');
    expect(last.sha256).toBe(sha256(raw));
    expect(last.headers['x-sendbird-signature']).toBe(t.request.headers['x-sendbird-signature']);
    expect(last.headers['x-signature']).toBe(t.request.headers['x-sendbird-signature']);
    expect(deliveries.at(-1)!.signature).toEqual({ valid: true });
  });

  test('the local receiver down: the platform gets a status its policy retries, every attempt is reported with its failure', async () => {
    const gone = await serve(() => undefined);
    await gone.close();
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-listen-down-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const { listener, deliveries, reported } = await startCollecting(sendbird, {
      forwardTo: gone.url,
      secret: MASTER,
      record: { dir },
    });
    const t = await deliver(sendbird, {
      url: listener.url,
      event: 'group_channel:message_send',
      payload: sendbird.examples['group_channel:message_send']![0]!.payload,
      secret: MASTER,
      // The retries' waits run fast; the sender's own timeout stays far above any scheduling delay (10 s real).
      timeScale: 0.01,
      policy: { timeoutMs: 1_000_000 },
    });
    // Sendbird sends the same POST up to three times until it is answered 200.
    expect(t.attempts.map((a) => a.status)).toEqual([502, 502, 502]);
    expect(t.outcome).toBe('failed');
    await reported(3);
    expect(deliveries).toHaveLength(3);
    // Each attempt is its own recording, with the failure and the 502 the platform got.
    const { recordings } = await readRecordings([dir]);
    expect(recordings.map((r) => [r.failure?.kind, r.failure?.status, r.reply?.status])).toEqual([
      ['network', 502, 502],
      ['network', 502, 502],
      ['network', 502, 502],
    ]);
    for (const d of deliveries) {
      expect(d.forwarded).toBe(true);
      expect(d.failure).toMatchObject({ kind: 'network', status: 502, message: expect.stringMatching(/ECONNREFUSED/) });
      expect(d.reply?.status).toBe(502);
    }
    expect(formatLiveLine(deliveries[0]!, sendbird.contract.delivery)).toMatch(
      /→ 502 in .* · network: the local receiver could not be reached: ECONNREFUSED \(the platform counts it as failed and retries\)/,
    );
  });

  test('the local receiver slower than the timeout: the platform gets 504 and the delivery is reported as a timeout', async () => {
    // The target never answers; listen's timeout is small, the sender's large: the status says who gave up.
    const hung = await serve(() => undefined);
    cleanup.push(hung.close);
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: hung.url, timeoutMs: 150 });
    const t = await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      policy: { timeoutMs: 60_000 },
    });
    expect(t.attempts.map((a) => a.status ?? a.error)).toEqual([504]);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.failure).toEqual({
      kind: 'timeout',
      status: 504,
      message: 'the local receiver did not answer within 150 ms',
    });
    expect(JSON.parse(deliveries[0]!.reply!.body.toString())).toMatchObject({ error: 'local-receiver-timeout' });
  });

  test("the platform's own timeout is the default", async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const listener = await startListener(tencent, { forwardTo: app.url });
    cleanup.push(() => listener.close());
    expect(listener.timeoutMs).toBe(tencent.contract.delivery.timeoutMs);
  });

  test('a body over the limit is refused with 413, not forwarded, and reported as refused', async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: `${app.url}/im`, maxBodyBytes: 1024 });
    const payload = { ...(tencentExample('Group.CallbackAfterSendMsg') as object), Padding: 'x'.repeat(4000) };
    const t = await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload,
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    expect(t.attempts[0]!.status).toBe(413);
    expect(app.seen).toHaveLength(0);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      forwarded: false,
      failure: { kind: 'refused', status: 413, message: expect.stringMatching(/body over 1024 bytes/) },
      reply: { status: 413 },
    });
  });

  test('a failed signature is forwarded and marked; the app behind refuses it itself', async () => {
    const app = await expressApp(sendbird, { secret: MASTER });
    const { listener, deliveries } = await startCollecting(sendbird, { forwardTo: app.url, secret: MASTER });
    const t = await deliver(sendbird, {
      url: `${listener.url}/sendbird`,
      event: 'group_channel:message_send',
      payload: sendbird.examples['group_channel:message_send']![0]!.payload,
      secret: 'not-the-master-token',
      policy: { retries: [] },
    });
    expect(t.attempts[0]!.status).toBe(401);
    expect(app.seen).toHaveLength(1);
    expect(deliveries[0]!.signature).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/x-sendbird-signature/),
    });
    expect(deliveries[0]!.marks).toEqual([{ kind: 'signature', problem: deliveries[0]!.signature!.problem }]);
    expect(formatLiveLine(deliveries[0]!, sendbird.contract.delivery)).toMatch(
      /→ 401 .* · reply status 401: the platform counts it as failed and retries · drift: signature failed \(/,
    );
    // The secret never shows.
    expect(JSON.stringify(deliveries[0]!.marks)).not.toContain(MASTER);
  });

  test('rejectUnsigned answers 401 itself and forwards nothing', async () => {
    const app = await expressApp(sendbird, { secret: MASTER });
    const { listener, deliveries } = await startCollecting(sendbird, {
      forwardTo: app.url,
      secret: ['rotated-new-token', MASTER],
      rejectUnsigned: true,
    });
    const payload = sendbird.examples['group_channel:message_send']![0]!.payload;
    const bad = await deliver(sendbird, {
      url: listener.url,
      event: 'group_channel:message_send',
      payload,
      secret: 'wrong',
      policy: { retries: [] },
    });
    // Either secret of a rotation passes.
    const good = await deliver(sendbird, {
      url: `${listener.url}/sendbird`,
      event: 'group_channel:message_send',
      payload,
      secret: MASTER,
    });
    expect(bad.attempts[0]!.status).toBe(401);
    expect(good.outcome).toBe('delivered');
    expect(app.seen).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ forwarded: false, failure: { kind: 'refused', status: 401 } });
    expect(deliveries[1]).toMatchObject({ forwarded: true, signature: { valid: true } });
  });

  test('rejectUnsigned without a secret, an empty secret, a bad forwardTo, and forwarding to itself are refused', async () => {
    await expect(startListener(tencent, { forwardTo: 'http://127.0.0.1:1', rejectUnsigned: true })).rejects.toThrow(
      /rejectUnsigned needs the signing secret/,
    );
    await expect(startListener(tencent, { forwardTo: 'http://127.0.0.1:1', secret: '' })).rejects.toThrow(/empty/);
    await expect(startListener(tencent, { forwardTo: 'localhost:3000' })).rejects.toThrow(/http: or https:/);
    await expect(
      startListener(gaife, { forwardTo: 'http://127.0.0.1:1', secret: 's', rejectUnsigned: true }),
    ).rejects.toThrow(/rejectUnsigned has nothing to check: .* signs nothing \(scheme none\)/);
    await expect(
      startListener(tencent, { forwardTo: 'http://127.0.0.1:1', record: { dir: tmpdir(), maxRecordings: 0 } }),
    ).rejects.toThrow(/maxRecordings must be a positive whole number, got 0/);
    await expect(startListener(tencent, { forwardTo: 'not a url' })).rejects.toThrow(/is not a URL/);
    const taken = await serve(() => undefined);
    const port = Number(new URL(taken.url).port);
    await taken.close();
    await expect(startListener(tencent, { forwardTo: `http://localhost:${port}/im`, port })).rejects.toThrow(
      /is this listener itself/,
    );
  });

  test('an event the spec does not know is forwarded and marked as drift', async () => {
    const app = await expressApp(tencent, { secret: TOKEN, onUnknownEvent: 'ignore' });
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: `${app.url}/im`, secret: TOKEN });
    const body = JSON.stringify({ CallbackCommand: 'Group.CallbackAfterNewThing', GroupId: '@TGS#1' });
    const request = frameRequest(tencent.contract, {
      url: `${listener.url}/im`,
      event: 'Group.CallbackAfterNewThing',
      rawBody: body,
      secret: TOKEN,
    });
    const sent = await sendOnce(request, { timeoutMs: 10_000 });
    expect(sent.status).toBe(200);
    expect(app.seen).toHaveLength(1);
    expect(app.seen[0]!.sha256).toBe(sha256(body));
    expect(deliveries[0]).toMatchObject({
      event: 'Group.CallbackAfterNewThing',
      kind: 'unknown',
      forwarded: true,
      marks: [{ kind: 'unknown-event', event: 'Group.CallbackAfterNewThing' }],
    });
    expect(formatLiveLine(deliveries[0]!, tencent.contract.delivery)).toMatch(
      /Group\.CallbackAfterNewThing → 200 .* · drift: unknown event Group\.CallbackAfterNewThing$/,
    );
  });

  test('a payload the tolerant validator refuses is marked, with its pointer, and still forwarded', async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: `${app.url}/im` });
    const payload = { ...(tencentExample('Group.CallbackAfterSendMsg') as object), GroupId: 42 };
    await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload,
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    expect(app.seen).toHaveLength(1);
    expect(deliveries[0]!.marks).toEqual([
      { kind: 'invalid-payload', issues: [expect.objectContaining({ pointer: '/GroupId', keyword: 'type' })] },
    ]);
    expect(formatLiveLine(deliveries[0]!, tencent.contract.delivery)).toContain(
      'drift: invalid payload (/GroupId type)',
    );
  });

  test("the strict reading's findings (generated strictValidators) are marked with their pointers", async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, deliveries, reported } = await startCollecting(tencent, { forwardTo: `${app.url}/im` });
    const payload = { ...(tencentExample('Group.CallbackAfterSendMsg') as object), Undocumented: 1 };
    await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload,
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    await reported(1);
    expect(deliveries[0]!.marks).toEqual([
      {
        kind: 'strict',
        issues: [expect.objectContaining({ pointer: '/Undocumented', keyword: 'additionalProperties' })],
      },
    ]);
  });

  test('a batch (LINE-like): the envelope, every event, and each event strictly, pointers into the body', async () => {
    const received: string[] = [];
    const app = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(req.url ?? '');
        res.writeHead(200).end();
      });
    });
    cleanup.push(app.close);
    const { listener, deliveries, reported } = await startCollecting(batch, { forwardTo: `${app.url}/callback` });
    const follow = batch.examples.follow[0]!.payload as object;
    const message = batch.examples.message[0]!.payload as object;
    const t = await deliver(batch, {
      url: listener.url,
      event: 'follow',
      items: [follow, { ...message, undocumented: true }, { ...follow, type: 'newKind' }],
      policy: SLOW_MACHINE,
    });
    expect(t.attempts.map((a) => a.status)).toEqual([200]);
    await reported(1);
    expect(deliveries[0]!.marks).toEqual([
      {
        kind: 'strict',
        issues: [expect.objectContaining({ pointer: '/events/1/undocumented', keyword: 'additionalProperties' })],
      },
      { kind: 'unknown-event', event: 'newKind' },
    ]);
    const empty = await deliver(batch, { url: listener.url, event: 'follow', items: [], policy: SLOW_MACHINE });
    expect(empty.attempts.map((a) => a.status)).toEqual([200]);
    await reported(2);
    expect(deliveries[1]!.marks).toEqual([]); // the endpoint check: nothing to say
    expect(received).toHaveLength(2);
  });
});

describe('what travels through listen', () => {
  /** One raw request through listen to a target that answers with `reply`, returning what each side saw. */
  async function through(
    reply: (res: import('node:http').ServerResponse) => void,
    headers: Record<string, string | string[]>,
    options: Partial<ListenOptions> = {},
  ) {
    let targetSaw: { url: string; rawHeaders: string[] } | undefined;
    const target = await serve((req, res) => {
      targetSaw = { url: req.url!, rawHeaders: req.rawHeaders };
      req.resume();
      req.on('end', () => reply(res));
    });
    cleanup.push(target.close);
    const { listener, deliveries } = await startCollecting(tencent, { forwardTo: target.url, ...options });
    const got = await new Promise<{ status: number; rawHeaders: string[]; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(`${listener.url}/cb?b=2&a=1&a=%20`, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end('{"CallbackCommand":"Group.CallbackAfterSendMsg"}');
    });
    return { targetSaw: targetSaw!, got, deliveries };
  }

  test('hop-by-hop headers stay behind, the rest keeps its order and repeats, the query is untouched', async () => {
    const { targetSaw, deliveries } = await through((res) => res.end('{}'), {
      'x-first': '1',
      connection: 'keep-alive, x-hop',
      'x-hop': 'dropped',
      'proxy-authorization': 'Basic c2VjcmV0',
      'x-multi': ['a', 'b'] as unknown as string,
      'x-forwarded-for': '198.51.100.1',
    });
    expect(targetSaw.url).toBe('/cb?b=2&a=1&a=%20');
    const names = targetSaw.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names).not.toContain('x-hop');
    expect(names).not.toContain('proxy-authorization');
    expect(names.filter((n) => n === 'x-multi')).toHaveLength(2);
    expect(names.indexOf('x-first')).toBeLessThan(names.indexOf('x-multi'));
    const value = (name: string) =>
      targetSaw.rawHeaders[targetSaw.rawHeaders.findIndex((h) => h.toLowerCase() === name) + 1];
    expect(value('x-forwarded-for')).toBe('198.51.100.1, 127.0.0.1');
    expect(value('x-forwarded-proto')).toBe('http');
    // The recorded request keeps every header as received, hop-by-hop ones included.
    expect(deliveries[0]!.request.headers).toContain('x-hop');
  });

  test('the reply: status, repeated headers and exact bytes go back; hop-by-hop ones do not', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0x7b, 0xc3]);
    const { got, deliveries } = await through((res) => {
      res.writeHead(299, [
        'Set-Cookie',
        'a=1',
        'Set-Cookie',
        'b=2',
        'Content-Type',
        'application/octet-stream',
        'Keep-Alive',
        'timeout=99',
      ]);
      res.end(bytes);
    }, {});
    expect(got.status).toBe(299);
    expect(got.body.equals(bytes)).toBe(true);
    const pairs = [];
    for (let i = 0; i < got.rawHeaders.length; i += 2)
      pairs.push([got.rawHeaders[i]!.toLowerCase(), got.rawHeaders[i + 1]]);
    expect(pairs.filter(([n]) => n === 'set-cookie')).toEqual([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ]);
    expect(pairs.find(([n, v]) => n === 'keep-alive' && v === 'timeout=99')).toBeUndefined();
    expect(deliveries[0]!.reply!.body.equals(bytes)).toBe(true);
  });

  test('a reply longer than maxReplyBytes is not relayed: 502, forward-failed (announced or streamed)', async () => {
    const announced = await through((res) => res.end('x'.repeat(5000)), {}, { maxReplyBytes: 1000 });
    expect(announced.got.status).toBe(502);
    expect(announced.deliveries[0]!.failure).toEqual({
      kind: 'forward-failed',
      status: 502,
      message:
        'the local reply was not relayed: the reply announced 5000 bytes (content-length), more than maxReplyBytes (1000): not read',
    });
    const streamed = await through(
      (res) => {
        res.write('x'.repeat(800));
        setTimeout(() => res.end('x'.repeat(800)), 5);
      },
      {},
      { maxReplyBytes: 1000 },
    );
    expect(streamed.got.status).toBe(502);
    expect(streamed.deliveries[0]!.failure?.message).toMatch(
      /passed maxReplyBytes \(1000\): reading stopped after \d+ bytes/,
    );
  });

  test('odd request targets (absolute-form, unparsable, "*") are forwarded or failed, never a crash', async () => {
    const { listener, deliveries, reported } = await startCollecting(tencent, {
      forwardTo: 'http://127.0.0.1:1/im',
      secret: TOKEN,
    });
    const statuses: string[] = [];
    for (const target of ['http://[', '*', 'http://a:b@c/im?CallbackCommand=X'])
      statuses.push(
        await new Promise<string>((resolve, reject) => {
          const socket = connect(listener.port, '127.0.0.1', () =>
            socket.write(`POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}`),
          );
          socket.once('data', (d: Buffer) => {
            resolve(d.toString().split('\r\n')[0]!);
            socket.end();
          });
          socket.on('error', reject);
        }),
      );
    await reported(3);
    expect(statuses).toEqual(['HTTP/1.1 502 Bad Gateway', 'HTTP/1.1 502 Bad Gateway', 'HTTP/1.1 502 Bad Gateway']);
    expect(deliveries.map((d) => d.signature?.valid)).toEqual([false, false, false]);
  });

  test('endToEnd drops every header the Connection header names', () => {
    expect(endToEnd(['A', '1', 'X-Drop', '2', 'TE', 'trailers', 'Content-Length', '9'], 'X-Drop')).toEqual(['A', '1']);
  });
});

describe('failureStatus', () => {
  const table: [string, Parameters<typeof failureStatus>, number][] = [
    ['Tencent, a timeout', ['timeout', tencent.contract.delivery], 504],
    ['Sendbird, a network error', ['network', sendbird.contract.delivery], 502],
    ['a policy that retries on 503 only', ['network', { success: '2xx', retryOn: [503] }], 503],
    ['a policy that counts 502 as success', ['network', { success: [200, 502], retryOn: ['non-2xx'] }], 503],
  ];
  test.each(table)('%s', (_, args, want) => expect(failureStatus(...args)).toBe(want));
});

describe('closing', () => {
  test('close() lets an in-flight delivery finish and waits for its report (a recording being written)', async () => {
    let release: () => void = () => undefined;
    let held: () => void = () => undefined;
    const atTarget = new Promise<void>((resolve) => (held = resolve));
    const slow = await serve((req, res) => {
      req.resume();
      release = () => res.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
      held();
    });
    cleanup.push(slow.close);
    const reported: ListenDelivery[] = [];
    const listener = await startListener(tencent, {
      forwardTo: slow.url,
      onDelivery: async (d) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        reported.push(d);
      },
    });
    const sent = deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      policy: SLOW_MACHINE,
    });
    await atTarget;
    const closed = listener.close();
    release();
    await closed;
    expect(reported).toHaveLength(1);
    expect((await sent).attempts[0]!.status).toBe(200);
  });

  test('a close past its deadline cuts the forward, and the delivery is still reported', async () => {
    const hung = await serve(() => undefined);
    cleanup.push(hung.close);
    let held: () => void = () => undefined;
    const atTarget = new Promise<void>((resolve) => (held = resolve));
    hung.server.on('request', () => held());
    const reported: ListenDelivery[] = [];
    const listener = await startListener(tencent, { forwardTo: hung.url, onDelivery: (d) => void reported.push(d) });
    const sent = deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      policy: SLOW_MACHINE,
    });
    await atTarget;
    await listener.close({ timeoutMs: 0 });
    expect(reported).toHaveLength(1);
    expect(reported[0]!.failure?.kind).toBe('network');
    expect((await sent).attempts[0]!.error).toBe('network');
  });
});

describe('recordings (record)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-listen-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
  });

  test('every delivery — forwarded, failed, refused — is one file with its exact bytes, reply and failure', async () => {
    const app = await expressApp(tencent, { secret: TOKEN, appId: APP_ID });
    const { listener, deliveries, reported } = await startCollecting(tencent, {
      forwardTo: `${app.url}/im`,
      secret: TOKEN,
      maxBodyBytes: 2048,
      record: { dir },
    });
    const ok = await deliver(tencent, {
      url: `${listener.url}/im`,
      event: 'Group.CallbackBeforeSendMsg',
      payload: tencentExample('Group.CallbackBeforeSendMsg'),
      secret: TOKEN,
      appId: APP_ID,
      policy: SLOW_MACHINE,
    });
    const big = { ...(tencentExample('Group.CallbackAfterSendMsg') as object), Padding: 'x'.repeat(4000) };
    await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: big,
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    const down = await startCollecting(tencent, {
      forwardTo: 'http://127.0.0.1:1/im',
      secret: TOKEN,
      record: { dir },
    });
    await deliver(tencent, {
      url: down.listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    await Promise.all([reported(2), down.reported(1)]);
    const { recordings, problems } = await readRecordings([dir], { spec: 'tencent-chat' });
    expect(problems).toEqual([]);
    expect(recordings).toHaveLength(3);
    const byFailure = (kind: string | undefined) => recordings.find((r) => r.failure?.kind === kind)!;
    const forwarded = byFailure(undefined);
    expect(forwarded).toMatchObject({ source: 'listen', spec: 'tencent-chat', event: 'Group.CallbackBeforeSendMsg' });
    expect(bodyBytes(forwarded.request.body).equals(Buffer.from(ok.request.body))).toBe(true);
    expect(forwarded.request.url).toBe(`/im${new URL(ok.request.url).search}`);
    expect(forwarded.signature).toEqual({ valid: true });
    expect(JSON.parse(bodyBytes(forwarded.reply!.body).toString())).toEqual(ok.reply);
    expect(byFailure('refused')).toMatchObject({ failure: { status: 413 }, reply: { status: 413 } });
    expect(byFailure('network')).toMatchObject({ failure: { status: 502 }, reply: { status: 502 } });
    // The delivery says where it went. (Reports come once a recording is written: the refused delivery's, which
    // has no body to write, can come first.)
    const first = deliveries.find((d) => d.event === 'Group.CallbackBeforeSendMsg')!;
    expect(first.file).toMatch(/-Group\.CallbackBeforeSendMsg-[0-9a-f]{16}\.json$/);
    expect(formatLiveLine(first, tencent.contract.delivery)).toContain(`recorded ${first.file}`);
    // No secret in any file.
    for (const file of await readdir(dir)) expect(await readFile(join(dir, file), 'utf8')).not.toContain(TOKEN);
  });

  test('redact replaces the signature values (Tencent: the Sign query parameter) and lists them', async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, reported } = await startCollecting(tencent, {
      forwardTo: `${app.url}/im`,
      record: { dir, redact: true },
    });
    const t = await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    await reported(1);
    const sign = new URL(t.request.url).searchParams.get('Sign')!;
    // What went to the app is unchanged: only the file is redacted.
    expect(new URL(`http://x${app.seen[0]!.url}`).searchParams.get('Sign')).toBe(sign);
    const [file] = await readdir(dir);
    const text = await readFile(join(dir, file!), 'utf8');
    expect(text).not.toContain(sign);
    const { recordings } = await readRecordings([dir]);
    expect(new URL(`http://x${recordings[0]!.request.url}`).searchParams.get('Sign')).toBe('[redacted]');
    expect(recordings[0]!.redacted).toEqual(['sign']);
  });

  test('redact on Sendbird replaces both signature headers; a header holding the secret itself is always redacted', async () => {
    const app = await expressApp(sendbird, { secret: MASTER });
    const { listener, reported } = await startCollecting(sendbird, {
      forwardTo: app.url,
      secret: MASTER,
      record: { dir, redact: true },
    });
    await deliver(sendbird, {
      url: `${listener.url}/sendbird`,
      event: 'group_channel:message_send',
      payload: sendbird.examples['group_channel:message_send']![0]!.payload,
      secret: MASTER,
      headers: { 'x-signature': 'legacy-value', 'x-api-token': MASTER },
    });
    await reported(1);
    const { recordings } = await readRecordings([dir]);
    const headers = Object.fromEntries(recordings[0]!.request.headers);
    expect(headers['x-sendbird-signature']).toBe('[redacted]');
    expect(headers['x-signature']).toBe('[redacted]');
    expect(headers['x-api-token']).toBe('[redacted]');
    expect(recordings[0]!.redacted).toEqual(['x-api-token', 'x-sendbird-signature', 'x-signature']);
    const [file] = await readdir(dir);
    expect(await readFile(join(dir, file!), 'utf8')).not.toContain(MASTER);
  });

  test('HAR recordings are valid HAR 1.2 and read back exactly', async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, reported } = await startCollecting(tencent, {
      forwardTo: `${app.url}/im`,
      record: { dir, format: 'har' },
    });
    const t = await deliver(tencent, {
      url: listener.url,
      event: 'Group.CallbackBeforeSendMsg',
      payload: tencentExample('Group.CallbackBeforeSendMsg'),
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    await reported(1);
    const [file] = await readdir(dir);
    expect(file).toMatch(/\.har$/);
    expect(harProblems(JSON.parse(await readFile(join(dir, file!), 'utf8')))).toEqual([]);
    const { recordings } = await readRecordings([dir]);
    expect(bodyBytes(recordings[0]!.request.body).toString()).toBe(t.request.body);
    expect(recordings[0]!.reply?.status).toBe(200);
  });

  test('past maxRecordings deliveries still go through, and say they were not recorded', async () => {
    const app = await expressApp(tencent, { secret: TOKEN });
    const { listener, deliveries, reported } = await startCollecting(tencent, {
      forwardTo: `${app.url}/im`,
      record: { dir, maxRecordings: 1 },
    });
    for (let i = 0; i < 2; i++)
      await deliver(tencent, {
        url: listener.url,
        event: 'Group.CallbackAfterSendMsg',
        payload: tencentExample('Group.CallbackAfterSendMsg'),
        secret: TOKEN,
        policy: SLOW_MACHINE,
      });
    await reported(2);
    expect(app.seen).toHaveLength(2);
    expect(await readdir(dir)).toHaveLength(1);
    // Reports come as recordings finish: the unrecorded one may come first.
    const unrecorded = deliveries.filter((d) => d.recordError);
    expect(unrecorded).toHaveLength(1);
    expect(unrecorded[0]!.seq).toBe(2);
    expect(unrecorded[0]!.recordError).toMatch(/^not recorded: .* holds the most this run records \(1 recordings/);
    expect(formatLiveLine(unrecorded[0]!, tencent.contract.delivery)).toMatch(/ · not recorded: /);
  });

  test('a directory that cannot be made fails at start, naming it', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'not a directory');
    await expect(
      startListener(tencent, { forwardTo: 'http://127.0.0.1:1', record: { dir: join(blocker, 'recordings') } }),
    ).rejects.toThrow(/a-file/);
  });
});

describe('the harProblems check itself', () => {
  test('finds a missing field, a wrong type and a custom field without an underscore', () => {
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'x', version: '1' },
        entries: [
          {
            startedDateTime: '2026-11-30T11:22:33.456Z',
            time: 1,
            request: {
              method: 'POST',
              url: '/relative',
              httpVersion: 'HTTP/1.1',
              cookies: [],
              headers: [],
              queryString: [],
              headersSize: -1,
            },
            response: {
              status: '200',
              statusText: '',
              httpVersion: 'HTTP/1.1',
              cookies: [],
              headers: [],
              content: { size: 0, mimeType: 'x' },
              redirectURL: '',
              headersSize: -1,
              bodySize: 0,
              extra: true,
            },
            cache: {},
            timings: { send: 0, wait: 1, receive: 0 },
          },
        ],
      },
    };
    expect(harProblems(har)).toEqual([
      '/log/entries/0/request/bodySize: required',
      '/log/entries/0/response/status: expected integer, got "200"',
      '/log/entries/0/response/extra: not a HAR 1.2 field (custom fields start with "_")',
      '/log/entries/0/request/url: not absolute',
    ]);
  });
});

describe('chathooks listen (the built CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-listen-cli-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
  });

  /** Wait until the process has printed a line matching `pattern` (its output is polled; the test timeout bounds it). */
  async function printed(running: Running, pattern: RegExp, stream: 'out' | 'err' = 'out'): Promise<string> {
    for (;;) {
      const text = stream === 'out' ? running.output() : running.errorOutput();
      const match = pattern.exec(text);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('live lines, recordings, and SIGTERM letting an in-flight delivery finish and its recording flush', async () => {
    let release: () => void = () => undefined;
    let held: () => void = () => undefined;
    const atTarget = new Promise<void>((resolve) => (held = resolve));
    const receiver = createReceiver(tencent, { secret: TOKEN, logger: quiet });
    const app = express();
    app.post('/im', (req, res, next) => {
      if (req.query['CallbackCommand'] === 'Group.CallbackAfterSendMsg') {
        release = () => void receiver.node(req, res, next);
        held();
      } else void receiver.node(req, res, next);
    });
    const target = await serve(app as unknown as RequestListener);
    cleanup.push(target.close);
    const running = await spawnUntil(
      // --timeout: the app holds a delivery until the test releases it (the platform's 2 s is for production).
      [
        cliPath,
        'listen',
        'spec/tencent-chat.yaml',
        '--forward-to',
        `${target.url}/im`,
        '--port',
        '0',
        '--record',
        dir,
        '--timeout',
        '30000',
      ],
      /listen: Ctrl-C to stop/,
      { env: { CHATHOOKS_SECRET: TOKEN } },
    );
    cleanup.push(async () => void (await running.stop('SIGKILL')));
    const url = /listen: tencent-chat (http:\/\/\S+) → /.exec(running.output())![1]!;
    expect(running.output()).toContain('listen: signatures checked (tencent-sha256');
    expect(running.output()).toContain('a failed one is forwarded, marked');
    expect(running.output()).toContain('listen: timeout 30000 ms\n');
    const first = await deliver(tencent, {
      url,
      event: 'Group.CallbackBeforeSendMsg',
      payload: tencentExample('Group.CallbackBeforeSendMsg'),
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    expect(first.outcome).toBe('delivered');
    const line = await printed(running, /^.*Group\.CallbackBeforeSendMsg → 200 .*$/m);
    expect(line).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} Group\.CallbackBeforeSendMsg → 200 in [\d.]+ ms · reply ok · recorded \S+\.json$/,
    );
    // A second delivery held by the app: SIGTERM arrives while it is in flight.
    const second = deliver(tencent, {
      url,
      event: 'Group.CallbackAfterSendMsg',
      payload: tencentExample('Group.CallbackAfterSendMsg'),
      secret: TOKEN,
      policy: SLOW_MACHINE,
    });
    await atTarget;
    const exited = running.stop('SIGTERM');
    await printed(running, /listen: SIGTERM, letting in-flight deliveries finish/);
    release();
    expect(await exited).toBe(0);
    expect((await second).outcome).toBe('delivered');
    expect(running.output()).toMatch(/Group\.CallbackAfterSendMsg → 200 .* · reply ok · recorded /);
    expect(running.output()).toContain('listen: 2 deliveries; stopped');
    const { recordings, problems } = await readRecordings([dir]);
    expect(problems).toEqual([]);
    expect(recordings.map((r) => [r.event, r.reply?.status]).sort()).toEqual([
      ['Group.CallbackAfterSendMsg', 200],
      ['Group.CallbackBeforeSendMsg', 200],
    ]);
    expect(running.output() + running.errorOutput()).not.toContain(TOKEN);
  });

  test('--json prints one object per line: where it listens, then each delivery', async () => {
    const gone = await serve(() => undefined);
    await gone.close();
    const running = await spawnUntil(
      [cliPath, 'listen', 'spec/sendbird.yaml', '--forward-to', gone.url, '--port', '0', '--json'],
      /"type":"listening"/,
    );
    cleanup.push(async () => void (await running.stop('SIGKILL')));
    const listening = JSON.parse(running.output().trim()) as { url: string; spec: string; timeoutMs: number };
    expect(listening).toMatchObject({ type: 'listening', spec: 'sendbird', timeoutMs: 5000 });
    await deliver(sendbird, {
      url: listening.url,
      event: 'group_channel:message_send',
      payload: sendbird.examples['group_channel:message_send']![0]!.payload,
      policy: { retries: [] },
    });
    const line = await printed(running, /^\{"type":"delivery".*$/m);
    expect(JSON.parse(line)).toMatchObject({
      type: 'delivery',
      seq: 1,
      spec: 'sendbird',
      event: 'group_channel:message_send',
      forwarded: true,
      status: 502,
      failure: { kind: 'network', status: 502 },
      marks: [],
    });
    expect(await running.stop('SIGTERM')).toBe(0);
    expect(running.errorOutput()).toContain('listen: 1 deliveries; stopped');
  });

  test('beyond loopback it warns', async () => {
    const running = await spawnUntil(
      [
        cliPath,
        'listen',
        'spec/tencent-chat.yaml',
        '--forward-to',
        'http://127.0.0.1:9/im',
        '--port',
        '0',
        '--host',
        '0.0.0.0',
      ],
      /Ctrl-C to stop/,
    );
    cleanup.push(async () => void (await running.stop('SIGKILL')));
    await printed(running, /warning/, 'err');
    expect(running.errorOutput()).toMatch(
      /listen: warning: bound to 0\.0\.0\.0, beyond loopback: anyone who reaches port \d+ reaches http:\/\/127\.0\.0\.1:9\/im \(add --secret S --reject-unsigned/,
    );
  });

  test.each([
    [['spec/tencent-chat.yaml'], /--forward-to URL is required/],
    [
      ['spec/tencent-chat.yaml', '--forward-to', 'http://127.0.0.1:9', '--redact'],
      /--redact applies to recordings: add --record DIR/,
    ],
    [
      ['spec/tencent-chat.yaml', '--forward-to', 'http://127.0.0.1:9', '--record', 'x', '--format', 'xml'],
      /--format takes json or har, got "xml"/,
    ],
    [
      ['spec/tencent-chat.yaml', '--forward-to', 'http://127.0.0.1:9', '--reject-unsigned'],
      /--reject-unsigned needs the signing secret/,
    ],
    [['spec/tencent-chat.yaml', '--forward-to', 'http://127.0.0.1:9', '--secret', ''], /--secret is empty/],
    [
      ['spec/tencent-chat.yaml', '--forward-to', 'http://127.0.0.1:9', '--timeout', '0'],
      /--timeout must be a positive whole number, got "0"/,
    ],
    [
      ['spec/tencent-chat.yaml', 'spec/sendbird.yaml', '--forward-to', 'http://127.0.0.1:9'],
      /listen takes exactly one spec/,
    ],
    [
      ['spec/tencent-chat.yaml', '--forward-to', 'ftp://127.0.0.1:9'],
      /forwardTo must be an http: or https: URL, got ftp:/,
    ],
  ])('usage: %j', async (args, message) => {
    const result = await runCli(['listen', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at \S+\.js:\d+/);
  });
});

describe('chathooks mock --record', () => {
  test.each([
    [['--redact'], /--redact applies to recordings: add --record DIR/],
    [['--format', 'har'], /--format applies to recordings: add --record DIR/],
    [['--record', 'x', '--format', 'xml'], /--format takes json or har, got "xml"/],
  ])('usage: %j', async (args, message) => {
    const result = await runCli(['mock', 'spec/gaife.yaml', '--port', '0', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('--help names the recording options', async () => {
    expect((await runCli(['mock', '--help'])).stdout).toMatch(/--record DIR +also save every delivery/);
  });

  test('every delivery the mock receives is written, the refused one with its failure, as valid HAR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-mock-record-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const running = await spawnUntil(
      [
        cliPath,
        'mock',
        'spec/sendbird.yaml',
        '--port',
        '0',
        '--secret',
        MASTER,
        '--record',
        dir,
        '--format',
        'har',
        '--redact',
      ],
      /mock: sendbird\s+(http:\/\/\S+)/,
    );
    cleanup.push(async () => void (await running.stop('SIGKILL')));
    const url = /mock: sendbird\s+(http:\/\/\S+)/.exec(running.output())![1]!;
    const payload = sendbird.examples['group_channel:message_send']![0]!.payload;
    const ok = await deliver(sendbird, { url, event: 'group_channel:message_send', payload, secret: MASTER });
    const bad = await deliver(sendbird, {
      url,
      event: 'group_channel:message_send',
      payload,
      secret: 'wrong',
      policy: { retries: [] },
    });
    expect([ok.attempts[0]!.status, bad.attempts[0]!.status]).toEqual([200, 401]);
    expect(await running.stop('SIGTERM')).toBe(0);
    expect(running.output()).toContain(`mock: 2 recordings written to ${dir}`);
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(harProblems(JSON.parse(await readFile(join(dir, file), 'utf8')))).toEqual([]);
    const { recordings, problems } = await readRecordings([dir], { spec: 'sendbird' });
    expect(problems).toEqual([]);
    const accepted = recordings.find((r) => !r.failure)!;
    const refused = recordings.find((r) => r.failure)!;
    expect(accepted).toMatchObject({ source: 'mock', event: 'group_channel:message_send', reply: { status: 200 } });
    expect(bodyBytes(accepted.request.body).toString()).toBe(ok.request.body);
    expect(refused.failure).toMatchObject({
      kind: 'refused',
      status: 401,
      message: expect.stringMatching(/^signature: /),
    });
    expect(Object.fromEntries(accepted.request.headers)['x-sendbird-signature']).toBe('[redacted]');
  });
});
