/**
 * The capture phase: the consumer answers as documented; every request must be signed, framed and valid for a
 * documented event, and no delivery the consumer acknowledged may be sent again.
 */
import { accepted } from '../../delivery/deliver.js';
import type { RecordedDelivery } from '../../mock/index.js';
import type { CaseResult } from '../report.js';
import type { ProviderContext } from './context.js';
import { answeredInTime, deliveryKey, earliestOf, evidence, failedDelivery } from './judging.js';
import type { Phase } from './run.js';

/**
 * A re-send after an acknowledged answer went out is a duplicate, unless the sender may have given up before
 * reading that answer: its timer (at least 90% of the timeout) may have run from the earliest it can have
 * started, the phase's start for a request sent before the sender heard anything back (its start-up counts),
 * and a held-up sender fires a due timer before it reads what has arrived.
 */
function resentAfterAnswer(
  ctx: ProviderContext,
  before: RecordedDelivery,
  again: RecordedDelivery,
  phase: Phase,
): boolean {
  if (!before.answeredAt) return true;
  if (Date.parse(before.answeredAt) > Date.parse(again.at)) return false;
  return answeredInTime(ctx, before, phase, earliestOf(before, phase));
}

/** How many times each acknowledged delivery was sent, where more than once. */
function repeats(ctx: ProviderContext, phase: Phase): Map<string, number> {
  const counts = new Map<string, number>();
  const lastOf = new Map<string, RecordedDelivery>();
  for (const d of phase.deliveries) {
    const key = deliveryKey(d);
    const before = lastOf.get(key);
    if (
      before &&
      typeof before.answer === 'number' &&
      accepted(before.answer, ctx.policy.success) &&
      resentAfterAnswer(ctx, before, d, phase)
    ) {
      counts.set(key, (counts.get(key) ?? 1) + 1);
    }
    lastOf.set(key, d);
  }
  return counts;
}

/** One case per captured request, then one per repeated delivery. */
export function judgeCapture(ctx: ProviderContext, phase: Phase): CaseResult[] {
  const cases: CaseResult[] = phase.deliveries.map((d) => {
    const reason = failedDelivery(ctx, d);
    const name = `capture / #${d.seq} ${d.event ?? '(no event)'}`;
    return {
      name,
      group: 'capture',
      ...(d.event ? { event: d.event } : {}),
      outcome: reason ? 'failed' : 'passed',
      ...(reason ? { reason, ...evidence(d) } : {}),
    };
  });
  for (const [key, n] of repeats(ctx, phase)) {
    const event = key.split('\u0000')[0]!;
    cases.push({
      name: `capture / ${event} repeated`,
      group: 'capture',
      event,
      outcome: 'failed',
      reason: `the same delivery was sent ${n} times although the consumer acknowledged the first`,
    });
  }
  return cases;
}
