/**
 * Issue 12, item 1: a reply far larger than any webhook reply must not take the sender down. `deliver`, the
 * consumer contract runner and `chathooks replay` read at most `maxReplyBytes` (default 1 MiB), stop and close
 * the connection past it (at once when content-length announces more), and record the attempt as truncated.
 *
 * Memory is asserted from the server's side, never by allocating gigabytes: the server offers far more than the
 * limit, honouring backpressure, and must see its connection closed by the client long before it is done.
 */
import { afterEach, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { runConsumerContract } from '../src/testing/index.js';
import { createDeliverer, DEFAULT_MAX_REPLY_BYTES, deliver, type FetchLike } from '../src/delivery/index.js';
import { runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const MiB = 1024 * 1024;
const EVENT = 'Group.CallbackBeforeSendMsg';
const payload = tencent.examples[EVENT][0]!.payload;
/** The beginning of the reply Tencent needs: a cut reply that starts right is still not that reply. */
const PREFIX = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","padding":"';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** What the server saw of one reply it tried to send. */
interface Flood {
  /** Bytes handed to the socket before it closed (or the reply ended). */
  written: number;
  /** The client closed the connection before the server finished writing. */
  closedEarly: boolean;
  /** Resolves when the response closes, either way. */
  closed: Promise<void>;
}

/**
 * A server answering every request with 200 and `total` bytes (PREFIX, then `x`s), written as fast as the client
 * reads; with `announce`, content-length says that many bytes and, once `total` are written, the server waits.
 */
async function floodServer(options: { total: number; announce?: number }): Promise<{ url: string; floods: Flood[] }> {
  const floods: Flood[] = [];
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const s = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      let ended = false;
      let markClosed!: () => void;
      const flood: Flood = {
        written: 0,
        closedEarly: false,
        closed: new Promise<void>((resolve) => (markClosed = resolve)),
      };
      floods.push(flood);
      res.on('error', () => undefined);
      res.on('close', () => {
        flood.closedEarly = !ended;
        markClosed();
      });
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(options.announce !== undefined ? { 'content-length': String(options.announce) } : {}),
      });
      res.write(PREFIX);
      flood.written += PREFIX.length;
      const pump = (): void => {
        while (flood.written < options.total && !res.destroyed) {
          flood.written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (options.announce === undefined && !res.destroyed) {
          ended = true;
          res.end();
        }
      };
      pump();
    });
  });
  closers.push(s.close);
  return { url: s.url, floods };
}

/** The server stopped well short of what it meant to send: the client closed the connection. */
async function expectCutShort(flood: Flood | undefined, total: number): Promise<void> {
  expect(flood).toBeDefined();
  await flood!.closed;
  expect(flood!.closedEarly).toBe(true);
  // Socket buffers hold a few MB on loopback; a client that read everything would have taken all of it.
  expect(flood!.written).toBeLessThan(total / 4);
}

describe('deliver: a reply longer than maxReplyBytes', () => {
  test('a streamed 64 MiB reply with maxReplyBytes 4096: a transcript (no throw), the attempt truncated, judged failed', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const t = await deliver(tencent, { url: `${s.url}/webhook`, event: EVENT, payload, maxReplyBytes: 4096 });
    expect(t.attempts).toHaveLength(1);
    const [attempt] = t.attempts;
    expect(attempt).toMatchObject({ status: 200, truncated: true, replyValid: false, ok: false });
    expect(attempt!.replyBytesSeen).toBeGreaterThan(4096);
    expect(attempt!.replyBytesAnnounced).toBeUndefined();
    expect(attempt!.reply).toBe(PREFIX + 'x'.repeat(4096 - PREFIX.length));
    expect(attempt!.replyIssues).toEqual([
      {
        pointer: '',
        keyword: 'maxReplyBytes',
        message: `the reply passed maxReplyBytes (4096): reading stopped after ${attempt!.replyBytesSeen} bytes, the first 4096 kept; a reply cut short cannot satisfy the reply schema`,
      },
    ]);
    expect(t.outcome).toBe('failed');
    await expectCutShort(s.floods[0], total);
  });

  test('a reply announcing 10 GiB in content-length is not read at all (default limit)', async () => {
    const s = await floodServer({ total: 64 * MiB, announce: 10 * 1024 * MiB });
    const t = await deliver(tencent, { url: `${s.url}/webhook`, event: EVENT, payload });
    expect(t.attempts[0]).toMatchObject({
      status: 200,
      truncated: true,
      replyBytesSeen: 0,
      replyBytesAnnounced: 10 * 1024 * MiB,
      reply: '',
      replyValid: false,
    });
    expect(t.attempts[0]!.replyIssues![0]!.message).toBe(
      `the reply announced ${10 * 1024 * MiB} bytes (content-length), more than maxReplyBytes (${DEFAULT_MAX_REPLY_BYTES}): not read; a reply cut short cannot satisfy the reply schema`,
    );
    expect(t.outcome).toBe('failed');
    await expectCutShort(s.floods[0], 64 * MiB);
  });

  test('the default is 1 MiB; where the platform reads only the status (GAIFE) a cut 200 is still delivered, flagged', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const t = await deliver(gaife, {
      url: `${s.url}/webhook`,
      event: 'message',
      payload: gaife.examples.message[0]!.payload,
      timeScale: 0.01,
    });
    expect(DEFAULT_MAX_REPLY_BYTES).toBe(MiB);
    expect(t.outcome).toBe('delivered');
    expect(t.attempts).toHaveLength(1);
    expect(t.attempts[0]).toMatchObject({ status: 200, truncated: true, ok: true, replyValid: true });
    expect((t.reply as string).length).toBe(MiB);
    await expectCutShort(s.floods[0], total);
  });

  test('the same bound with the global fetch as the client', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const t = await deliver(tencent, {
      url: `${s.url}/webhook`,
      event: EVENT,
      payload,
      maxReplyBytes: 4096,
      fetch: globalThis.fetch,
    });
    expect(t.attempts[0]).toMatchObject({ status: 200, truncated: true, ok: false });
    expect((t.attempts[0]!.reply as string).length).toBe(4096);
    await expectCutShort(s.floods[0], total);
  });

  test('an in-process handler streaming without end: read to the bound, then its stream is cancelled', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const handler: FetchLike = Object.assign(
      async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              // Bounded so that a client reading everything ends, rather than filling memory.
              if (pulled >= 64 * MiB) return controller.close();
              pulled += chunk.byteLength;
              controller.enqueue(chunk);
            },
            cancel() {
              cancelled = true;
            },
          }),
          { status: 200 },
        ),
      { inProcess: true },
    );
    const t = await deliver(tencent, {
      url: 'http://receiver.test/webhook',
      event: EVENT,
      payload,
      maxReplyBytes: 10_000,
      fetch: handler,
    });
    expect(t.attempts[0]).toMatchObject({ status: 200, truncated: true, ok: false });
    expect((t.attempts[0]!.reply as string).length).toBe(10_000);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(4 * MiB);
  });

  test('createDeliverer passes maxReplyBytes to every delivery', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const send = createDeliverer(tencent, { url: `${s.url}/webhook`, maxReplyBytes: 2048 });
    const t = await send({ event: EVENT, payload });
    expect(t.attempts[0]).toMatchObject({ truncated: true });
    expect((t.attempts[0]!.reply as string).length).toBe(2048);
    await expectCutShort(s.floods[0], total);
  });

  test('a maxReplyBytes that is not a positive whole number is refused, naming the option', async () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1024']) {
      await expect(
        deliver(tencent, { url: 'http://127.0.0.1:9/webhook', event: EVENT, payload, maxReplyBytes: bad as number }),
      ).rejects.toThrow(
        /^deliver: maxReplyBytes must be a positive whole number of bytes, got .+; leave it out for the default 1048576 \(1 MiB\)\.$/,
      );
    }
    expect(() => createDeliverer(tencent, { url: 'http://127.0.0.1:9/webhook', maxReplyBytes: 0 })).toThrow(
      /^createDeliverer: maxReplyBytes must be a positive whole number/,
    );
  });
});

describe('the consumer contract runner and chathooks replay: a receiver with an oversized reply', () => {
  test('runConsumerContract({ maxReplyBytes }): each case fails saying the reply was cut, the report carries the flag', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const report = await runConsumerContract({
      contract: tencent,
      target: `${s.url}/webhook`,
      events: [EVENT],
      negative: false,
      variants: false,
      maxReplyBytes: 2048,
      concurrency: 2,
    });
    expect(report.cases.length).toBeGreaterThan(1);
    for (const c of report.cases) {
      expect(c.outcome).toBe('failed');
      expect(c.reason).toMatch(
        new RegExp(
          `^(first send: )?the reply passed maxReplyBytes \\(2048\\): reading stopped after \\d+ bytes, the first 2048 kept; a reply cut short cannot satisfy ${EVENT.replace(/\./g, '\\.')} reply schema — answer with the small JSON reply the platform reads \\(or raise maxReplyBytes\\)$`,
        ),
      );
      expect(c.reply).toMatchObject({ status: 200, truncated: true });
    }
    for (const flood of s.floods) await expectCutShort(flood, total);
  });

  test('`chathooks replay --max-reply-bytes` against a flooding receiver: a report and exit 1, no crash, no stack', async () => {
    const total = 64 * MiB;
    const s = await floodServer({ total });
    const r = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--target',
      `${s.url}/webhook`,
      '--secret',
      'token',
      '--events',
      EVENT,
      '--no-negative',
      '--max-reply-bytes',
      '2048',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^FAIL Group\.CallbackBeforeSendMsg \/ [^\n]+ — the reply passed maxReplyBytes \(2048\): reading stopped after \d+ bytes/m,
    );
    expect(r.stdout).toMatch(/: 0 passed, \d+ failed in \d+ ms/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |ERR_STRING_TOO_LONG/);
    expect(s.floods.length).toBeGreaterThan(1);
    for (const flood of s.floods) await expectCutShort(flood, total);
  });

  test('`chathooks replay` with the default limit against a reply announcing 10 GiB: exit 1 with the reason', async () => {
    const s = await floodServer({ total: 64 * MiB, announce: 10 * 1024 * MiB });
    const r = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--target',
      `${s.url}/webhook`,
      '--secret',
      'token',
      '--events',
      EVENT,
      '--no-negative',
      '--no-variants',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `the reply announced ${10 * 1024 * MiB} bytes (content-length), more than maxReplyBytes (1048576): not read`,
    );
    for (const flood of s.floods) await expectCutShort(flood, 64 * MiB);
  });

  test('--max-reply-bytes that is not a positive integer is a usage error (exit 2)', async () => {
    const r = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--target',
      'http://127.0.0.1:9/webhook',
      '--max-reply-bytes',
      '0',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-reply-bytes must be a positive integer, got "0"');
  });
});
