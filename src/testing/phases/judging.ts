/** What the provider judges share: a delivery's own faults, its evidence, and the times a phase's waits are measured by. */
import type { RecordedDelivery } from '../../mock/index.js';
import { clip, type CaseResult } from '../report.js';
import { SOON_SHARE, STALL_FACTOR } from '../sender-timing.js';
import type { ProviderContext } from './context.js';
import type { Phase } from './run.js';

/** Why one recorded delivery is wrong on its own (refused by the mock, no event, an undocumented event). */
export function failedDelivery(ctx: ProviderContext, d: RecordedDelivery): string | undefined {
  if (!d.valid) return `${d.problem ?? 'refused'} (answered ${d.answer})`;
  // A batch (LINE) names its events inside; an empty one is the platform's endpoint check, which names none.
  const names = d.events ?? [d.event];
  if (names.includes(null)) return 'the delivery names no event';
  const unknown = names.find((name) => !ctx.contract.events.some((e) => e.name === name));
  if (unknown !== undefined)
    return `"${unknown}" is not an event of ${ctx.contract.title}; document it or stop sending it`;
  return undefined;
}

/** The request and the answer of a delivery, for a failed case. */
export function evidence(d: RecordedDelivery): Pick<CaseResult, 'request' | 'reply'> {
  const query = new URLSearchParams(d.query).toString();
  return {
    request: { method: d.method, url: `${d.path}${query ? `?${query}` : ''}`, headers: d.headers, body: clip(d.body) },
    reply: { ...(typeof d.answer === 'number' ? { status: d.answer } : { error: d.answer }) },
  };
}

/** One delivery and its retries share an event and bytes. */
export const deliveryKey = (d: RecordedDelivery): string => `${d.event}\u0000${d.body}`;

/** The phase's own failures: `send()` threw or overran, or nothing arrived. */
export function phaseFailures(phase: Phase): CaseResult[] {
  const { name } = phase;
  const out: CaseResult[] = [];
  if (phase.error)
    out.push({ name: `${name} / sender`, group: name, outcome: 'failed', reason: `send() failed: ${phase.error}` });
  if (phase.deliveries.length === 0)
    out.push({
      name: `${name} / deliveries`,
      group: name,
      outcome: 'failed',
      reason: `the sender sent nothing to ${phase.url}`,
    });
  return out;
}

/** When a delivery ended for the sender: its answer went out or it gave up (Infinity while neither). */
function endOf(d: RecordedDelivery): number {
  const end = d.answeredAt ?? d.abandonedAt;
  return end === undefined ? Number.POSITIVE_INFINITY : Date.parse(end);
}

/** When the first delivery of a phase ended: until then, the sender had heard nothing back. */
export function firstEndOf(phase: Phase): number {
  return Math.min(...phase.deliveries.map(endOf));
}

/** The stall allowance for a wait from `from` to `to` in `phase`: its own worst stall, or twice the phase's. */
export function stallOver(phase: Phase, from: number, to: number): number {
  return Math.max(phase.stalls.during(from, to), STALL_FACTOR * phase.stalls.during(phase.startedAt, phase.endedAt));
}

/** The earliest a sender can have started the timer of a delivery's first send: the phase's start if it came before any answer. */
export function earliestOf(d: RecordedDelivery, phase: Phase): number {
  const arrival = Date.parse(d.at);
  return arrival <= firstEndOf(phase) ? phase.startedAt : arrival;
}

/**
 * Whether an answer went out early enough that a correct sender read it before its timeout ran out, counting
 * from the earliest its timer can have started; a sender held up (a stall, a busy machine) may run a due
 * timeout before reading an answer that came in time.
 */
export function answeredInTime(ctx: ProviderContext, d: RecordedDelivery, phase: Phase, earliest: number): boolean {
  const answered = Date.parse(d.answeredAt!);
  const timeout = ctx.policy.timeoutMs * ctx.scale;
  return (
    answered < earliest + timeout - (timeout * SOON_SHARE + ctx.tolerance.soon + stallOver(phase, earliest, answered))
  );
}

/**
 * The load allowance for a sender's wait from `from` to `to` in `phase`: the stall allowance, or what the sender
 * took this phase to get its first request out (start-up included), whichever is more: a sender that slow
 * to start is on a machine that holds up its timers as long.
 */
export function loadOver(phase: Phase, from: number, to: number): number {
  return Math.max(stallOver(phase, from, to), phase.senderStartMs);
}
