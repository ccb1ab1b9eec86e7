/**
 * `variants`: an event's first example as platforms really send it — other bytes for the same JSON, only the
 * required fields, an undocumented field; each must be acknowledged. A variant equal to the example, or one the
 * schema refuses, is left out.
 */
import type { EventContract } from '../../model/model.js';
import { platformBytes, requiredOnly, UNKNOWN_FIELD, withUnknownField } from '../variants.js';
import { deliveryCase } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

export function planVariants(ctx: PlanContext, event: EventContract): PlannedCase[] {
  const first = event.examples[0];
  if (!first) return [];
  const validate = ctx.source.validators[event.name];
  const valid = (p: unknown): boolean => p !== undefined && (!validate || validate(p));
  const named = (what: string): string => `${event.name} / ${first.name} · ${what}`;
  const cases: PlannedCase[] = [];
  const bytes = platformBytes(first.payload);
  if (bytes !== JSON.stringify(first.payload)) {
    const hint =
      'the same JSON with \\/ and \\u escapes, as the platform serialises it: verify the signature on the raw bytes and parse them, never re-serialised JSON';
    cases.push(deliveryCase(ctx, named('escaped bytes'), 'variants', event, { rawBody: bytes }, hint));
  }
  const minimal = requiredOnly(first.payload, event.payload);
  if (JSON.stringify(minimal) !== JSON.stringify(first.payload) && valid(minimal)) {
    const hint = 'deliveries from older clients lack the optional fields; read them tolerantly';
    cases.push(deliveryCase(ctx, named('required fields only'), 'variants', event, { payload: minimal }, hint));
  }
  const extra = withUnknownField(first.payload);
  if (valid(extra)) {
    const hint = `platforms add fields without notice (${UNKNOWN_FIELD} here); ignore what you do not know`;
    cases.push(deliveryCase(ctx, named('undocumented field'), 'variants', event, { payload: extra }, hint));
  }
  return cases;
}
