/** A fault phase: the consumer fails on purpose; each delivery's sends (one case each) are held to the policy. */
import type { RecordedDelivery } from '../../mock/index.js';
import type { CaseResult } from '../report.js';
import { judgeAttempts } from './attempts.js';
import type { ProviderContext } from './context.js';
import { deliveryKey, evidence } from './judging.js';
import type { Phase } from './run.js';

/** The phase's deliveries, each with its retries (the same event and the same bytes), in arrival order. */
function byDelivery(deliveries: readonly RecordedDelivery[]): RecordedDelivery[][] {
  const groups = new Map<string, RecordedDelivery[]>();
  for (const d of deliveries) groups.set(deliveryKey(d), [...(groups.get(deliveryKey(d)) ?? []), d]);
  return [...groups.values()];
}

/** One case per delivery, named `<scenario> / <event>` (`#2`, … for further deliveries of an event). */
export function judgeFaults(ctx: ProviderContext, phase: Phase): CaseResult[] {
  const perEvent = new Map<string, number>();
  return byDelivery(phase.deliveries).map((attempts) => {
    const event = attempts[0]!.event ?? '(no event)';
    const n = (perEvent.get(event) ?? 0) + 1;
    perEvent.set(event, n);
    const name = `${phase.name} / ${event}${n > 1 ? ` #${n}` : ''}`;
    const reason = judgeAttempts(ctx, attempts, phase);
    return {
      name,
      group: phase.name,
      ...(attempts[0]!.event ? { event } : {}),
      outcome: reason ? 'failed' : 'passed',
      ...(reason ? { reason, ...evidence(attempts.at(-1)!) } : {}),
    };
  });
}
