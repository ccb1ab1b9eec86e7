/**
 * `batches` (batch contracts only, e.g. LINE): one delivery carrying every event, the same delivery redelivered,
 * the empty batch, and a batch with one invalid event. The receiver answers each batch once; a redelivery must be
 * acknowledged (its events were handled already: a receiver de-duplicating per event handles none of them again).
 */
import { isObject } from '../../model/json.js';
import type { EventContract } from '../../model/model.js';
import { checkCase, credentials, deliveryCase, frame } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

/** The first example of each selected event, in spec order: a batch of mixed events. */
function mixed(ctx: PlanContext): { event: EventContract; payload: unknown }[] {
  return ctx.events.flatMap((event) => (event.examples[0] ? [{ event, payload: event.examples[0].payload }] : []));
}

/**
 * An event as the platform redelivers it: flagged where the event says so (LINE's `deliveryContext.isRedelivery`),
 * if its schema allows; otherwise as it was. Its idempotency key is unchanged: that is what the receiver dedupes on.
 */
function redelivered(ctx: PlanContext, event: EventContract, payload: unknown): unknown {
  if (!isObject(payload)) return payload;
  const context = payload['deliveryContext'];
  if (!isObject(context) || typeof context['isRedelivery'] !== 'boolean') return payload;
  const flagged = { ...payload, deliveryContext: { ...context, isRedelivery: true } };
  const validate = ctx.source.validators[event.name];
  return !validate || validate(flagged) ? flagged : payload;
}

function mixedCases(ctx: PlanContext): PlannedCase[] {
  const items = mixed(ctx);
  const head = items[0];
  if (!head) return [];
  const names = items.map((i) => i.event.name).join(', ');
  const again = items.map((i) => redelivered(ctx, i.event, i.payload));
  return [
    deliveryCase(
      ctx,
      `batch: ${items.length} events (${names})`,
      'batches',
      head.event,
      { items: items.map((i) => i.payload) },
      'one delivery carries several events: dispatch each, in order, and answer once for the batch',
    ),
    deliveryCase(
      ctx,
      `batch: ${items.length} events, redelivered`,
      'batches',
      head.event,
      { items: again },
      'the platform redelivers a batch it thinks was lost: acknowledge it, handling each event once (de-duplicate per event, e.g. by webhookEventId)',
    ),
  ];
}

function emptyCase(ctx: PlanContext): PlannedCase[] {
  const batch = ctx.contract.batch!;
  const event = ctx.sample!.event;
  if (batch.empty === 'verification') {
    const hint = `${ctx.contract.title} sends an empty ${batch.items} array to check the endpoint: answer it with success, without calling any handler`;
    return [deliveryCase(ctx, 'batch: empty (endpoint check)', 'batches', event, { items: [] }, hint)];
  }
  if (!ctx.negative) return [];
  return [
    checkCase(
      ctx,
      'batch: empty',
      'empty-batch',
      event,
      (target) => frame(ctx, target, { event: event.name, items: [], ...credentials(ctx) }),
      `the spec says an empty ${batch.items} array is no delivery`,
    ),
  ];
}

/** The sample followed by the first invalid example whose event name is intact (index 1 of the batch). */
function invalidCase(ctx: PlanContext): PlannedCase[] {
  if (!ctx.negative) return [];
  const d = ctx.contract.discriminator;
  const named = `/${d?.name ?? ''}`;
  for (const event of ctx.events) {
    const invalid = event.invalidExamples.find((i) => !d || i.pointer !== named);
    if (!invalid) continue;
    const { example } = ctx.sample!;
    const at = `${ctx.contract.batch!.items}/1${invalid.pointer}`;
    return [
      checkCase(
        ctx,
        `batch: one invalid event (${event.name} / ${invalid.name})`,
        'invalid-in-batch',
        event,
        (target) =>
          frame(ctx, target, {
            event: ctx.sample!.event.name,
            items: [example.payload, invalid.payload],
            ...credentials(ctx),
          }),
        `event 1 of the batch violates its schema at ${at} (${invalid.reason}); refuse the batch (400 naming ${at}) or skip that event — never fail with a 5xx, which the platform redelivers`,
      ),
    ];
  }
  return [];
}

export function planBatches(ctx: PlanContext): PlannedCase[] {
  if (!ctx.contract.batch || !ctx.sample) return [];
  return [...mixedCases(ctx), ...emptyCase(ctx), ...invalidCase(ctx)];
}
