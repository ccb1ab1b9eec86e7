/**
 * The consumer contract's planners, one per case group of `CASE_GROUPS` (the compiler asks for each): each
 * event's groups are planned event by event, then the contract-wide groups once.
 */
import type { EventContract } from '../../model/model.js';
import { CASE_GROUPS, type CaseGroup } from '../groups.js';
import type { PlanContext, PlannedCase } from './context.js';
import { planBatches } from './batches.js';
import { planEvents } from './events.js';
import { planExamples } from './examples.js';
import { planPayloads } from './payloads.js';
import { planRetries } from './retries.js';
import { planSecurity } from './security.js';
import { planVariants } from './variants.js';

type Planner<G extends CaseGroup> = G['scope'] extends 'each event'
  ? (ctx: PlanContext, event: EventContract) => PlannedCase[]
  : (ctx: PlanContext) => PlannedCase[];

const PLANNERS: { [G in CaseGroup as G['name']]: Planner<G> } = {
  examples: planExamples,
  variants: planVariants,
  retries: planRetries,
  batches: planBatches,
  security: planSecurity,
  payloads: planPayloads,
  events: planEvents,
};

/** Is the group switched on (`variants: false` and `negative: false` leave groups out)? */
function enabled(ctx: PlanContext, group: CaseGroup): boolean {
  return !('option' in group) || ctx[group.option];
}

/** Every case of every enabled group, in plan order. */
export function planGroups(ctx: PlanContext): PlannedCase[] {
  const groups = CASE_GROUPS.filter((g) => enabled(ctx, g));
  const perEvent = groups.flatMap((g) => (g.scope === 'each event' ? [PLANNERS[g.name]] : []));
  const once = groups.flatMap((g) => (g.scope === 'once' ? [PLANNERS[g.name]] : []));
  return [
    ...ctx.events.flatMap((event) => perEvent.flatMap((plan) => plan(ctx, event))),
    ...once.flatMap((plan) => plan(ctx)),
  ];
}
