/** `payloads`: each invalid example of an event, held to the `invalid-payload` expectation. */
import { isObject } from '../../model/json.js';
import type { EventContract } from '../../model/model.js';
import { checkCase, credentials, frame } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

export function planPayloads(ctx: PlanContext, event: EventContract): PlannedCase[] {
  // Planned beside the event's other cases, which need an example: an event without one gets none here either.
  if (event.examples.length === 0) return [];
  const d = ctx.contract.discriminator;
  const bodyPointer = d?.in === 'body' ? `/${d.name}` : undefined;
  return event.invalidExamples
    .filter(
      // On the wire a body-borne event name *is* the event: a body labelled as another event is that event
      // (such examples test validators, not receivers). One with no name at all must still be refused.
      (invalid) =>
        !(invalid.pointer === bodyPointer && isObject(invalid.payload) && invalid.payload[d!.name] !== undefined),
    )
    .map((invalid) =>
      checkCase(
        ctx,
        `${event.name} / invalid: ${invalid.name}`,
        'invalid-payload',
        event,
        (target) => frame(ctx, target, { event: event.name, payload: invalid.payload, ...credentials(ctx) }),
        `the payload violates the schema at ${invalid.pointer || '/'} (${invalid.reason}); validate before acting on it`,
      ),
    );
}
