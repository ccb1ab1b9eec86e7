/**
 * Provider contract: does a webhook sender honour the contract it publishes? The sender delivers to a mock
 * consumer (the native mock server): every captured request must be signed, framed and shaped as the
 * contract says; then, with the consumer failing on purpose (500s, timeouts, dropped connections, a flaky
 * first answer), its attempts are compared with the delivery policy — how many, how far apart, and none
 * where the policy forbids a retry.
 */
import { OptionError } from '../model/errors.js';
import { accepted, retryable } from '../delivery/deliver.js';
import { defaultMockSecret, startMockServer, type RecordedDelivery } from '../mock/index.js';
import { parseScenario } from '../mock/scenario.js';
import { toRuntime, type RuntimeContract } from '../model/runtime.js';
import type { Contract, DeliveryPolicy } from '../model/model.js';
import { answerSeen, describeAnswer } from './fault-answer.js';
import { clip, makeReport, type CaseResult, type ContractReport } from './report.js';
import { outside, SOON_SHARE, SOON_STALL_SHARE, STALL_FACTOR, toleranceOf, watchStalls, type StallWatch, type Tolerance } from './sender-timing.js';

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
  contract: Contract | RuntimeContract;
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
  /**
   * How far a sender's wait (its timeout, its backoff) may stray from the policy, in real ms, on top of a share
   * of the wait (10% early, 50% late) and of an allowance for load (twice this process's worst stall in the
   * phase or the sender's start-up in it, whichever is more; early, at most 40% of the wait): one number for
   * both directions, or `{ soon, late }` (default
   * `{ soon: 5, late: 100 }`: stamps are whole ms; timers fire late on a busy machine).
   */
  toleranceMs?: number | Partial<Tolerance>;
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
  /** When `send` was called (epoch ms): the earliest a sender could have started a timer of this phase. */
  startedAt: number;
  /** When the phase stopped listening (epoch ms). */
  endedAt: number;
  /** This process's stalls during the phase. */
  stalls: StallWatch;
  /** From the phase's start to the first arrival: the sender's start-up, a measure of the machine's load (0: nothing arrived). */
  senderStartMs: number;
  error?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const ms = (n: number): string => `${Math.round(n)} ms`;

/** When the first delivery of a phase ended: until then, the sender had heard nothing back. */
function firstEndOf(phase: Phase): number {
  return Math.min(...phase.deliveries.map(endOf));
}

/** When a delivery ended for the sender: its answer went out or it gave up (Infinity while neither). */
function endOf(d: RecordedDelivery): number {
  const end = d.answeredAt ?? d.abandonedAt;
  return end === undefined ? Number.POSITIVE_INFINITY : Date.parse(end);
}

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
  const source = toRuntime(options.contract);
  const { contract } = source;
  const policy: DeliveryPolicy = { ...contract.delivery, ...options.policy };
  const scale = options.timeScale ?? 1;
  if (!(scale > 0)) throw new OptionError(`runProviderContract: timeScale must be a positive number, got ${scale}.`);
  const scenarios = options.scenarios ?? DEFAULT_FAULT_SCENARIOS;
  for (const s of scenarios) parseScenario(s); // an unknown scenario fails before anything starts
  const secret = options.secret ?? defaultMockSecret(contract.signature);
  const tolerance = toleranceOf(options.toleranceMs);
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
    // Stalls of this process (it stamps the mock's record) widen the margins of the waits they overlap.
    const stalls = watchStalls();
    try {
      let error: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the sender had not finished after ${ms(phaseTimeoutMs)}`)), phaseTimeoutMs);
      });
      const startedAt = Date.now();
      try {
        await Promise.race([Promise.resolve().then(() => options.send({ url, secret, scenario, timeScale: scale })), limit]);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      } finally {
        clearTimeout(timer);
      }
      await sleep(graceMs);
      const deliveries = mock.deliveries();
      const senderStartMs = deliveries.length ? Math.max(0, Math.min(...deliveries.map((d) => Date.parse(d.at))) - startedAt) : 0;
      return { deliveries, url, startedAt, endedAt: Date.now(), stalls, senderStartMs, ...(error !== undefined ? { error } : {}) };
    } finally {
      stalls.stop();
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
    if (before && typeof before.answer === 'number' && accepted(before.answer, policy.success) && resentAfterAnswer(before, d, capture)) {
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
      const reason = judgeAttempts(attempts, phase);
      push({ name, group: scenario, ...(attempts[0]!.event ? { event } : {}), outcome: reason ? 'failed' : 'passed', ...(reason ? { reason, ...evidence(attempts.at(-1)!) } : {}) });
    }
  }

  /**
   * Judge one delivery's sends. A fresh sender's first requests can be lost to its start-up: on a busy
   * machine its timer may run out before the request leaves (a 300 ms timeout against a first fetch that
   * takes longer), so the mock never sees that send. When the first arrival came late enough after the
   * phase began to hide whole sends (a timeout and its backoff each), the sends are also read as if those
   * came first; the delivery passes if any reading does, and fails with the reading that assumes none lost.
   */
  function judgeAttempts(attempts: RecordedDelivery[], phase: Phase): string | undefined {
    const verdict = judgeReading(attempts, phase, 0);
    if (verdict === undefined) return undefined;
    for (let lost = 1; lost <= lostAtStart(attempts[0]!, phase); lost++) if (judgeReading(attempts, phase, lost) === undefined) return undefined;
    return verdict;
  }

  /** How many whole sends (a timeout, then its backoff) fit between the phase's start and `first` arriving, when it opened the phase. */
  function lostAtStart(first: RecordedDelivery, phase: Phase): number {
    const arrival = Date.parse(first.at);
    if (!policy.retryOn.includes('timeout') || arrival > firstEndOf(phase)) return 0;
    let room = arrival - phase.startedAt;
    let lost = 0;
    for (; lost < policy.retries.length; lost++) {
      const cycle = (policy.timeoutMs + policy.retries[lost]!) * scale;
      const shortest = cycle - (cycle * SOON_SHARE + tolerance.soon + stallOver(phase, phase.startedAt, arrival));
      if (shortest > room) break;
      room -= shortest;
    }
    return lost;
  }

  /** Why one delivery's sends break the policy, reading them as sends `lost + 1`, `lost + 2`, … (undefined: they keep it). */
  function judgeReading(attempts: RecordedDelivery[], phase: Phase, lost: number): string | undefined {
    const invalid = attempts.map(failedDelivery).findIndex((r) => r !== undefined);
    if (invalid >= 0) return `send ${invalid + 1}: ${failedDelivery(attempts[invalid]!)}`;
    const event = contract.events.find((e) => e.name === attempts[0]!.event);
    const maxSends = 1 + policy.retries.length;
    const schedule = policy.retries.length ? `the first + ${policy.retries.length} retr${policy.retries.length === 1 ? 'y' : 'ies'}` : 'never retried';
    const scaled = (platformMs: number): string => `${ms(platformMs)}${scale !== 1 ? ` (${ms(platformMs * scale)} at timeScale ${scale})` : ''}`;
    // Requests that reached the mock before it had answered anything (or seen anything given up on) were sent
    // before the sender heard back: their timers may have started as early as the phase did, with the sender's
    // start-up (a fresh process; a first fetch loading its HTTP client, ~40 ms idle, far more when busy) between.
    // The earliest the sender can have started the current send's timer.
    let earliest = earliestOf(attempts[0]!, phase);
    for (let k = 0; k < attempts.length; k++) {
      const d = attempts[k]!;
      const arrival = Date.parse(d.at);
      earliest = Math.min(earliest, arrival);
      // Judged from the step the mock played (fault-answer.ts), never from its scenario text.
      const { timedOut, failure, acknowledged } = answerSeen(d, policy, scale, event);
      if (timedOut && d.abandonedAt) {
        const off = judgeTimeout(phase, arrival, Date.parse(d.abandonedAt), earliest);
        if (off) {
          return `send ${k + 1} was abandoned after ${ms(off.waited)} without an answer; ${contract.title} waits ${scaled(policy.timeoutMs)} for a reply: its timeout is too ${off.side === 'soon' ? 'short' : 'long'}`;
        }
      }
      const next = attempts[k + 1];
      // An answer that may have reached a held-up sender after its own timeout ran out (it came late after the
      // sender's start-up, or the verifier was held up before answering): the next send is the sender's retry
      // after a timeout, not a duplicate, and its wait ran from a give-up the mock did not see, so it is not timed.
      const missed = d.answeredAt !== undefined && next !== undefined && !answeredInTime(d, phase, earliest);
      const mayRetry = (!acknowledged || missed) && k + lost + 1 < maxSends && retryable(missed ? { error: 'timeout' } : failure, policy.retryOn);
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
            : k + lost + 1 >= maxSends
              ? `${contract.title} sends at most ${maxSends} times (${schedule})`
              : `${contract.title} does not retry after ${describeAnswer(d)}${onTimeout}`;
        return `sent ${attempts.length} times; ${why}`;
      }
      if (missed) {
        // When its retry's timer started is unknown too: from its arrival, as for a send that follows nothing.
        earliest = Date.parse(next.at);
        continue;
      }
      // Waits are measured from what the sender saw: the answer (or the dropped connection) leaving the mock,
      // or, after a timeout, the sender closing the connection; arrivals include the mock's own work.
      let from = arrival;
      // An answer is stamped as it goes out; a give-up (or an arrival) when this process gets to it, late by its stalls.
      let stampedLate = true;
      let since = `send ${k + 1}`;
      let expected = (timedOut ? policy.timeoutMs : 0) + policy.retries[k + lost]!;
      let what = `${timedOut ? `${ms(policy.timeoutMs)} timeout + ` : ''}${ms(policy.retries[k + lost]!)} backoff`;
      if (timedOut && d.abandonedAt) {
        from = Date.parse(d.abandonedAt);
        since = `giving up on send ${k + 1}`;
        expected = policy.retries[k + lost]!;
        what = `${ms(policy.retries[k + lost]!)} backoff after giving up`;
      } else if (!timedOut && d.answeredAt) {
        from = Date.parse(d.answeredAt);
        stampedLate = false;
        since = `the answer to send ${k + 1} (${describeAnswer(d)})`;
      }
      const nextArrival = Date.parse(next.at);
      const actual = nextArrival - from;
      const held = loadOver(phase, from, nextArrival);
      const off = outside(actual, expected * scale, tolerance, held, stampedLate ? phase.stalls.during(from, nextArrival) : 0);
      if (off) {
        return `send ${k + 2} came ${ms(actual)} after ${since}; expected ${what}${scale !== 1 ? ` = ${ms(expected * scale)} at timeScale ${scale}` : ''}: too ${off}`;
      }
      // The next send's timer started no earlier than its backoff allows (just checked: not too soon) after this.
      const backoff = policy.retries[k + lost]! * scale;
      earliest = from + Math.max(0, backoff - (backoff * (SOON_SHARE + SOON_STALL_SHARE) + tolerance.soon));
    }
    return undefined;
  }

  /**
   * A sender's own timeout, from one abandoned send: too short if even counted from the earliest its timer can
   * have started it falls short; too long if counted from the arrival (its timer was running by then) it overran.
   */
  function judgeTimeout(phase: Phase, arrival: number, abandoned: number, earliest: number): { side: 'soon' | 'late'; waited: number } | undefined {
    const expected = policy.timeoutMs * scale;
    const atMost = abandoned - earliest;
    if (outside(atMost, expected, tolerance, loadOver(phase, earliest, abandoned)) === 'soon') return { side: 'soon', waited: atMost };
    const atLeast = abandoned - arrival;
    if (outside(atLeast, expected, tolerance, loadOver(phase, arrival, abandoned)) === 'late') return { side: 'late', waited: atLeast };
    return undefined;
  }

  /**
   * A re-send after an acknowledged answer went out is a duplicate, unless the sender may have given up before
   * reading that answer: its timer (at least 90% of the timeout) may have run from the earliest it can have
   * started, the phase's start for a request sent before the sender heard anything back (its start-up counts),
   * and a held-up sender fires a due timer before it reads what has arrived.
   */
  function resentAfterAnswer(before: RecordedDelivery, again: RecordedDelivery, phase: Phase): boolean {
    if (!before.answeredAt) return true;
    if (Date.parse(before.answeredAt) > Date.parse(again.at)) return false;
    return answeredInTime(before, phase, earliestOf(before, phase));
  }

  /**
   * Whether an answer went out early enough that a correct sender read it before its timeout ran out, counting
   * from the earliest its timer can have started; a sender held up (a stall, a busy machine) may run a due
   * timeout before reading an answer that came in time.
   */
  function answeredInTime(d: RecordedDelivery, phase: Phase, earliest: number): boolean {
    const answered = Date.parse(d.answeredAt!);
    const timeout = policy.timeoutMs * scale;
    return answered < earliest + timeout - (timeout * SOON_SHARE + tolerance.soon + stallOver(phase, earliest, answered));
  }

  /** The earliest a sender can have started the timer of a delivery's first send: the phase's start if it came before any answer. */
  function earliestOf(d: RecordedDelivery, phase: Phase): number {
    const arrival = Date.parse(d.at);
    return arrival <= firstEndOf(phase) ? phase.startedAt : arrival;
  }

  /**
   * The load allowance for a sender's wait from `from` to `to` in `phase`: the stall allowance, or what the sender
   * took this phase to get its first request out (start-up included), whichever is more: a sender that slow
   * to start is on a machine that holds up its timers as long.
   */
  function loadOver(phase: Phase, from: number, to: number): number {
    return Math.max(stallOver(phase, from, to), phase.senderStartMs);
  }

  /** The stall allowance for a wait from `from` to `to` in `phase`: its own worst stall, or twice the phase's. */
  function stallOver(phase: Phase, from: number, to: number): number {
    return Math.max(phase.stalls.during(from, to), STALL_FACTOR * phase.stalls.during(phase.startedAt, phase.endedAt));
  }
  return makeReport('provider', contract, mockUrl, started, cases);
}
