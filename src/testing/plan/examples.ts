/** `examples`: every valid example of an event, as the platform sends it; each must be acknowledged. */
import type { EventContract } from '../../model/model.js';
import { deliveryCase } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

export function planExamples(ctx: PlanContext, event: EventContract): PlannedCase[] {
  return event.examples.map((example) =>
    deliveryCase(ctx, `${event.name} / ${example.name}`, 'examples', event, { payload: example.payload }),
  );
}
