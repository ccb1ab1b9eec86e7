/**
 * runProviderContract: senders deliver to a real mock consumer on 127.0.0.1. A sender built on `deliver`
 * honours every bundled policy; senders with seeded defects (too many retries, too soon, a retried
 * before-event, a wrong signature, a body re-serialised after signing) are each caught with a clear reason.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import {
  DEFAULT_FAULT_SCENARIOS,
  runProviderContract,
  type CaseResult,
  type ContractReport,
  type SenderTarget,
} from '../src/testing/index.js';
import { chooseTimeScale } from '../src/testing/time-scale.js';
import { deliver } from '../src/delivery/index.js';
import type { DeliveryPolicy } from '../src/model/model.js';
import { bundledIds, importGenerated } from './helpers/generated.js';

const SCALE = 0.01;
const APP_ID = '1400000000';
const failures = (r: ContractReport): CaseResult[] => r.cases.filter((c) => c.outcome === 'failed');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const first = (
  g: { contract: { events: readonly { name: string; examples: readonly { payload: unknown }[] }[] } },
  name?: string,
) => {
  const e = name ? g.contract.events.find((x) => x.name === name)! : g.contract.events[0]!;
  return { event: e.name, payload: e.examples[0]!.payload };
};

/** A hand-written sender: POST, sign, retry `retries.length` times after the given waits (platform ms). */
function handRolled(options: {
  sign?: (body: string, secret: string) => Record<string, string>;
  retries: number[];
  body: string;
  query?: string;
  timeoutMs: number;
}) {
  return async ({ url, secret, timeScale }: SenderTarget): Promise<void> => {
    for (let n = 0; n <= options.retries.length; n++) {
      try {
        const res = await fetch(`${url}${options.query ?? ''}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.sign?.(options.body, secret) },
          body: options.body,
          // Generous: these senders are about retry counts and spacing, not about a cold first request.
          signal: AbortSignal.timeout(Math.max(options.timeoutMs * timeScale, 1000)),
        });
        await res.text();
        if (res.status === 200) return;
      } catch {
        /* timeout or reset: retry */
      }
      if (n < options.retries.length) await sleep(options.retries[n]! * timeScale);
    }
  };
}

describe('a sender built on deliver() honours every bundled policy', () => {
  test.each(bundledIds)('%s', async (id) => {
    const g = await importGenerated(id);
    const events = g.contract.events.filter((e) => e.examples.length).slice(0, 3);
    // Each policy at a scale chosen from it (as verify-sender does, on a smaller budget): at 0.01 Tencent's 2 s
    // timeout is 20 ms, less than a busy machine can take to get a request out.
    const { scale } = chooseTimeScale(g.contract.delivery as DeliveryPolicy, DEFAULT_FAULT_SCENARIOS, {
      latencyMs: 1,
      budgetMs: 1500,
    });
    const report = await runProviderContract({
      contract: g as never,
      timeScale: scale,
      // A correct sender must pass even when CI's machine stalls a timer: lateness is not what this test is about
      // (too soon stays as strict as by default).
      toleranceMs: { late: 400 },
      ...(id === 'tencent-chat' ? { appId: APP_ID } : {}),
      send: async ({ url, secret, timeScale }) => {
        await Promise.all(
          events.map((e) =>
            deliver(g as never, {
              url,
              secret,
              timeScale,
              event: e.name,
              payload: e.examples[0]!.payload,
              ...(id === 'tencent-chat' ? { appId: APP_ID } : {}),
            }),
          ),
        );
      },
    });
    expect(failures(report)).toEqual([]);
    // A capture case per delivery and one case per event in each fault phase.
    expect(report.cases.filter((c) => c.group === 'capture')).toHaveLength(events.length);
    for (const phase of ['status:500', 'timeout', 'reset', 'flaky:1'])
      expect(
        report.cases
          .filter((c) => c.group === phase)
          .map((c) => c.event)
          .sort(),
      ).toEqual(events.map((e) => e.name).sort());
  });
});

describe('seeded sender defects are caught', () => {
  test('Sendbird: retries too often (5 sends where the platform makes at most 3)', async () => {
    const { payload } = first(sendbird);
    const body = JSON.stringify(payload);
    const report = await runProviderContract({
      contract: sendbird,
      timeScale: SCALE,
      scenarios: ['status:500'],
      send: handRolled({
        body,
        retries: [0, 0, 0, 0],
        timeoutMs: 5000,
        sign: (b, s) => ({ 'x-sendbird-signature': createHmac('sha256', s).update(b).digest('hex') }),
      }),
    });
    const failed = failures(report);
    expect(failed.map((c) => `${c.name}: ${c.reason}`)).toEqual([
      `status:500 / ${sendbird.contract.events[0]!.name}: sent 5 times; Sendbird Chat webhooks sends at most 3 times (the first + 2 retries)`,
    ]);
    expect(failed[0]!.name).toBe(`status:500 / ${sendbird.contract.events[0]!.name}`);
    expect(failed[0]!.reason).toBe(
      'sent 5 times; Sendbird Chat webhooks sends at most 3 times (the first + 2 retries)',
    );
  });

  test('GAIFE: retries too soon (no backoff where the platform waits 4 s, 8 s, 10 s)', async () => {
    const { payload } = first(gaife);
    // At 0.1 the first backoff is 400 ms: far above what a busy machine adds to a sender retrying at once (~20 ms)
    // or takes off a correct one (a wait may come up to half early: a held-up sender's timers fire early too).
    const report = await runProviderContract({
      contract: gaife,
      timeScale: 0.1,
      scenarios: ['status:500', 'flaky:1'],
      send: handRolled({ body: JSON.stringify(payload), retries: [0, 0, 0], timeoutMs: 30_000 }),
    });
    const failed = failures(report);
    expect(failed.map((c) => c.group)).toEqual(['status:500', 'flaky:1']);
    for (const c of failed)
      expect(c.reason).toMatch(
        /^send 2 came \d+ ms after the answer to send 1 \(a 500\); expected 4000 ms backoff = 400 ms at timeScale 0\.1: too soon$/,
      );
  });

  test("GAIFE: a sender whose own timeout is shorter than the platform's 30 s", async () => {
    const { payload } = first(gaife);
    const report = await runProviderContract({
      contract: gaife,
      timeScale: SCALE,
      scenarios: ['timeout'],
      send: ({ url, timeScale }) =>
        deliver(gaife, { url, timeScale, event: 'message', payload, policy: { timeoutMs: 5000 } }).then(
          () => undefined,
        ),
    });
    // (Its capture may fail too: a sender that gives up that soon can miss an answer and send again.)
    expect(
      failures(report)
        .filter((c) => c.group === 'timeout')
        .map((c) => c.reason),
    ).toEqual([
      expect.stringMatching(
        /^send 1 was abandoned after \d+ ms without an answer; GAIFE message webhooks waits 30000 ms \(300 ms at timeScale 0\.01\) for a reply: its timeout is too short$/,
      ),
    ]);
  });

  test('GAIFE: gives up too early (one retry where the platform makes three)', async () => {
    const { payload } = first(gaife);
    const report = await runProviderContract({
      contract: gaife,
      timeScale: SCALE,
      scenarios: ['reset'],
      send: handRolled({ body: JSON.stringify(payload), retries: [4000], timeoutMs: 30_000 }),
    });
    expect(failures(report).map((c) => c.reason)).toEqual([
      'gave up after 2 sends; after a dropped connection GAIFE message webhooks sends again (4 sends in all: the first + 3 retries)',
    ]);
  });

  test('Tencent: a before-event retried after a timeout (the platform never retries; the message proceeds)', async () => {
    const { event, payload } = first(tencent, 'Group.CallbackBeforeSendMsg');
    const report = await runProviderContract({
      contract: tencent,
      timeScale: SCALE,
      appId: APP_ID,
      scenarios: ['timeout'],
      send: async ({ url, secret, timeScale }) => {
        const policy = { retries: [0], retryOn: ['timeout' as const] };
        await deliver(tencent, { url, secret, timeScale, event, payload, appId: APP_ID, policy });
      },
    });
    expect(failures(report).map((c) => c.reason)).toEqual([
      'sent 2 times; Tencent Cloud Chat webhooks never retries; on a timeout the before-event proceeds',
    ]);
  });

  test('Sendbird: signs with the wrong secret, and signs one body but sends another', async () => {
    const { payload } = first(sendbird);
    const compact = JSON.stringify(payload);
    const report = await runProviderContract({
      contract: sendbird,
      timeScale: SCALE,
      scenarios: [],
      send: async ({ url, secret }) => {
        const post = (body: string, signature: string) =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-sendbird-signature': signature },
            body,
          }).then((r) => r.text());
        await post(compact, createHmac('sha256', `${secret}-old`).update(compact).digest('hex'));
        // Pretty-printed after signing the compact form: the bytes no longer match the signature.
        await post(JSON.stringify(payload, null, 2), createHmac('sha256', secret).update(compact).digest('hex'));
      },
    });
    const failed = failures(report);
    expect(failed).toHaveLength(2);
    for (const c of failed) {
      expect(c.reason).toMatch(
        /^signature: Signature verification failed: header x-sendbird-signature does not match .* \(answered 401\)$/,
      );
      expect(c.request?.headers['x-sendbird-signature']).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  test('a sender that sends nothing, one that throws, and one that sends an event the spec does not have', async () => {
    const nothing = await runProviderContract({
      contract: gaife,
      timeScale: SCALE,
      scenarios: ['status:500'],
      send: () => undefined,
    });
    expect(failures(nothing).map((c) => c.name)).toEqual(['capture / deliveries', 'status:500 / deliveries']);
    expect(failures(nothing)[0]!.reason).toMatch(
      /^the sender sent nothing to http:\/\/127\.0\.0\.1:\d+\/gaife\/webhook$/,
    );

    const throws = await runProviderContract({
      contract: gaife,
      timeScale: SCALE,
      scenarios: [],
      send: () => {
        throw new Error('SMTP down');
      },
    });
    expect(failures(throws).map((c) => c.reason)).toEqual([
      'send() failed: SMTP down',
      expect.stringMatching(/^the sender sent nothing/),
    ]);

    const secret = 'x';
    const undocumented = await runProviderContract({
      contract: sendbird,
      secret,
      scenarios: [],
      send: async ({ url }) => {
        const body = JSON.stringify({ category: 'group_channel:message_pin', app_id: 'A' });
        await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-sendbird-signature': createHmac('sha256', secret).update(body).digest('hex'),
          },
          body,
        });
      },
    });
    expect(failures(undocumented).map((c) => c.reason)).toEqual([
      '"group_channel:message_pin" is not an event of Sendbird Chat webhooks; document it or stop sending it',
    ]);
  });

  test('a sender that never finishes is cut off at the phase limit', async () => {
    const report = await runProviderContract({
      contract: gaife,
      timeScale: SCALE,
      scenarios: [],
      phaseTimeoutMs: 200,
      send: () => new Promise(() => undefined),
    });
    expect(failures(report)[0]!.reason).toBe('send() failed: the sender had not finished after 200 ms');
  });

  test('an unknown scenario is refused before anything starts', async () => {
    let called = false;
    await expect(
      runProviderContract({
        contract: gaife,
        scenarios: ['status:500', 'explode'],
        send: () => {
          called = true;
        },
      }),
    ).rejects.toThrow(/Unknown scenario "explode"/);
    expect(called).toBe(false);
  });
});
