/**
 * Issue 12, the mock core: a bounded delivery record (item 2), bounded scenario headers (item 8), each event
 * answered with its own reply (item 18), per-request scenarios counted per delivery (item 19) and a default
 * secret the official Standard Webhooks sender accepts (item 20). Over real HTTP with startMockServer, and
 * through MSW with the same core.
 */
import { createHash } from 'node:crypto';
import { setupServer } from 'msw/node';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as protocol from '../generated/protocol/index.js';
import { deliver } from '../src/delivery/index.js';
import {
  DEFAULT_MOCK_SECRET,
  defaultMockSecret,
  loadPreset,
  startMockServer,
  type MockServer,
  type RecordedDelivery,
} from '../src/mock/index.js';
import { parseSequence } from '../src/mock/scenario.js';
import { mswHandlers } from '../src/msw/index.js';
import type { Contract } from '../src/model/model.js';
import { loadContract } from '../src/model/index.js';

let tickets: Contract;
let stamped: Contract;
const msw = setupServer();

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' });
  [tickets, stamped] = await Promise.all([
    loadContract('test/fixtures/tickets.yaml', { validation: 'conventions' }),
    loadContract('test/fixtures/stamped.yaml', { validation: 'conventions' }),
  ]);
});
afterAll(() => msw.close());

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
/** What the record holds, counted as the bound counts it (bodies, headers, path, query; the overhead aside). */
const heldBytes = (list: RecordedDelivery[]): number =>
  list.reduce(
    (sum, d) =>
      sum +
      Buffer.byteLength(d.body) +
      d.path.length +
      Object.entries(d.headers).reduce((s, [k, v]) => s + k.length + v.length, 0),
    0,
  );

/** Start a mock on 127.0.0.1 for one test, closed after it. */
async function withMock<T>(
  sources: Parameters<typeof startMockServer>[0],
  options: Parameters<typeof startMockServer>[1],
  run: (mock: MockServer) => Promise<T>,
): Promise<T> {
  const mock = await startMockServer(sources, options);
  try {
    return await run(mock);
  } finally {
    await mock.close();
  }
}

describe('item 2: the delivery record is bounded in bytes; refused bodies keep a prefix and a digest', () => {
  const MAX_BYTES = 64 * 1024;
  const BODY_BYTES = 200_000;

  test('many large unsigned POSTs: the record stays under maxRecordedBytes and serialises over HTTP', async () => {
    await withMock([protocol], { maxRecordedBytes: MAX_BYTES }, async (mock) => {
      const posts = 40; // 8 MB refused in all, 125 times the bound
      for (let i = 0; i < posts; i++) {
        const body = `{"n":${String(i).padStart(4, '0')},"pad":"${'x'.repeat(BODY_BYTES - 19)}"}`;
        expect(Buffer.byteLength(body)).toBe(BODY_BYTES);
        const res = await post(mock.urls['protocol']!, body);
        expect(res.status).toBe(401);
        await res.arrayBuffer();
      }
      const res = await fetch(`${mock.url}/__chathooks/deliveries`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const list = JSON.parse(text) as RecordedDelivery[];
      // The oldest went first; the newest is kept whole in its digest form.
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThan(posts);
      expect(list.at(-1)!.seq).toBe(posts);
      expect(heldBytes(list)).toBeLessThanOrEqual(MAX_BYTES);
      expect(text.length).toBeLessThan(2 * MAX_BYTES);
      const last = list.at(-1)!;
      const sent = `{"n":${String(posts - 1).padStart(4, '0')},"pad":"${'x'.repeat(BODY_BYTES - 19)}"}`;
      expect(last).toMatchObject({
        valid: false,
        answer: 401,
        bodyBytes: BODY_BYTES,
        bodySha256: sha256(sent),
        bodyTruncated: true,
      });
      expect(last.body).toBe(sent.slice(0, 4096));
      expect(mock.deliveries()).toEqual(list);
    });
  });

  test('a small refused body is kept whole, with its length and digest; valid bodies count toward the bound', async () => {
    await withMock([gaife, protocol], { maxRecordedBytes: 16 * 1024 }, async (mock) => {
      const res = await post(mock.urls['protocol']!, '{"tiny":true}');
      expect(res.status).toBe(401);
      expect(mock.deliveries()[0]).toMatchObject({
        body: '{"tiny":true}',
        bodyBytes: 13,
        bodySha256: sha256('{"tiny":true}'),
        bodyTruncated: false,
      });
      // An event name read from an unverified body is cut too.
      expect((await post(mock.urls['protocol']!, JSON.stringify({ type: 'n'.repeat(100_000) }))).status).toBe(401);
      expect(mock.deliveries()[1]!.event).toBe(`${'n'.repeat(256)}…`);
      const payload = gaife.examples.message[0]!.payload;
      for (let i = 0; i < 30; i++) expect((await post(mock.urls['gaife']!, JSON.stringify(payload))).status).toBe(200);
      const list = mock.deliveries();
      expect(list.length).toBeLessThan(31);
      expect(heldBytes(list)).toBeLessThanOrEqual(16 * 1024);
      // Valid deliveries keep their body whole.
      expect(list.at(-1)).toMatchObject({ valid: true, body: JSON.stringify(payload) });
      expect(list.at(-1)!.bodyTruncated).toBeUndefined();
      // A valid body larger than the whole record is kept as a prefix and a digest too, still valid.
      const big = JSON.stringify({ ...payload, data: { ...payload.data, content: 'c'.repeat(20_000) } });
      expect((await post(mock.urls['gaife']!, big)).status).toBe(200);
      expect(mock.deliveries().at(-1)).toMatchObject({
        valid: true,
        bodyBytes: Buffer.byteLength(big),
        bodySha256: sha256(big),
        bodyTruncated: true,
      });
      expect(heldBytes(mock.deliveries())).toBeLessThanOrEqual(16 * 1024);
    });
  });

  test('MSW: the same bound, a 413 past maxBodyBytes, and paging with after and limit', async () => {
    const url = 'http://protocol.bounded.test/webhook';
    const handlers = mswHandlers(protocol, { url, maxRecordedBytes: 32 * 1024, maxBodyBytes: 100_000 });
    msw.use(...handlers);
    try {
      for (let i = 0; i < 20; i++) expect((await post(url, `{"pad":"${'y'.repeat(50_000)}"}`)).status).toBe(401);
      expect((await post(url, `{"pad":"${'z'.repeat(200_000)}"}`)).status).toBe(413);
      const list = handlers.deliveries();
      expect(list.length).toBeLessThan(20);
      expect(heldBytes(list)).toBeLessThanOrEqual(32 * 1024);
      expect(list.every((d) => d.bodyTruncated && d.bodyBytes === 50_010 && d.body.length === 4096)).toBe(true);
      const seqs = list.map((d) => d.seq);
      expect(handlers.deliveries({ after: seqs[1]!, limit: 2 }).map((d) => d.seq)).toEqual(seqs.slice(2, 4));
      expect(handlers.deliveries({ after: seqs.at(-1)! })).toEqual([]);
      expect(handlers.deliveries({ limit: 0 })).toEqual([]);
    } finally {
      msw.resetHandlers();
    }
  });

  test('invalid record bounds are refused at start, naming the option', async () => {
    await expect(startMockServer([gaife], { maxRecordedBytes: -1 })).rejects.toThrow(
      'mock: maxRecordedBytes must be a non-negative integer, got -1.',
    );
    expect(() => mswHandlers(gaife, { url: 'http://x.test/webhook', maxRecorded: 1.5 })).toThrow(
      /maxRecorded must be a non-negative integer/,
    );
  });
});

describe('item 8: the scenario header and every scenario are bounded', () => {
  const huge = Array.from({ length: 1400 }, () => 'flaky:1000').join(','); // 15 KB
  const payload = JSON.stringify(gaife.examples.message[0]!.payload);

  test('a 15 KB x-chathooks-scenario header is a 400 naming the header, the limit and the fix', async () => {
    expect(huge.length).toBeGreaterThan(15_000);
    await withMock([gaife], {}, async (mock) => {
      const res = await post(mock.urls['gaife']!, payload, { 'x-chathooks-scenario': huge });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('scenario');
      expect(body.message).toContain(
        `Header x-chathooks-scenario is ${huge.length} bytes; the mock reads at most 256.`,
      );
      expect(body.message).toContain('Send a shorter scenario');
      expect(body.message.length).toBeLessThan(400); // the header is not echoed back
      expect(mock.deliveries()[0]).toMatchObject({
        answer: 400,
        problem: expect.stringContaining('x-chathooks-scenario'),
      });
    });
  });

  test('more than 32 steps in the header is a 400 too, through the native server and MSW', async () => {
    const steps = Array.from({ length: 32 + 1 }, () => 'ok').join(',');
    expect(steps.length).toBeLessThanOrEqual(256);
    const url = 'http://gaife.steps.test/webhook';
    msw.use(...mswHandlers(gaife, { url }));
    try {
      await withMock([gaife], {}, async (mock) => {
        for (const target of [mock.urls['gaife']!, url]) {
          const res = await post(target, payload, { 'x-chathooks-scenario': steps });
          expect(res.status).toBe(400);
          expect(((await res.json()) as { message: string }).message).toMatch(
            /^Header x-chathooks-scenario: Scenario "ok,ok,.*…" has 33 steps; at most 32 are allowed\. Shorten the sequence/,
          );
        }
        // 32 steps are fine.
        const ok = await post(mock.urls['gaife']!, payload, { 'x-chathooks-scenario': steps.slice(3) });
        expect(ok.status).toBe(200);
      });
    } finally {
      msw.resetHandlers();
    }
  });

  test('scenarios from options and presets have the same step limit and message', async () => {
    const steps = Array.from({ length: 40 }, (_, i) => (i % 2 ? 'ok' : 'status:503')).join(',');
    await expect(startMockServer([gaife], { scenario: steps })).rejects.toThrow(
      /^mock scenario: Scenario ".*" has 40 steps; at most 32 are allowed/,
    );
    await expect(startMockServer([gaife], { events: { message: steps } })).rejects.toThrow(
      /^mock events\["message"\]: Scenario .* has 40 steps/,
    );
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-steps-'));
    try {
      await writeFile(join(dir, 'long.json'), JSON.stringify({ scenario: steps }));
      await expect(loadPreset(join(dir, 'long.json'))).rejects.toThrow(
        /long\.json: scenario: Scenario .* has 40 steps; at most 32 are allowed/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('what made it slow: flaky:<n> is one run, not n steps', () => {
    // A 15 KB header of flaky:1000 built 1.4 million step objects per request (210–344 ms); now two runs per step.
    expect(parseSequence('flaky:1000').runs).toEqual([
      { step: { kind: 'status', status: 500 }, times: 1000 },
      { step: { kind: 'ok' }, times: 1 },
    ]);
  });
});

describe('item 18: each event answers with its own reply, or the success status and {}', () => {
  const cases = [
    // An after-event without a reply: the contract's first success status and a neutral body, never the
    // before-event's {"allow":true}.
    { event: 'ticket.created', status: 202, reply: {} },
    { event: 'ticket.closed', status: 200, reply: { received: true } },
    { event: 'ticket.assigning', status: 200, reply: { allow: true } },
  ];

  test('native server', async () => {
    await withMock([tickets], {}, async (mock) => {
      for (const c of cases) {
        const res = await post(mock.urls['tickets']!, JSON.stringify({ type: c.event, id: 't1' }));
        expect([c.event, res.status, await res.json()]).toEqual([c.event, c.status, c.reply]);
      }
      const named = await post(mock.urls['tickets']!, JSON.stringify({ type: 'ticket.created', id: 't1' }), {
        'x-chathooks-scenario': 'ok:allow',
      });
      expect(named.status).toBe(500);
      expect(((await named.json()) as { error: string }).error).toBe(
        'chathooks mock: ticket.created has no reply example "allow"; it has no reply examples; use ok',
      );
    });
  });

  test('MSW', async () => {
    const url = 'http://tickets.msw.test/hooks';
    msw.use(...mswHandlers(tickets, { url }));
    try {
      for (const c of cases) {
        const res = await post(url, JSON.stringify({ type: c.event, id: 't1' }));
        expect([c.event, res.status, await res.json()]).toEqual([c.event, c.status, c.reply]);
      }
    } finally {
      msw.resetHandlers();
    }
  });
});

describe('item 19: a per-request scenario counts from its own first request, per delivery', () => {
  const run = async (url: string) => {
    const send = async (id: string, scenario?: string) =>
      (
        await post(
          url,
          JSON.stringify({ type: 'ticket.closed', id }),
          scenario ? { 'x-chathooks-scenario': scenario } : {},
        )
      ).status;
    // Two earlier posts of the event with no header.
    expect([await send('t0'), await send('t0')]).toEqual([200, 200]);
    // A delivery with flaky:2: two 500s, then ok; its retries walk the sequence.
    expect([await send('t1', 'flaky:2'), await send('t1', 'flaky:2'), await send('t1', 'flaky:2')]).toEqual([
      500, 500, 200,
    ]);
    // A new delivery starts afresh; the first one stays at its last step.
    expect([await send('t2', 'flaky:2'), await send('t1', 'flaky:2')]).toEqual([500, 200]);
    // Another scenario text is another sequence, even for the same delivery.
    expect([await send('t1', 'status:503,ok'), await send('t1', 'status:503,ok')]).toEqual([503, 200]);
  };

  test('native server', async () => {
    await withMock([tickets], {}, async (mock) => run(mock.urls['tickets']!));
  });

  test('MSW', async () => {
    const url = 'http://tickets.flaky.test/hooks';
    msw.use(...mswHandlers(tickets, { url }));
    try {
      await run(url);
    } finally {
      msw.resetHandlers();
    }
  });

  test('the delivery engine retrying one delivery with the header, after earlier posts', async () => {
    await withMock([gaife], {}, async (mock) => {
      const payload = gaife.examples.message[0]!.payload;
      for (let i = 0; i < 2; i++)
        await deliver(gaife, { url: mock.urls['gaife']!, event: 'message', payload, policy: { retries: [] } });
      // GAIFE's backoff at 1/100; its 30 s timeout kept whole, so a loaded machine cannot turn an answer into a timeout.
      const policy = { timeoutMs: 3_000_000 };
      const t = await deliver(gaife, {
        url: mock.urls['gaife']!,
        event: 'message',
        payload,
        timeScale: 0.01,
        policy,
        headers: { 'x-chathooks-scenario': 'flaky:2' },
      });
      expect(t.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    });
  });

  test('global and per-event scenarios keep counting per event, as documented', async () => {
    await withMock(
      [tickets],
      { scenario: 'flaky:1', events: { 'ticket.assigning': 'status:503,ok' } },
      async (mock) => {
        const send = async (type: string, id: string) =>
          (await post(mock.urls['tickets']!, JSON.stringify({ type, id }))).status;
        expect([
          await send('ticket.closed', 'a'),
          await send('ticket.closed', 'b'),
          await send('ticket.created', 'c'),
        ]).toEqual([500, 200, 500]);
        expect([await send('ticket.assigning', 'd'), await send('ticket.assigning', 'e')]).toEqual([503, 200]);
      },
    );
  });
});

describe('item 20: the default secret per scheme; the official standardwebhooks sender is accepted', () => {
  /** The documented default for standard-webhooks: whsec_ + base64 of "chathooks mock secret (public!)!". */
  const WHSEC_DEFAULT = 'whsec_Y2hhdGhvb2tzIG1vY2sgc2VjcmV0IChwdWJsaWMhKSE=';
  const body = JSON.stringify({ event: 'message.after_send', id: 'm1', sent_at: 1700000000 });
  const officialHeaders = (secret: string): Record<string, string> => {
    const id = `msg_${Math.random().toString(36).slice(2)}`;
    const now = new Date();
    return {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, now, body),
    };
  };

  test('defaultMockSecret gives a whsec_ secret for standard-webhooks and keeps chathooks-mock-secret for the rest', () => {
    expect(defaultMockSecret('standard-webhooks')).toBe(WHSEC_DEFAULT);
    expect(defaultMockSecret(stamped.signature)).toBe(defaultMockSecret('standard-webhooks'));
    expect(defaultMockSecret(protocol.contract.signature)).toBe(DEFAULT_MOCK_SECRET);
    expect(DEFAULT_MOCK_SECRET).toBe('chathooks-mock-secret');
    // The official package refuses the old default for this scheme, which is why it has its own.
    expect(() => new Webhook(DEFAULT_MOCK_SECRET)).toThrow();
  });

  test('native server: a delivery signed by Webhook(default).sign is accepted; a wrong key is refused', async () => {
    await withMock([stamped], {}, async (mock) => {
      const ok = await post(mock.urls['stamped']!, body, officialHeaders(WHSEC_DEFAULT));
      expect(ok.status).toBe(200);
      const wrong = await post(
        mock.urls['stamped']!,
        body,
        officialHeaders('whsec_d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldA=='),
      );
      expect(wrong.status).toBe(401);
      expect(mock.deliveries().map((d) => [d.valid, d.answer])).toEqual([
        [true, 200],
        [false, 401],
      ]);
    });
  });

  test('MSW: the same default', async () => {
    const url = 'http://stamped.msw.test/hooks';
    msw.use(...mswHandlers(stamped, { url }));
    try {
      expect((await post(url, body, officialHeaders(WHSEC_DEFAULT))).status).toBe(200);
    } finally {
      msw.resetHandlers();
    }
  });

  test('what chathooks signs with the default, the official package verifies', async () => {
    await withMock([stamped], {}, async (mock) => {
      const seen: Record<string, string>[] = [];
      const t = await deliver(stamped, {
        url: mock.urls['stamped']!,
        event: 'message.after_send',
        payload: JSON.parse(body),
        secret: WHSEC_DEFAULT,
      });
      expect(t.outcome).toBe('delivered');
      for (const d of mock.deliveries()) seen.push(d.headers);
      expect(() => new Webhook(WHSEC_DEFAULT).verify(mock.deliveries()[0]!.body, seen[0]!)).not.toThrow();
    });
  });
});
