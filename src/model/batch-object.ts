/**
 * `x-chathooks-batch`: a delivery that carries an array of events (LINE's `{ destination, events: [...] }`).
 * Reads it into `Contract.batch` and checks that it can work: the items pointer names an array property of the
 * envelope schema, the envelope example fits, each event's example fits the envelope, and the discriminator and
 * idempotency key can be read inside each item.
 */
import { DEFAULT_BATCH_EMPTY, wrapBatch } from './batch.js';
import { compile, findProperty, resolveProp, type Ctx } from './build-contract.js';
import { toIssues } from './ajv.js';
import { isObject, type JsonObject } from './json.js';
import type { BatchContract, EventContract, JsonSchema } from './model.js';
import { escapeToken, parsePointer } from './pointer.js';
import { resolveRef } from './refs.js';
import { bundleSchema } from './schema.js';

const AT = '/x-chathooks-batch';
/** The readable type names `types.ts` adds for a batch contract; an event type of the same name would clash. */
export const BATCH_TYPE_NAMES = ['Batch', 'BatchEnvelope', 'BatchItem'] as const;

/** The schema of the property at `tokens` inside a bundled object schema (through `$ref`s and `allOf`). */
function propertyAt(
  root: JsonSchema,
  tokens: readonly string[],
): { schema: JsonObject; required: boolean; missing?: string } {
  const defs = isObject(root) ? root['$defs'] : undefined;
  let node: JsonSchema = root;
  let found: { schema: JsonObject; required: boolean } = { schema: {}, required: true };
  for (const token of tokens) {
    const hit = findProperty(node, token);
    if (!hit) return { ...found, missing: token };
    found = { schema: resolveProp(root, hit.schema), required: found.required && hit.required };
    node = defs === undefined ? found.schema : { ...found.schema, $defs: defs };
  }
  return found;
}

const isArraySchema = (schema: JsonObject): boolean =>
  schema['type'] === 'array' || (Array.isArray(schema['type']) && schema['type'].includes('array'));

/** The items pointer's tokens, or an error at it (its shape was checked by the extension schema). */
function itemTokens(ctx: Ctx, items: string): string[] | undefined {
  try {
    const tokens = parsePointer(items);
    if (tokens.some((t) => /^(0|[1-9][0-9]*|-)$/.test(t))) throw new Error('an array index');
    return tokens;
  } catch {
    ctx.reporter.error(
      'batch-items-pointer',
      `${AT}/items`,
      `x-chathooks-batch/items "${items}" is not a JSON pointer to an object property (e.g. /events); escape "/" as ~1 and "~" as ~0, and name no array index.`,
    );
    return undefined;
  }
}

/** Does the items pointer name an array property of the envelope? Reports where it does not. */
function checkItemsInEnvelope(ctx: Ctx, envelope: JsonSchema, tokens: string[], items: string, where: string): void {
  const found = propertyAt(envelope, tokens);
  if (found.missing !== undefined) {
    ctx.reporter.error(
      'batch-items-undeclared',
      `${AT}/items`,
      `x-chathooks-batch/items "${items}" names no property of the envelope schema (#${where}): "${found.missing}" is not declared. Point at the array of events, e.g. /events.`,
    );
    return;
  }
  if (!isArraySchema(found.schema)) {
    ctx.reporter.error(
      'batch-items-not-array',
      `${AT}/items`,
      `x-chathooks-batch/items "${items}" names a property of the envelope (#${where}) that is ${found.schema['type'] === undefined ? 'not declared as an array' : `of type ${JSON.stringify(found.schema['type'])}`}; the events of a batch are an array (\`type: array\`).`,
    );
  } else if (!found.required) {
    ctx.reporter.warn(
      'batch-items-optional',
      `${AT}/items`,
      `The envelope (#${where}) does not list "${tokens.at(-1)}" in \`required\`; a batch always carries its array of events (an empty one at least).`,
    );
  }
}

/** An example envelope (and every event's example wrapped in it) must satisfy the envelope schema. */
function checkExamples(
  ctx: Ctx,
  batch: BatchContract,
  validate: ((data: unknown) => boolean) & { errors?: unknown },
  events: EventContract[],
): void {
  const issuesOf = () => toIssues((validate as unknown as { errors: Parameters<typeof toIssues>[0] }).errors);
  if (batch.example !== undefined) {
    if (!validate(batch.example)) {
      for (const issue of issuesOf())
        ctx.reporter.error(
          'batch-example-invalid',
          `${AT}/example${issue.pointer}`,
          `The batch example does not match the envelope schema: ${issue.pointer || '/'} ${issue.message} (${issue.keyword}). Fix the example or the schema.`,
        );
      return;
    }
  } else if (!validate(wrapBatch({ batch }, []))) {
    const first = issuesOf()[0];
    ctx.reporter.error(
      'batch-example-missing',
      AT,
      `x-chathooks-batch has no \`example\`, and an envelope holding only the events is not valid (${first ? `${first.pointer || '/'} ${first.message}` : 'rejected'}); give an envelope example (e.g. \`{ destination: …, ${batch.items.slice(1)}: [] }\`) for deliveries to be wrapped in.`,
    );
    return;
  }
  for (const event of events) {
    for (const example of event.examples) {
      if (validate(wrapBatch({ batch }, [example.payload]))) continue;
      const first = issuesOf()[0];
      ctx.reporter.error(
        'batch-event-example-envelope',
        `${AT}/envelope`,
        `Example "${example.name}" of "${event.name}", delivered in the batch envelope, does not match the envelope schema: ${first ? `${first.pointer || '/'} ${first.message} (${first.keyword})` : 'rejected'}. The envelope's item schema must accept every event.`,
      );
    }
  }
}

/** The discriminator and the idempotency key are read inside each item: they must be body fields. */
function checkPerItemReaders(ctx: Ctx, events: EventContract[]): void {
  const d = ctx.doc['x-chathooks-discriminator'];
  if (isObject(d) && d['in'] !== 'body') {
    ctx.reporter.error(
      'batch-discriminator',
      '/x-chathooks-discriminator/in',
      `A batch names each event inside its item, so x-chathooks-discriminator must be \`in: body\` (a field of each item, e.g. \`{ in: body, name: type }\`), not \`in: ${String(d['in'])}\`.`,
    );
  }
  const keys = ctx.doc['x-chathooks-idempotency-key'];
  if (!Array.isArray(keys)) return;
  keys.forEach((key, i) => {
    if (typeof key !== 'string') return;
    const at = `/x-chathooks-idempotency-key/${i}`;
    if (!key.startsWith('/')) {
      ctx.reporter.error(
        'batch-idempotency-key',
        at,
        `"${key}" is the same for every event of a batch, so it cannot tell the events apart; in a batch the idempotency key is a pointer inside each item (LINE: /webhookEventId).`,
      );
      return;
    }
    let tokens: string[];
    try {
      tokens = parsePointer(key);
    } catch {
      return; // the extension's pattern admits it; getAt reports nothing for it per request
    }
    const lacking = events.filter((e) => propertyAt(e.payload, tokens).missing !== undefined).map((e) => e.name);
    if (lacking.length)
      ctx.reporter.warn(
        'idempotency-key-undeclared',
        at,
        `The idempotency key "${key}" is read inside each item of a batch, but ${lacking.length === events.length ? 'no event declares it' : `${lacking.map((n) => `"${n}"`).join(', ')} do${lacking.length === 1 ? 'es' : ''} not declare it`}; those events are de-duplicated by their whole JSON instead.`,
      );
  });
}

/**
 * Read `x-chathooks-batch` (when present) into the model, checking it against the events already built.
 *
 * @example
 * const batch = buildBatch(ctx, events); // { items: '/events', envelope, empty: 'verification', example }
 */
export function buildBatch(ctx: Ctx, events: EventContract[]): BatchContract | undefined {
  const raw = ctx.doc['x-chathooks-batch'];
  if (!isObject(raw) || typeof raw['items'] !== 'string' || !isObject(raw['envelope'])) return undefined;
  const items = raw['items'];
  const envelopeAt = resolveRef(ctx.doc, raw['envelope'], `${AT}/envelope`)?.pointer ?? `${AT}/envelope`;
  const envelope = bundleSchema(ctx.doc, raw['envelope'] as JsonSchema);
  const empty = raw['empty'] === 'verification' || raw['empty'] === 'invalid' ? raw['empty'] : DEFAULT_BATCH_EMPTY;
  const batch: BatchContract = { items, envelope, empty };
  if ('example' in raw) batch.example = raw['example'];
  for (const event of events) {
    if ((BATCH_TYPE_NAMES as readonly string[]).includes(event.typeName))
      ctx.reporter.error(
        'batch-type-name',
        `/operations/${escapeToken(event.operationId)}`,
        `Event "${event.name}" would be typed ${event.typeName}, a name the batch types take (${BATCH_TYPE_NAMES.join(', ')}); rename its payload schema.`,
      );
  }
  checkPerItemReaders(ctx, events);
  const tokens = itemTokens(ctx, items);
  if (!tokens) return batch;
  checkItemsInEnvelope(ctx, envelope, tokens, items, envelopeAt);
  const validate = compile(ctx, envelope, envelopeAt, 'batch envelope');
  if (validate) checkExamples(ctx, batch, validate, events);
  return batch;
}
