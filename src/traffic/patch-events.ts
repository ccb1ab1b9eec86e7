/** `drift --patch` for unknown events: a message and an operation each, as the spec writes its own. */
import { isMap, type YAMLMap } from 'yaml';
import type { Contract, EventKind } from '../model/model.js';
import { pascalCase } from '../model/naming.js';
import { parsePointer, toPointer } from '../model/pointer.js';
import { inferSchema } from './patch-schema.js';
import { resolve, where } from './patch-yaml.js';
import { nodeOf, provenance, type Ctx, type Of } from './patch-context.js';

/** `before` for names that say so, else `after` (a guess the note asks to check). */
function guessKind(event: string): EventKind {
  return /before|prev/i.test(event) ? 'before' : 'after';
}

/** A name not yet used under `map` (`groupCallbackAfterX`, `groupCallbackAfterX2`, …). */
function freeKey(map: unknown, base: string): string {
  if (!isMap(map)) return base;
  let key = base;
  for (let n = 2; map.has(key); n++) key = `${base}${n}`;
  return key;
}

/**
 * An unknown event as a new message and operation, modelled on an operation of the guessed kind (its channel,
 * bindings and reply), with `x-chathooks-confidence: observed` and the recordings as examples.
 */
export function newEvent(ctx: Ctx, f: Of<'unknown-event'>): void {
  const kind = guessKind(f.event);
  const sibling = ctx.contract.events.find((e) => e.kind === kind) ?? ctx.contract.events[0];
  const siblingOp =
    sibling &&
    resolve(ctx.doc, {
      node: ctx.doc.getIn(['operations', sibling.operationId], true),
      path: ['operations', sibling.operationId],
    });
  const channelRef = siblingOp?.node.getIn(['channel', '$ref']);
  if (!siblingOp || typeof channelRef !== 'string')
    return void ctx.skipped.push(`event ${f.event}: no operation of the spec to model it on`);
  const channelPath = parsePointer(channelRef);
  const base = pascalCase(f.event).replace(/^./, (c) => c.toLowerCase());
  const componentsMessages = ctx.doc.getIn(['components', 'messages'], true);
  const channelMessages = ctx.doc.getIn([...channelPath, 'messages'], true);
  const id = freeKey(ctx.doc.get('operations', true), freeKey(componentsMessages, freeKey(channelMessages, base)));
  const message = {
    name: f.event,
    title: `${f.event} (observed)`,
    summary: 'Seen in recorded deliveries; not in the documentation this spec was written from.',
    payload: payloadOf(ctx, f),
    'x-chathooks-kind': kind,
    'x-chathooks-source': `recorded deliveries: ${f.firstSeen.file ?? `recording ${f.firstSeen.id}`}`,
    'x-chathooks-confidence': 'observed',
    'x-chathooks-notes': `${provenance(ctx, f)} Kind guessed from the name (${kind}); check it against the platform's docs.`,
    ...invalidExamples(ctx, f),
    examples: f.examples.map((payload, i) => ({
      name: i === 0 ? 'observed' : `observed-${i + 1}`,
      summary: i === 0 ? `As recorded at ${f.firstSeen.receivedAt}.` : 'Another recorded delivery.',
      payload,
    })),
  };
  // Where the spec keeps its messages: in components (referenced from the channel) or inline in the channel.
  let messagePath: string[];
  if (isMap(componentsMessages)) {
    componentsMessages.set(id, ctx.doc.createNode(message));
    if (isMap(channelMessages)) channelMessages.set(id, ctx.doc.createNode({ $ref: `#/components/messages/${id}` }));
    messagePath = ['components', 'messages', id];
  } else if (isMap(channelMessages)) {
    channelMessages.set(id, ctx.doc.createNode(message));
    messagePath = [...channelPath, 'messages', id];
  } else return void ctx.skipped.push(`event ${f.event}: the channel ${channelRef} has no messages map`);
  const operation: Record<string, unknown> = {
    action: 'send',
    channel: { $ref: channelRef },
    messages: [{ $ref: `${channelRef}/messages/${id}` }],
  };
  for (const key of ['bindings', 'reply'])
    if (siblingOp.node.has(key)) operation[key] = (nodeOf(siblingOp.node, key) as YAMLMap).toJSON();
  (ctx.doc.get('operations', true) as unknown as YAMLMap).set(id, ctx.doc.createNode(operation));
  ctx.added.set(f.event, {
    message: { node: ctx.doc.getIn(messagePath, true) as unknown as YAMLMap, path: messagePath },
    operationId: id,
  });
  ctx.changes.push(
    `event ${f.event}: new ${kind} message ${where(messagePath)} and operation ${where(['operations', id])} (confidence observed, ${f.examples.length} example${f.examples.length === 1 ? '' : 's'})`,
  );
}

/** The field of the payload that repeats the event name (a body discriminator, or Tencent's `bodyField`). */
function nameField(contract: Contract): string | undefined {
  const d = contract.discriminator;
  return d?.in === 'body' ? d.name : d?.bodyField;
}

/** An invalid example for a new event (its name field changed), so that lint sees its validator reject one. */
function invalidExamples(ctx: Ctx, f: Of<'unknown-event'>): Record<string, unknown> {
  const field = nameField(ctx.contract);
  const example = f.examples[0];
  if (!field || example === null || typeof example !== 'object' || !Object.hasOwn(example, field)) return {};
  return {
    'x-chathooks-invalid-examples': [
      {
        name: 'wrong-event-name',
        reason: `\`${field}\` must be exactly \`${f.event}\`.`,
        pointer: toPointer([field]),
        keyword: 'const',
        payload: { ...example, [field]: `${f.event}.Other` },
      },
    ],
  };
}

/** The payload schema of a new event: inferred from its examples, its discriminator field a `const`. */
function payloadOf(ctx: Ctx, f: Of<'unknown-event'>): Record<string, unknown> {
  const schema = inferSchema(f.examples);
  const field = nameField(ctx.contract);
  const props = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (field && props?.[field]) {
    props[field] = { type: 'string', const: f.event };
    schema['required'] = [field];
  }
  return schema;
}
