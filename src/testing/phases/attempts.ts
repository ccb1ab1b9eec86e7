/**
 * The timing judgement of a fault phase: one delivery's sends against the policy — how many, how far apart,
 * none where the policy forbids a retry. Waits are measured from what the sender saw (the answer leaving the
 * mock, or the sender giving up), with margins that follow the machine's load (sender-timing.ts).
 */
import { retryable } from '../../delivery/deliver.js';
import type { RecordedDelivery } from '../../mock/index.js';
import type { EventContract } from '../../model/model.js';
import { answerSeen, describeAnswer } from '../fault-answer.js';
import { outside, SOON_SHARE, SOON_STALL_SHARE } from '../sender-timing.js';
import type { ProviderContext } from './context.js';
import { answeredInTime, earliestOf, failedDelivery, firstEndOf, loadOver, stallOver } from './judging.js';
import { ms, type Phase } from './run.js';

/** One reading of a delivery's sends: as sends `lost + 1`, `lost + 2`, … of the policy. */
interface Reading {
  ctx: ProviderContext;
  phase: Phase;
  attempts: readonly RecordedDelivery[];
  lost: number;
  event: EventContract | undefined;
}

const maxSends = (ctx: ProviderContext): number => 1 + ctx.policy.retries.length;
const schedule = (ctx: ProviderContext): string => {
  const n = ctx.policy.retries.length;
  return n ? `the first + ${n} retr${n === 1 ? 'y' : 'ies'}` : 'never retried';
};
const scaled = (ctx: ProviderContext, platformMs: number): string =>
  `${ms(platformMs)}${ctx.scale !== 1 ? ` (${ms(platformMs * ctx.scale)} at timeScale ${ctx.scale})` : ''}`;

/**
 * Judge one delivery's sends. A fresh sender's first requests can be lost to its start-up: on a busy
 * machine its timer may run out before the request leaves (a 300 ms timeout against a first fetch that
 * takes longer), so the mock never sees that send. When the first arrival came late enough after the
 * phase began to hide whole sends (a timeout and its backoff each), the sends are also read as if those
 * came first; the delivery passes if any reading does, and fails with the reading that assumes none lost.
 */
export function judgeAttempts(
  ctx: ProviderContext,
  attempts: readonly RecordedDelivery[],
  phase: Phase,
): string | undefined {
  const event = ctx.contract.events.find((e) => e.name === attempts[0]!.event);
  const read = (lost: number): string | undefined => judgeReading({ ctx, phase, attempts, lost, event });
  const verdict = read(0);
  if (verdict === undefined) return undefined;
  for (let lost = 1; lost <= lostAtStart(ctx, attempts[0]!, phase); lost++)
    if (read(lost) === undefined) return undefined;
  return verdict;
}

/** How many whole sends (a timeout, then its backoff) fit between the phase's start and `first` arriving, when it opened the phase. */
function lostAtStart(ctx: ProviderContext, first: RecordedDelivery, phase: Phase): number {
  const { policy, scale, tolerance } = ctx;
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

/** Why one reading of a delivery's sends breaks the policy (undefined: it keeps it). */
function judgeReading(r: Reading): string | undefined {
  const { ctx, phase, attempts, lost, event } = r;
  const { policy } = ctx;
  const invalid = attempts.map((d) => failedDelivery(ctx, d)).findIndex((reason) => reason !== undefined);
  if (invalid >= 0) return `send ${invalid + 1}: ${failedDelivery(ctx, attempts[invalid]!)}`;
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
    const { timedOut, failure, acknowledged } = answerSeen(d, policy, ctx.scale, event);
    if (timedOut && d.abandonedAt) {
      const off = judgeTimeout(ctx, phase, arrival, Date.parse(d.abandonedAt), earliest);
      if (off) {
        return `send ${k + 1} was abandoned after ${ms(off.waited)} without an answer; ${ctx.contract.title} waits ${scaled(ctx, policy.timeoutMs)} for a reply: its timeout is too ${off.side === 'soon' ? 'short' : 'long'}`;
      }
    }
    const next = attempts[k + 1];
    // An answer that may have reached a held-up sender after its own timeout ran out (it came late after the
    // sender's start-up, or the verifier was held up before answering): the next send is the sender's retry
    // after a timeout, not a duplicate, and its wait ran from a give-up the mock did not see, so it is not timed.
    const missed = d.answeredAt !== undefined && next !== undefined && !answeredInTime(ctx, d, phase, earliest);
    const mayRetry =
      (!acknowledged || missed) &&
      k + lost + 1 < maxSends(ctx) &&
      retryable(missed ? { error: 'timeout' } : failure, policy.retryOn);
    if (!next) return mayRetry ? gaveUp(r, d, timedOut) : undefined;
    if (!mayRetry) return sentAgain(r, k, timedOut, acknowledged);
    if (missed) {
      // When its retry's timer started is unknown too: from its arrival, as for a send that follows nothing.
      earliest = Date.parse(next.at);
      continue;
    }
    const wait = judgeWait(r, k, timedOut);
    if ('reason' in wait) return wait.reason;
    earliest = wait.earliest;
  }
  return undefined;
}

/** The sender stopped although the policy sends again. */
function gaveUp({ ctx, attempts }: Reading, d: RecordedDelivery, timedOut: boolean): string {
  return `gave up after ${attempts.length} send${attempts.length === 1 ? '' : 's'}; after ${timedOut ? 'no answer (timeout)' : describeAnswer(d)} ${ctx.contract.title} sends again (${maxSends(ctx)} sends in all: ${schedule(ctx)})`;
}

/** The sender sent again after send `k + 1` although the policy does not. */
function sentAgain(
  { ctx, attempts, lost, event }: Reading,
  k: number,
  timedOut: boolean,
  acknowledged: boolean,
): string {
  const { policy, contract } = ctx;
  const d = attempts[k]!;
  const onTimeout =
    event?.kind === 'before' && timedOut && policy.onTimeout
      ? `; on a timeout the before-event ${policy.onTimeout === 'proceed' ? 'proceeds' : 'is blocked'}`
      : '';
  const why = acknowledged
    ? `the consumer acknowledged send ${k + 1}`
    : policy.retries.length === 0
      ? `${contract.title} never retries${onTimeout}`
      : k + lost + 1 >= maxSends(ctx)
        ? `${contract.title} sends at most ${maxSends(ctx)} times (${schedule(ctx)})`
        : `${contract.title} does not retry after ${describeAnswer(d)}${onTimeout}`;
  return `sent ${attempts.length} times; ${why}`;
}

/**
 * The wait from send `k + 1` to the next against the policy's backoff. Waits are measured from what the sender
 * saw: the answer (or the dropped connection) leaving the mock, or, after a timeout, the sender closing the
 * connection; arrivals include the mock's own work. Gives the reason it is off, or the earliest the next send's
 * timer can have started.
 */
function judgeWait(
  { ctx, phase, attempts, lost }: Reading,
  k: number,
  timedOut: boolean,
): { reason: string } | { earliest: number } {
  const { policy, scale, tolerance } = ctx;
  const d = attempts[k]!;
  const next = attempts[k + 1]!;
  const backoffMs = policy.retries[k + lost]!;
  let from = Date.parse(d.at);
  // An answer is stamped as it goes out; a give-up (or an arrival) when this process gets to it, late by its stalls.
  let stampedLate = true;
  let since = `send ${k + 1}`;
  let expected = (timedOut ? policy.timeoutMs : 0) + backoffMs;
  let what = `${timedOut ? `${ms(policy.timeoutMs)} timeout + ` : ''}${ms(backoffMs)} backoff`;
  if (timedOut && d.abandonedAt) {
    from = Date.parse(d.abandonedAt);
    since = `giving up on send ${k + 1}`;
    expected = backoffMs;
    what = `${ms(backoffMs)} backoff after giving up`;
  } else if (!timedOut && d.answeredAt) {
    from = Date.parse(d.answeredAt);
    stampedLate = false;
    since = `the answer to send ${k + 1} (${describeAnswer(d)})`;
  }
  const nextArrival = Date.parse(next.at);
  const actual = nextArrival - from;
  const off = outside(
    actual,
    expected * scale,
    tolerance,
    loadOver(phase, from, nextArrival),
    stampedLate ? phase.stalls.during(from, nextArrival) : 0,
  );
  if (off) {
    return {
      reason: `send ${k + 2} came ${ms(actual)} after ${since}; expected ${what}${scale !== 1 ? ` = ${ms(expected * scale)} at timeScale ${scale}` : ''}: too ${off}`,
    };
  }
  // The next send's timer started no earlier than its backoff allows (just checked: not too soon) after this.
  const backoff = backoffMs * scale;
  return { earliest: from + Math.max(0, backoff - (backoff * (SOON_SHARE + SOON_STALL_SHARE) + tolerance.soon)) };
}

/**
 * A sender's own timeout, from one abandoned send: too short if even counted from the earliest its timer can
 * have started it falls short; too long if counted from the arrival (its timer was running by then) it overran.
 */
function judgeTimeout(
  ctx: ProviderContext,
  phase: Phase,
  arrival: number,
  abandoned: number,
  earliest: number,
): { side: 'soon' | 'late'; waited: number } | undefined {
  const expected = ctx.policy.timeoutMs * ctx.scale;
  const atMost = abandoned - earliest;
  if (outside(atMost, expected, ctx.tolerance, loadOver(phase, earliest, abandoned)) === 'soon')
    return { side: 'soon', waited: atMost };
  const atLeast = abandoned - arrival;
  if (outside(atLeast, expected, ctx.tolerance, loadOver(phase, arrival, abandoned)) === 'late')
    return { side: 'late', waited: atLeast };
  return undefined;
}
