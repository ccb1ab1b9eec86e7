/**
 * Provider contract: does a webhook sender honour the contract it publishes? The sender delivers to a mock
 * consumer (the native mock server): every captured request must be signed, framed and shaped as the
 * contract says; then, with the consumer failing on purpose (500s, timeouts, dropped connections, a flaky
 * first answer), its attempts are compared with the delivery policy — how many, how far apart, and none
 * where the policy forbids a retry.
 */
import { accepted, retryable } from '../delivery/index.js';
import { defaultMockSecret, startMockServer, type RecordedDelivery } from '../mock/index.js';
import { parseScenario } from '../mock/scenario.js';
import { asGenerated } from '../receiver/compile.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract, DeliveryPolicy } from '../model/model.js';
import { answerSeen, describeAnswer } from './fault-answer.js';
import { clip, makeReport, type CaseResult, type ContractReport } from './report.js';

/** Where and how the sender under test must deliver during one phase. */
export interface SenderTarget {
  /** The mock consumer's endpoint for this contract. */
  url: string;
  /** The secret the mock verifies with. */
  secret: string;
  /** The phase: `capture`, or the fault scenario the mock plays (`status:500`, `timeout`, …). */
  scenario: string;
  /** The time scale the sender must run the platform's waits at (as `deliver`'s `timeScale`). */
  timeScale: number;
}

export interface ProviderContractOptions {
  contract: Contract | GeneratedContract;
  /** Make the sender deliver to `target.url`; resolve once it has finished, retries included. */
  send: (target: SenderTarget) => Promise<void> | void;
  /** The secret the sender signs with (default `defaultMockSecret(contract.signature)`: a `whsec_` one for Standard Webhooks). */
  secret?: string;
  /** The app id the sender puts in each delivery, where the contract carries one (checked when given). */
  appId?: string;
  /** Fault scenarios to replay (default `status:500`, `timeout`, `reset`, `flaky:1`); `[]` only captures. */
  scenarios?: readonly string[];
  /** The sender runs platform time 1/timeScale faster (default 1); expected waits are scaled alike. */
  timeScale?: number;
  /** The policy to hold the sender to, over the contract's (e.g. Tencent's console switch for retries). */
  policy?: Partial<DeliveryPolicy>;
  /** How much later than expected a retry may come, in real ms, on top of half the wait (default 100: timers fire late on a busy machine); earlier than 90% of the wait is always too soon. */
  toleranceMs?: number;
  /** How long to keep listening after `send` resolves, for retries a sender makes in the background (default: the longest scaled backoff + 100 ms). */
  graceMs?: number;
  /** How long one phase's `send` may take (default: the scaled worst case of the policy × 3 + 10 s). */
  phaseTimeoutMs?: number;
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

export const DEFAULT_FAULT_SCENARIOS = ['status:500', 'timeout', 'reset', 'flaky:1'] as const;

interface Phase {
  deliveries: RecordedDelivery[];
  url: string;
  error?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const ms = (n: number): string => `${Math.round(n)} ms`;

/**
 * Check a sender against its contract.
 *
 * @example
 * const report = await runProviderContract({
 *   contract: gaife,
 *   timeScale: 0.01,
 *   send: ({ url, secret, timeScale }) => mySender.deliver({ url, secret, timeScale, event: 'message', payload }),
 * });
 */
export async function runProviderContract(options: ProviderContractOptions): Promise<ContractReport> {
  const started = { at: new Date(), clock: performance.now() };
  const source = asGenerated(options.contract);
  const { contract } = source;
  const policy: DeliveryPolicy = { ...contract.delivery, ...options.policy };
  const scale = options.timeScale ?? 1;
  if (!(scale > 0)) throw new TypeError(`runProviderContract: timeScale must be a positive number, got ${scale}.`);
  const scenarios = options.scenarios ?? DEFAULT_FAULT_SCENARIOS;
  for (const s of scenarios) parseScenario(s); // an unknown scenario fails before anything starts
  const secret = options.secret ?? defaultMockSecret(contract.signature);
  const tolerance = options.toleranceMs ?? 100;
  const graceMs = options.graceMs ?? Math.max(0, ...policy.retries) * scale + 100;
  const worstCase = (policy.timeoutMs * (1 + policy.retries.length) + policy.retries.reduce((a, b) => a + b, 0)) * scale;
  const phaseTimeoutMs = options.phaseTimeoutMs ?? worstCase * 3 + 10_000;
  const cases: CaseResult[] = [];
  let mockUrl = '';
  const push = (c: CaseResult): void => {
    cases.push(c);
    options.onCase?.(c, cases.length, cases.length);
  };

  const runPhase = async (scenario: string): Promise<Phase> => {
    const mock = await startMockServer([source], {
      scenario: scenario === 'capture' ? 'ok' : scenario,
      secret: { [contract.id]: secret },
      ...(options.appId !== undefined ? { appIds: { [contract.id]: options.appId } } : {}),
    });
    const url = mock.urls[contract.id]!;
    mockUrl = mock.url;
    try {
      let error: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the sender had not finished after ${ms(phaseTimeoutMs)}`)), phaseTimeoutMs);
      });
      try {
        await Promise.race([Promise.resolve().then(() => options.send({ url, secret, scenario, timeScale: scale })), limit]);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      } finally {
        clearTimeout(timer);
      }
      await sleep(graceMs);
      return { deliveries: mock.deliveries(), url, ...(error !== undefined ? { error } : {}) };
    } finally {
      await mock.close();
    }
  };

  const failedDelivery = (d: RecordedDelivery): string | undefined => {
    if (!d.valid) return `${d.problem ?? 'refused'} (answered ${d.answer})`;
    if (d.event === null) return 'the delivery names no event';
    if (!contract.events.some((e) => e.name === d.event)) return `"${d.event}" is not an event of ${contract.title}; document it or stop sending it`;
    return undefined;
  };
  const evidence = (d: RecordedDelivery): Pick<CaseResult, 'request' | 'reply'> => {
    const query = new URLSearchParams(d.query).toString();
    return { request: { method: d.method, url: `${d.path}${query ? `?${query}` : ''}`, headers: d.headers, body: clip(d.body) }, reply: { ...(typeof d.answer === 'number' ? { status: d.answer } : { error: d.answer }) } };
  };

  // Phase 1: what the sender sends when the consumer answers as documented.
  const capture = await runPhase('capture');
  if (capture.error) push({ name: 'capture / sender', group: 'capture', outcome: 'failed', reason: `send() failed: ${capture.error}` });
  if (capture.deliveries.length === 0) {
    push({ name: 'capture / deliveries', group: 'capture', outcome: 'failed', reason: `the sender sent nothing to ${capture.url}` });
  }
  const repeats = new Map<string, number>();
  const lastOf = new Map<string, RecordedDelivery>();
  for (const d of capture.deliveries) {
    const key = `${d.event}\u0000${d.body}`;
    const before = lastOf.get(key);
    // A re-send after an acknowledged answer went out (not one after the sender's own timeout) is a duplicate.
    if (before && typeof before.answer === 'number' && accepted(before.answer, policy.success) && (!before.answeredAt || Date.parse(before.answeredAt) <= Date.parse(d.at))) {
      repeats.set(key, (repeats.get(key) ?? 1) + 1);
    }
    lastOf.set(key, d);
    const reason = failedDelivery(d);
    const name = `capture / #${d.seq} ${d.event ?? '(no event)'}`;
    push({ name, group: 'capture', ...(d.event ? { event: d.event } : {}), outcome: reason ? 'failed' : 'passed', ...(reason ? { reason, ...evidence(d) } : {}) });
  }
  for (const [key, n] of repeats) {
    const event = key.split('\u0000')[0]!;
    push({ name: `capture / ${event} repeated`, group: 'capture', event, outcome: 'failed', reason: `the same delivery was sent ${n} times although the consumer acknowledged the first` });
  }

  // Phase 2: the sender against a consumer that fails on purpose.
  for (const scenario of scenarios) {
    const phase = await runPhase(scenario);
    if (phase.error) push({ name: `${scenario} / sender`, group: scenario, outcome: 'failed', reason: `send() failed: ${phase.error}` });
    if (phase.deliveries.length === 0) {
      push({ name: `${scenario} / deliveries`, group: scenario, outcome: 'failed', reason: `the sender sent nothing to ${phase.url}` });
      continue;
    }
    // One delivery and its retries: the same event and the same bytes.
    const groups = new Map<string, RecordedDelivery[]>();
    for (const d of phase.deliveries) {
      const key = `${d.event}\u0000${d.body}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    const perEvent = new Map<string, number>();
    for (const attempts of groups.values()) {
      const event = attempts[0]!.event ?? '(no event)';
      const n = (perEvent.get(event) ?? 0) + 1;
      perEvent.set(event, n);
      const name = `${scenario} / ${event}${n > 1 ? ` #${n}` : ''}`;
      const reason = judgeAttempts(attempts);
      push({ name, group: scenario, ...(attempts[0]!.event ? { event } : {}), outcome: reason ? 'failed' : 'passed', ...(reason ? { reason, ...evidence(attempts.at(-1)!) } : {}) });
    }
  }

  function judgeAttempts(attempts: RecordedDelivery[]): string | undefined {
    const invalid = attempts.map(failedDelivery).findIndex((r) => r !== undefined);
    if (invalid >= 0) return `send ${invalid + 1}: ${failedDelivery(attempts[invalid]!)}`;
    const event = contract.events.find((e) => e.name === attempts[0]!.event);
    const maxSends = 1 + policy.retries.length;
    const schedule = policy.retries.length ? `the first + ${policy.retries.length} retr${policy.retries.length === 1 ? 'y' : 'ies'}` : 'never retried';
    for (let k = 0; k < attempts.length; k++) {
      const d = attempts[k]!;
      // Judged from the step the mock played (fault-answer.ts), never from its scenario text.
      const { timedOut, failure, acknowledged } = answerSeen(d, policy, scale, event);
      const mayRetry = !acknowledged && k + 1 < maxSends && retryable(failure, policy.retryOn);
      const next = attempts[k + 1];
      if (!next) {
        if (mayRetry) {
          return `gave up after ${attempts.length} send${attempts.length === 1 ? '' : 's'}; after ${timedOut ? 'no answer (timeout)' : describeAnswer(d)} ${contract.title} sends again (${maxSends} sends in all: ${schedule})`;
        }
        return undefined;
      }
      if (!mayRetry) {
        const onTimeout = event?.kind === 'before' && timedOut && policy.onTimeout ? `; on a timeout the before-event ${policy.onTimeout === 'proceed' ? 'proceeds' : 'is blocked'}` : '';
        const why = acknowledged
          ? `the consumer acknowledged send ${k + 1}`
          : policy.retries.length === 0
            ? `${contract.title} never retries${onTimeout}`
            : k + 1 >= maxSends
              ? `${contract.title} sends at most ${maxSends} times (${schedule})`
              : `${contract.title} does not retry after ${describeAnswer(d)}${onTimeout}`;
        return `sent ${attempts.length} times; ${why}`;
      }
      // Waits are measured from what the sender saw: the answer (or the dropped connection) leaving the mock,
      // or, after a timeout, the sender closing the connection; arrivals include the mock's own work.
      const arrival = Date.parse(d.at);
      const scaled = (platformMs: number): string => `${ms(platformMs)}${scale !== 1 ? ` (${ms(platformMs * scale)} at timeScale ${scale})` : ''}`;
      const outside = (actual: number, expected: number): 'soon' | 'late' | undefined => {
        // Timers fire late under load, never early: a little early (clock granularity, transit), rather later.
        if (actual < expected - (expected * 0.1 + 5)) return 'soon';
        if (actual > expected + expected * 0.5 + tolerance) return 'late';
        return undefined;
      };
      let from = arrival;
      let since = `send ${k + 1}`;
      let expected = (timedOut ? policy.timeoutMs : 0) + policy.retries[k]!;
      let what = `${timedOut ? `${ms(policy.timeoutMs)} timeout + ` : ''}${ms(policy.retries[k]!)} backoff`;
      if (timedOut && d.abandonedAt) {
        const waited = Date.parse(d.abandonedAt) - arrival;
        const off = outside(waited, policy.timeoutMs * scale);
        if (off) return `send ${k + 1} was abandoned after ${ms(waited)} without an answer; ${contract.title} waits ${scaled(policy.timeoutMs)} for a reply: its timeout is too ${off === 'soon' ? 'short' : 'long'}`;
        from = Date.parse(d.abandonedAt);
        since = `giving up on send ${k + 1}`;
        expected = policy.retries[k]!;
        what = `${ms(policy.retries[k]!)} backoff after giving up`;
      } else if (!timedOut && d.answeredAt) {
        from = Date.parse(d.answeredAt);
        since = `the answer to send ${k + 1} (${describeAnswer(d)})`;
      }
      const actual = Date.parse(next.at) - from;
      const off = outside(actual, expected * scale);
      if (off) {
        return `send ${k + 2} came ${ms(actual)} after ${since}; expected ${what}${scale !== 1 ? ` = ${ms(expected * scale)} at timeScale ${scale}` : ''}: too ${off}`;
      }
    }
    return undefined;
  }

  return makeReport('provider', contract, mockUrl, started, cases);
}
