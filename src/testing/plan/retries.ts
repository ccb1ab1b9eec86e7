/** `retries`: an event's first example sent twice; the repeat must be answered as the first was. */
import type { EventContract } from '../../model/model.js';
import { caseResult, credentials, frame, positiveFailure, send } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

const REPEAT_HINT = 'the platform re-sends what it thinks was lost; answer a repeat as you answered the first';

export function planRetries(ctx: PlanContext, event: EventContract): PlannedCase[] {
  const first = event.examples[0];
  if (!first) return [];
  const c = { name: `${event.name} / ${first.name} · sent twice`, group: 'retries', event: event.name };
  return [
    {
      ...c,
      async run(target) {
        const request = frame(ctx, target, { event: event.name, payload: first.payload, ...credentials(ctx) });
        const once = await send(ctx, target, request);
        const firstFailure = positiveFailure(ctx, event, once);
        if (firstFailure) return caseResult(c, once, request, `first send: ${firstFailure}`);
        const again = await send(ctx, target, request);
        const failure = positiveFailure(ctx, event, again);
        return caseResult(
          c,
          again,
          request,
          failure && `the repeat of an acknowledged delivery: ${failure} — ${REPEAT_HINT}`,
        );
      },
    },
  ];
}
