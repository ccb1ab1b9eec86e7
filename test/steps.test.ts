/**
 * Issue 13, items 1 (scenarios parsed once into `Step`) and 3 (the mock on the receiver's node adapter): the grammar
 * table, no scenario text parsed outside the parser, the provider's judgement from parsed steps, the mock's refusals
 * answered with the receiver's own problem bodies over HTTP, and one injectable clock.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import type { Play } from '../src/mock/core.js';
import { startMockServer, type RecordedDelivery, type Step } from '../src/mock/index.js';
import { parseSequence } from '../src/mock/scenario.js';
import { SCENARIO_GRAMMAR, SCENARIO_WORDS } from '../src/mock/scenario.js';
import { mswHandlers } from '../src/msw/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { hmacDigest, signRequest } from '../src/signing/index.js';
import { answerSeen, describeAnswer } from '../src/testing/fault-answer.js';

const SECRET = 'steps-test-secret';

describe('item 1: one grammar, one parse, one union', () => {
  test('the grammar table lists every step kind (and flaky), and the one-line grammar is generated from it', () => {
    expect(Object.keys(SCENARIO_WORDS)).toEqual(['ok', 'status', 'delay', 'timeout', 'reset', 'malformed', 'flaky']);
    expect(SCENARIO_GRAMMAR).toBe(
      'ok[:<example>], status:<100-599>, delay:<ms>, timeout, reset, malformed, flaky:<n>, or a comma-separated sequence of these',
    );
  });

  test('the README Mock consumers table names every word of the grammar', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Mock consumers'), readme.indexOf('## Contract testing'));
    for (const name of Object.keys(SCENARIO_WORDS)) expect(section).toContain(`| \`${name}`);
  });

  test('the mock plays steps: a Play is a Step (same kinds) with its reply where the step answers', () => {
    expectTypeOf<Play['kind']>().toEqualTypeOf<Step['kind']>();
    expectTypeOf<Extract<Play, { kind: 'delay' }>>().toEqualTypeOf<
      { kind: 'delay'; ms: number } & { reply: { status: number; headers: Record<string, string>; body: string } }
    >();
    expectTypeOf<Extract<Play, { kind: 'timeout' }>>().toEqualTypeOf<{ kind: 'timeout' }>();
  });

  test('no scenario text is parsed outside the parser (src/ holds no regex or prefix test on scenario words)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src');
    const words = 'ok|status|delay|timeout|reset|malformed|flaky';
    const reparse = [
      new RegExp(`/\\^(${words})\\b`), // /^delay:(\d+)$/
      new RegExp(`startsWith\\(['"\`](${words})`),
      new RegExp(`\\.scenario\\s*[!=]==\\s*['"\`](${words})`), // record.scenario === 'malformed'
      /scenario \?\? ''\)/,
    ];
    const found = files
      .filter((file) => file !== join('src', 'mock', 'scenario.ts'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (reparse.some((r) => r.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  test('the mock core takes the event name from the receiver core, never reads the discriminator itself', () => {
    const core = readFileSync('src/mock/core.ts', 'utf8');
    expect(core).not.toMatch(/searchParams\.(get|has)\(d\.|headers\[d\.name|eventNameFrom/);
    expect(core).toContain('checked.name');
  });
});

describe('item 1: the provider judges a sender from the parsed step', () => {
  const policy = { ...protocol.contract.delivery, timeoutMs: 1000, success: '2xx' as const };
  const event = protocol.contract.events.find((e) => e.reply) ?? protocol.contract.events[0]!;
  const attempt = (scenario: string, answer: RecordedDelivery['answer']): RecordedDelivery => {
    const step = parseSequence(scenario).runs[0]!.step;
    return {
      seq: 1,
      at: '',
      contract: 'protocol',
      event: event.name,
      method: 'POST',
      path: '/',
      query: {},
      headers: {},
      body: '',
      valid: true,
      scenario,
      step,
      answer,
    };
  };

  test.each([
    ['ok', 200, { timedOut: false, failure: { status: 200 }, acknowledged: true }, 'a 200'],
    ['status:503', 503, { timedOut: false, failure: { status: 503 }, acknowledged: false }, 'a 503'],
    [
      'timeout',
      'timeout',
      { timedOut: true, failure: { error: 'timeout' }, acknowledged: false },
      'no answer (timeout)',
    ],
    ['reset', 'reset', { timedOut: false, failure: { error: 'network' }, acknowledged: false }, 'a dropped connection'],
    // Waits run at the scale: 1000 ms × 0.5 = 500 ms.
    ['delay:400', 200, { timedOut: false, failure: { status: 200 }, acknowledged: true }, 'a 200'],
    ['delay:600', 200, { timedOut: true, failure: { error: 'timeout' }, acknowledged: false }, 'a 200'],
  ] as const)('%s answered %s', (scenario, answer, seen, words) => {
    const d = attempt(scenario, answer);
    expect(answerSeen(d, policy, 0.5, event)).toEqual(seen);
    expect(describeAnswer(d)).toBe(words);
  });

  test('malformed: a non-JSON 200 acknowledges only an event without a reply to read', () => {
    const d = attempt('malformed', 200);
    expect(describeAnswer(d)).toBe('a 200 with a non-JSON body');
    expect(
      answerSeen(d, policy, 1, { ...event, reply: { status: 200, examples: [] } } as unknown as typeof event)
        .acknowledged,
    ).toBe(false);
    const { reply: _, ...withoutReply } = event;
    expect(answerSeen(d, policy, 1, withoutReply as typeof event).acknowledged).toBe(true);
  });

  test('a valid delivery without a step (a refused scenario header) is judged by its status', () => {
    const { step: _, ...d } = attempt('ok', 400);
    expect(answerSeen(d, policy, 1, event)).toEqual({ timedOut: false, failure: { status: 400 }, acknowledged: false });
  });
});

/** One POST over real HTTP: the status and the JSON body. */
async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, body: await res.json() };
}

describe('item 3: the mock refuses as the receiver does, details included (over HTTP)', () => {
  const LIMIT = 2048;
  let receiverUrl = '';
  let closeReceiver: () => Promise<void>;
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  beforeAll(async () => {
    const receiver = createReceiver(protocol, {
      secret: SECRET,
      maxBodyBytes: LIMIT,
      idempotency: false,
      logger: { warn: () => undefined },
    });
    const server = createServer((req, res) => void receiver.node(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    closeReceiver = () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    mock = await startMockServer([protocol], { secret: SECRET, maxBodyBytes: LIMIT });
  });
  afterAll(async () => {
    await closeReceiver();
    await mock.close();
  });

  const both = async (body: string, headers: Record<string, string>) => {
    const [fromReceiver, fromMock] = await Promise.all([
      post(receiverUrl, body, headers),
      post(mock.urls['protocol']!, body, headers),
    ]);
    return { fromReceiver, fromMock };
  };

  test('a bad signature: the same 401 and body, with the header and the reason', async () => {
    const body = JSON.stringify(protocol.examples['contact.created'][0]!.payload);
    const { fromReceiver, fromMock } = await both(body, {
      'x-protocol-signature': hmacDigest('wrong-secret', body, 'hex'),
    });
    expect(fromReceiver).toMatchObject({
      status: 401,
      body: { error: 'signature', header: 'x-protocol-signature', reason: 'mismatch' },
    });
    expect(fromMock).toEqual(fromReceiver);
  });

  test('an invalid payload: the same 400 and body, with the event, the pointer and the issues', async () => {
    const body = JSON.stringify({ id: 'x', type: 'contact.created' });
    const { fromReceiver, fromMock } = await both(
      body,
      signRequest(protocol.contract.signature, { rawBody: body, secret: SECRET }).headers,
    );
    expect(fromReceiver).toMatchObject({
      status: 400,
      body: {
        error: 'invalid-payload',
        event: 'contact.created',
        pointer: expect.any(String),
        issues: expect.any(Array),
      },
    });
    expect(fromMock).toEqual(fromReceiver);
    const refused = mock.deliveries().at(-1)!;
    expect(refused).toMatchObject({ valid: false, event: 'contact.created', answer: 400 });
  });

  test('a body past maxBodyBytes: the same 413 and body, with the limit', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(LIMIT * 2) });
    const { fromReceiver, fromMock } = await both(body, {});
    expect(fromReceiver).toEqual({
      status: 413,
      body: { error: 'payload-too-large', message: expect.stringContaining(`${LIMIT} bytes`), limit: LIMIT },
    });
    expect(fromMock).toEqual(fromReceiver);
  });

  test("MSW answers a body past maxBodyBytes with the receiver fetch adapter's 413 body", async () => {
    const url = 'https://steps.test/webhook';
    const handlers = mswHandlers(protocol, { url, secret: SECRET, maxBodyBytes: LIMIT });
    const msw = setupServer(...handlers);
    msw.listen({ onUnhandledRequest: 'bypass' });
    try {
      const body = JSON.stringify({ pad: 'x'.repeat(LIMIT * 2) });
      const fromMsw = await post(url, body, {});
      const receiver = createReceiver(protocol, { secret: SECRET, maxBodyBytes: LIMIT, idempotency: false });
      const res = await receiver.fetch(
        new Request('http://receiver.local/webhook', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(fromMsw).toEqual({ status: res.status, body: await res.json() });
      expect(fromMsw.body).toMatchObject({ limit: LIMIT });
    } finally {
      msw.close();
    }
  });
});

describe('item 3: one clock for the signature window and the record', () => {
  test('an injected now: a delivery signed at that time is inside the window, and the record is stamped with it', async () => {
    const at = Date.parse('2020-02-02T02:02:02.000Z');
    const now = (): number => at;
    const payload = tencent.examples['State.StateChange'][0]!.payload;
    const body = JSON.stringify(payload);
    const { query } = signRequest(tencent.contract.signature, { rawBody: body, secret: SECRET, now });
    const mock = await startMockServer([tencent], { secret: SECRET, now });
    try {
      const url = `${mock.urls['tencent-chat']}?${new URLSearchParams({ ...query, CallbackCommand: 'State.StateChange' })}`;
      // Six years stale by the machine's clock: accepted only because the receiver core reads the mock's clock.
      const answer = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
      const [entry] = mock.deliveries();
      expect(entry).toMatchObject({
        valid: true,
        event: 'State.StateChange',
        at: '2020-02-02T02:02:02.000Z',
        answeredAt: '2020-02-02T02:02:02.000Z',
        step: { kind: 'ok' },
      });
    } finally {
      await mock.close();
    }
  });

  test('a now that is not a function is refused with the option named', async () => {
    await expect(startMockServer([protocol], { now: 5 as unknown as () => number })).rejects.toThrow(
      /mock: now must be a function/,
    );
  });
});
