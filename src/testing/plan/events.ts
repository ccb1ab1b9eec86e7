/** `events`: a body that is not JSON, and an event the spec does not list, each held to its check's expectation. */
import { wrapBatch } from '../../model/batch.js';
import { checkCase, credentials, frame, sampleBody, signedSample } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

const UNKNOWN_EVENT = 'chathooks.unknown_event';

function truncatedJson(ctx: PlanContext): PlannedCase {
  return checkCase(
    ctx,
    'body: truncated JSON',
    'malformed-json',
    ctx.sample!.event,
    (target) => {
      // A batch contract's sample travels in its envelope: the truncation cuts the delivery, not one event.
      const body = JSON.stringify(wrapBatch(ctx.contract, [sampleBody(ctx, 'malformed-json')]));
      return signedSample(ctx, target, 'malformed-json', {
        rawBody: body.slice(0, Math.max(1, Math.floor(body.length / 2))),
      });
    },
    'the body is not JSON',
  );
}

/** The sample relabelled as an event the spec does not list; only where the contract names events (a discriminator). */
function unknownEvent(ctx: PlanContext): PlannedCase[] {
  const { contract } = ctx;
  const d = contract.discriminator;
  if (!d) return [];
  const hint =
    contract.eventSet === 'open'
      ? `the platform adds events without notice and re-sends what is not acknowledged; acknowledge events you do not handle`
      : `"${UNKNOWN_EVENT}" is not an event of ${contract.title}`;
  const build: Parameters<typeof checkCase>[4] = (target) => {
    const payload = { ...(sampleBody(ctx, 'unknown-event') as Record<string, unknown>) };
    if (d.in === 'body') payload[d.name] = UNKNOWN_EVENT;
    if (d.bodyField) payload[d.bodyField] = UNKNOWN_EVENT;
    return frame(ctx, target, { event: UNKNOWN_EVENT, payload, ...credentials(ctx) });
  };
  return [checkCase(ctx, 'event: not in the spec', 'unknown-event', undefined, build, hint)];
}

export function planEvents(ctx: PlanContext): PlannedCase[] {
  if (!ctx.sample) return [];
  return [truncatedJson(ctx), ...unknownEvent(ctx)];
}
