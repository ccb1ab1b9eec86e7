/**
 * Issue 12 item 17: the provider contract measures a sender's waits from what the mock saw (arrival, answer,
 * the sender giving up), allows for a fresh sender's start-up, has a tolerance each way, and by default picks a
 * time scale that keeps a run short without letting noise decide. Senders deliver over real HTTP to the mock on
 * 127.0.0.1; the CLI runs as built against the fixture senders.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import {
  DEFAULT_FAULT_SCENARIOS,
  runProviderContract,
  type CaseResult,
  type ContractReport,
  type SenderTarget,
} from '../src/testing/index.js';
import { chooseTimeScale, policyScheduleMs } from '../src/testing/time-scale.js';
import { deliver } from '../src/delivery/index.js';
import { root, runCli } from './helpers/cli.js';

const failures = (r: ContractReport): string[] =>
  r.cases.filter((c: CaseResult) => c.outcome === 'failed').map((c) => `${c.name}: ${c.reason}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const body = JSON.stringify(gaife.examples.message[0]!.payload);
const GAIFE = gaife.contract.delivery;

/**
 * A GAIFE sender written with plain fetch and its own AbortSignal.timeout, its waits multiplied by the given
 * factors (1: correct). `startupMs` holds each phase's first request back after its timer has started, as a
 * fresh process's start-up does (loading its HTTP client on the first fetch).
 */
function fetchSender(
  options: { startupMs?: number; backoff?: number; timeout?: number; retries?: readonly number[] } = {},
) {
  const retries = options.retries ?? GAIFE.retries;
  return async ({ url, timeScale }: SenderTarget): Promise<void> => {
    for (let n = 0; n <= retries.length; n++) {
      const signal = AbortSignal.timeout(GAIFE.timeoutMs * (options.timeout ?? 1) * timeScale);
      if (n === 0 && options.startupMs) await sleep(options.startupMs);
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
        await res.text();
        if (res.ok) return;
      } catch {
        /* a timeout or a dropped connection: retry */
      }
      if (n < retries.length) await sleep(retries[n]! * (options.backoff ?? 1) * timeScale);
    }
  };
}

describe('a correct sender passes whatever its start-up costs', () => {
  test('plain fetch whose first request reaches the mock 60 ms after its timer started, every phase at time scale 0.01', async () => {
    const report = await runProviderContract({
      contract: gaife,
      timeScale: 0.01,
      send: fetchSender({ startupMs: 60 }),
    });
    expect(failures(report)).toEqual([]);
    // Every phase judged (a capture may hold two sends: a busy machine can run out a first timer before its answer is read).
    expect([...new Set(report.cases.map((c) => c.group))]).toEqual(['capture', ...DEFAULT_FAULT_SCENARIOS]);
  });

  test('the built CLI at --time-scale 0.01: a fresh plain-fetch process, 60 ms more start-up before its first request', async () => {
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.01',
      '--',
      'env',
      'STARTUP_MS=60',
      process.execPath,
      'test/fixtures/senders/gaife-fetch-sender.mjs',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // (A capture may hold two sends, each a case: a busy machine can run out a first timer before its answer is read.)
    expect(r.stdout).toMatch(
      /^verify-sender GAIFE message webhooks: \d+ passed, 0 failed in \d+ ms at time scale 0\.01$/m,
    );
  });

  test('no flags: the delivery engine sender passes at the time scale chosen for the policy, named on the summary line', async () => {
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--',
      process.execPath,
      'test/fixtures/senders/gaife-sender.mjs',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const line =
      /^verify-sender GAIFE message webhooks: \d+ passed, 0 failed in \d+ ms at time scale ([\d.]+) \(auto: [\d.]+ s of 190 s of platform waits; shortest wait ≥ (\d+) ms; --time-scale to set\)$/m.exec(
        r.stdout,
      );
    expect(line, r.stdout).not.toBeNull();
    // The budget's scale, or slower when this machine's latency raised the floor; never faster.
    const scale = Number(line![1]);
    expect(scale).toBeGreaterThanOrEqual(0.015);
    expect(scale * 4000).toBeGreaterThanOrEqual(Number(line![2]) - 1);
  });
});

describe('incorrect senders still fail', () => {
  test('retrying at a quarter of the backoff (by more than the tolerance) is too soon', async () => {
    const report = await runProviderContract({
      contract: gaife,
      timeScale: 0.05,
      scenarios: ['status:500'],
      send: fetchSender({ backoff: 0.25 }),
    });
    expect(failures(report)).toEqual([
      expect.stringMatching(
        /^status:500 \/ message: send \d came \d+ ms after the answer to send \d \(a 500\); expected \d+ ms backoff = \d+ ms at timeScale 0\.05: too soon$/,
      ),
    ]);
  });

  test('retrying at five times the backoff is too late', async () => {
    const report = await runProviderContract({
      contract: gaife,
      timeScale: 0.05,
      scenarios: ['flaky:1'],
      send: fetchSender({ backoff: 5 }),
    });
    expect(failures(report)).toEqual([
      expect.stringMatching(
        /^flaky:1 \/ message: send 2 came \d+ ms after the answer to send 1 \(a 500\); expected 4000 ms backoff = 200 ms at timeScale 0\.05: too late$/,
      ),
    ]);
  });

  test("a timeout five times the platform's is too long; one a third of it too short, even on the phase's only send", async () => {
    const once = { retries: [], retryOn: [] };
    const long = await runProviderContract({
      contract: gaife,
      timeScale: 0.01,
      policy: once,
      scenarios: ['timeout'],
      send: fetchSender({ timeout: 5, retries: [] }),
    });
    expect(failures(long)).toEqual([
      expect.stringMatching(
        /^timeout \/ message: send 1 was abandoned after \d+ ms without an answer; GAIFE message webhooks waits 30000 ms \(300 ms at timeScale 0\.01\) for a reply: its timeout is too long$/,
      ),
    ]);
    // One send only, the phase's first: judged from the phase's start (its start-up allowed for), still short.
    const short = await runProviderContract({
      contract: gaife,
      timeScale: 0.01,
      policy: once,
      scenarios: ['timeout'],
      send: fetchSender({ timeout: 1 / 3, retries: [] }),
    });
    // (Its capture may fail too: a sender that gives up that soon can miss an answer and send again.)
    expect(failures(short).filter((f) => f.startsWith('timeout'))).toEqual([
      expect.stringMatching(
        /^timeout \/ message: send 1 was abandoned after \d+ ms without an answer; .*: its timeout is too short$/,
      ),
    ]);
    // Through the delivery engine, every send of four: the retries (no start-up) show it too.
    const engine = await runProviderContract({
      contract: gaife,
      timeScale: 0.01,
      scenarios: ['timeout'],
      send: ({ url, timeScale }) =>
        deliver(gaife, {
          url,
          timeScale,
          event: 'message',
          payload: gaife.examples.message[0]!.payload,
          policy: { timeoutMs: 5000 },
        }).then(() => undefined),
    });
    expect(failures(engine).filter((f) => f.startsWith('timeout'))).toEqual([
      expect.stringMatching(/its timeout is too short$/),
    ]);
  });

  test('--tolerance each way: a late allowance does not excuse a sender that retries at once; a soon allowance does', async () => {
    const noBackoff = [
      '--',
      'env',
      'SENDER_DEFECT=no-backoff',
      process.execPath,
      'test/fixtures/senders/gaife-sender.mjs',
    ];
    // At 0.05 (a 200 ms first backoff) a sender retrying at once is far from in time, whatever the machine's load.
    const late = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.05',
      '--scenarios',
      'status:500',
      '--tolerance',
      'late=1000',
      ...noBackoff,
    ]);
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(
      /FAIL status:500 \/ message — send [234] came \d+ ms after the answer to send [123] \(a 500\); expected \d+ ms backoff = \d+ ms at timeScale 0\.05: too soon/,
    );
    const soon = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.05',
      '--scenarios',
      'status:500',
      '--tolerance',
      'soon=1000',
      ...noBackoff,
    ]);
    expect(soon.code, soon.stdout).toBe(0);
    const bad = await runCli(['verify-sender', 'spec/gaife.yaml', '--tolerance', 'soon=fast', ...noBackoff]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--tolerance must be a number of ms \(both directions\) or soon=MS,late=MS, got "soon=fast"/,
    );
  });
});

describe('the default time scale', () => {
  test('GAIFE: 190 s of platform waits fit 3 s at 0.015, the documented choice; a slow loopback makes it slower', async () => {
    expect(policyScheduleMs(GAIFE, DEFAULT_FAULT_SCENARIOS)).toBe(190_000);
    expect(chooseTimeScale(GAIFE, DEFAULT_FAULT_SCENARIOS, { latencyMs: 1 })).toEqual({
      scale: 0.015,
      scheduleMs: 190_000,
      floorMs: 50,
      by: 'budget',
    });
    // 20 ms of latency: the 4 s backoff must stay ≥ 200 ms, so 0.05 (9.5 s of waits) rather than 0.015 (60 ms).
    expect(chooseTimeScale(GAIFE, DEFAULT_FAULT_SCENARIOS, { latencyMs: 20 })).toEqual({
      scale: 0.05,
      scheduleMs: 190_000,
      floorMs: 200,
      by: 'floor',
    });
    const readme = await readFile(`${root}/README.md`, 'utf8');
    expect(readme).toMatch(/GAIFE[^\n]*time scale 0\.015/);
    const help = await runCli(['verify-sender', '--help']);
    expect(help.stdout).toMatch(/GAIFE runs at 0\.015/);
  });

  test('short policies run in real time: Tencent (one 2 s timeout) at 1', () => {
    const tencent = { timeoutMs: 2000, retries: [], retryOn: [], success: [200] } as const;
    expect(chooseTimeScale(tencent as never, DEFAULT_FAULT_SCENARIOS, { latencyMs: 1 })).toMatchObject({
      scale: 1,
      scheduleMs: 2000,
      by: 'real time',
    });
  });
});
