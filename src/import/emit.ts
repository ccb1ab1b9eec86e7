/**
 * The imported events → an AsyncAPI 3.0.0 document written to the chathooks conventions (the shape of the
 * bundled specs): one message and one `send` operation per event on the `webhook` channel, one reply, the
 * chathooks extensions, shared schemas under components. Key order is fixed by construction, so the same
 * input gives the same bytes.
 */
import { createAjv, toIssues } from '../model/ajv.js';
import { isObject, type JsonObject } from '../model/json.js';
import { escapeToken } from '../model/pointer.js';
import { UNDECIDED } from '../model/undecided.js';
import { kindOf, type Decisions } from './decisions.js';
import type { ImportedEvent, ImportedSpec } from './events.js';
import type { SchemaConverter } from './schemas.js';
import type { SourceExample } from './shape.js';
import { synthesise, synthesiseValue } from './synthesise.js';

const SYNTHESISED_SUMMARY =
  'Synthesised by chathooks import from the schema (the source has no example); replace it with a real delivery.';

export interface Emitted {
  document: JsonObject;
  /** Whether any example was synthesised. */
  synthesised: boolean;
  /** What is left for a person, in the order lint lists them. */
  undecided: string[];
  /** Synthesised examples the schema rejects (a schema too intricate to fill): named, to fix by hand. */
  warnings: string[];
}

const ref = (pointer: string) => ({ $ref: `#${pointer}` });

interface Example {
  name: string;
  summary?: string;
  payload: unknown;
}

interface Invalid {
  name: string;
  reason: string;
  pointer: string;
  keyword: string;
  payload: unknown;
}

/** Checks payloads against the converted schemas, as lint will; the shared schemas compile once. */
class Checker {
  private readonly ajv = createAjv();
  private readonly id = 'https://chathooks.local/import/spec.json';
  constructor(document: JsonObject) {
    // The document holds more than schemas and lint judges the schemas themselves: compile leniently here.
    Object.assign(this.ajv.opts, {
      strictSchema: false,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
    });
    this.ajv.addSchema(document, this.id);
  }

  /** Problems of `payload`; none when the schema does not compile (lint reports the schema itself). */
  issues(schemaName: string, payload: unknown) {
    let validate: ReturnType<typeof this.ajv.getSchema>;
    try {
      validate = this.ajv.getSchema(`${this.id}#/components/schemas/${escapeToken(schemaName)}`);
    } catch {
      return [];
    }
    if (!validate) return [];
    return validate(payload) ? [] : toIssues(validate.errors);
  }
}

function exampleList(examples: readonly SourceExample[]): Example[] {
  return examples.map((e) =>
    e.summary !== undefined
      ? { name: e.name, summary: e.summary, payload: e.payload }
      : { name: e.name, payload: e.payload },
  );
}

/** One payload the event never has: its discriminator broken, else a required field left out. */
function invalidExample(
  spec: ImportedSpec,
  event: ImportedEvent,
  valid: unknown,
  schemas: SchemaConverter['output'],
): Invalid {
  const property = spec.discriminator?.name;
  if (property !== undefined && isObject(valid)) {
    return {
      name: `wrong-${property}`,
      reason: `\`${property}\` must be exactly \`${event.name}\` for this event.`,
      pointer: `/${escapeToken(property)}`,
      keyword: 'const',
      payload: { ...structuredClone(valid), [property]: `not-${event.name}` },
    };
  }
  const schema = schemas.get(event.schemaName);
  const required = schema && Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const missing = required.find((r) => isObject(valid) && r in valid);
  if (missing !== undefined && isObject(valid)) {
    const { [missing]: _dropped, ...rest } = structuredClone(valid);
    return {
      name: `missing-${missing}`,
      reason: `\`${missing}\` is required.`,
      pointer: `/${escapeToken(missing)}`,
      keyword: 'required',
      payload: rest,
    };
  }
  return { name: 'not-an-object', reason: 'The payload is a JSON object.', pointer: '', keyword: 'type', payload: [] };
}

/**
 * `the kind of a`, `the kind of b`, … → `the kind of 19 events` when there are many.
 *
 * @example
 * summariseUndecided(['the signature scheme', 'the kind of a']); // 'the signature scheme, the kind of a'
 */
export function summariseUndecided(undecided: readonly string[]): string {
  const kinds = undecided.filter((u) => u.startsWith('the kind of '));
  const rest = undecided.filter((u) => !u.startsWith('the kind of '));
  if (kinds.length > 3) rest.push(`the kind of ${kinds.length} events`);
  else rest.push(...kinds);
  return rest.join(', ');
}

/**
 * The comment above the spec: where it came from, and what is left to do.
 *
 * @example
 * headerComment(spec, 'webhook.yml', ['the signature scheme'], true); // ' Imported by `chathooks import` from webhook.yml (…).\n …'
 */
export function headerComment(spec: ImportedSpec, file: string, undecided: string[], synthesised: boolean): string {
  const lines = [` Imported by \`chathooks import\` from ${file} (${spec.shape.describedAs}).`];
  if (synthesised)
    lines.push(
      ' Examples named synthesised… were made from the schemas (the source has none): replace them with real deliveries.',
    );
  if (undecided.length)
    lines.push(` Left to decide (\`chathooks lint\` lists each): ${summariseUndecided(undecided)}.`);
  return lines.join('\n');
}

export interface EmitOptions {
  id: string;
  /** The input file as shown (the source of events with no documentation URL). */
  file: string;
  decisions: Decisions;
}

/**
 * Build the AsyncAPI 3.0.0 document of an import.
 *
 * @example
 * const { document, undecided } = emitDocument(spec, converter, { id: 'line', file: 'webhook.yml', decisions });
 */
export function emitDocument(spec: ImportedSpec, conv: SchemaConverter, options: EmitOptions): Emitted {
  const { decisions } = options;
  const undecided: string[] = [];
  const warnings: string[] = [...spec.warnings];
  let synthesised = false;
  const schemas = conv.output;
  // Reply: the source's, or an acknowledgement of any body.
  let replySchema = spec.reply?.schemaName;
  if (replySchema === undefined) {
    replySchema = 'Ack';
    for (let i = 2; schemas.has(replySchema) || conv.sourceSchema(replySchema) !== undefined; i++)
      replySchema = `Ack${i}`;
    schemas.set(replySchema, {
      description:
        'The source describes no response body: any 2xx answer acknowledges the delivery, its body is ignored.',
    });
  }
  // Components in the order the source lists them (then the ones the import named), whatever order they were needed in.
  const order = conv.sourceOrder();
  const names = [...schemas.keys()].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size));
  const componentsSchemas: JsonObject = {};
  for (const name of names) componentsSchemas[name] = schemas.get(name) ?? {};
  const document: JsonObject = { components: { schemas: componentsSchemas } };
  const checker = new Checker(document);

  const replyKey = spec.events.some((e) => e.key === 'ack') ? 'ackReply' : 'ack';
  const messages: JsonObject = {};
  const replyExamples = spec.reply?.examples.length
    ? exampleList(spec.reply.examples)
    : [
        {
          name: 'synthesised',
          summary: SYNTHESISED_SUMMARY,
          payload: synthesiseValue(schemas, ref(`/components/schemas/${escapeToken(replySchema)}`)),
        },
      ];
  const replyMessage: JsonObject = { name: replyKey, title: 'Acknowledge' };
  if (spec.reply?.description !== undefined) replyMessage['summary'] = spec.reply.description;
  replyMessage['payload'] = ref(`/components/schemas/${escapeToken(replySchema)}`);
  replyMessage['bindings'] = ref('/components/messageBindings/ok');
  replyMessage['examples'] = replyExamples;
  messages[replyKey] = replyMessage;

  for (const event of spec.events) {
    const message: JsonObject = { name: event.name };
    if (event.title !== undefined) message['title'] = event.title;
    if (event.summary !== undefined) message['summary'] = event.summary;
    if (event.description !== undefined) message['description'] = event.description;
    if (event.tags.length) message['tags'] = event.tags.map((name) => ({ name }));
    if (event.headersSchema !== undefined) message['headers'] = event.headersSchema;
    message['payload'] = ref(`/components/schemas/${escapeToken(event.schemaName)}`);
    const kind = kindOf(decisions.kinds, event.name);
    if (!kind) undecided.push(`the kind of ${event.name}`);
    message['x-chathooks-kind'] = kind ?? UNDECIDED;
    message['x-chathooks-source'] = event.source;
    message['x-chathooks-confidence'] = 'documented';
    // The source's examples of the delivery, else those of its payload schema, else synthesised ones.
    const own = event.examples.length ? exampleList(event.examples) : schemaExamples(schemas.get(event.schemaName));
    const examples: Example[] = own.length
      ? own
      : synthesise(schemas, event.schemaName).map((s) => ({
          name: s.name,
          summary: SYNTHESISED_SUMMARY,
          payload: s.payload,
        }));
    if (!own.length) synthesised = true;
    for (const example of examples) {
      const issues = checker.issues(event.schemaName, example.payload);
      if (issues.length && example.name.startsWith('synthesised'))
        warnings.push(
          `the synthesised example "${example.name}" of ${event.name} does not match its schema (${issues[0]!.pointer || '/'} ${issues[0]!.message}); edit it`,
        );
    }
    message['examples'] = examples;
    message['x-chathooks-invalid-examples'] = [invalidExample(spec, event, examples[0]?.payload, schemas)];
    messages[event.key] = message;
  }

  const root: JsonObject = { asyncapi: '3.0.0' };
  const info: JsonObject = { title: spec.shape.info.title, version: spec.shape.info.version };
  if (spec.shape.info.description !== undefined) info['description'] = spec.shape.info.description;
  if (spec.shape.docs !== undefined) info['externalDocs'] = { url: spec.shape.docs };
  root['info'] = info;
  root['x-chathooks-id'] = options.id;
  root['defaultContentType'] = 'application/json';
  if (spec.discriminator) root['x-chathooks-discriminator'] = spec.discriminator;
  root['x-chathooks-event-set'] = 'closed';
  if (spec.batch) {
    const envelope = ref(`/components/schemas/${escapeToken(spec.batch.envelopeName)}`);
    const items = spec.batch.items.slice(1);
    // The source's envelope example as it is; else one synthesised, with no events where the platform sends
    // such (its endpoint check), else with the first event's first example.
    const given = spec.batch.examples[0]?.payload;
    const first = (messages[spec.events[0]?.key ?? ''] as { examples?: Example[] } | undefined)?.examples?.[0];
    const example =
      given !== undefined
        ? structuredClone(given)
        : withItems(
            synthesiseValue(schemas, envelope),
            items,
            spec.batch.empty === 'verification' || !first ? [] : [structuredClone(first.payload)],
          );
    root['x-chathooks-batch'] = { items: spec.batch.items, envelope, empty: spec.batch.empty, example };
  }
  if (!decisions.signature) undecided.push('the signature scheme');
  root['x-chathooks-signature'] = decisions.signature ?? { scheme: UNDECIDED };
  if (!decisions.delivery) undecided.push('the delivery policy');
  root['x-chathooks-delivery'] = decisions.delivery ?? UNDECIDED;
  root['servers'] = {
    receiver: {
      host: 'localhost:4010',
      protocol: 'http',
      description: 'Your webhook endpoint. Tests point this at a chathooks receiver or mock consumer.',
    },
  };
  const channelMessages: JsonObject = {};
  for (const e of spec.events) channelMessages[e.key] = ref(`/components/messages/${e.key}`);
  root['channels'] = {
    webhook: {
      address: spec.shape.address,
      title: 'Your webhook endpoint',
      servers: [ref('/servers/receiver')],
      messages: channelMessages,
    },
    webhookReply: {
      address: null,
      title: "Your endpoint's answer",
      messages: { [replyKey]: ref(`/components/messages/${replyKey}`) },
    },
  };
  const operations: JsonObject = {};
  for (const e of spec.events) {
    operations[e.key] = {
      action: 'send',
      channel: ref('/channels/webhook'),
      messages: [ref(`/channels/webhook/messages/${e.key}`)],
      bindings: ref('/components/operationBindings/post'),
      reply: ref('/components/replies/ack'),
    };
  }
  root['operations'] = operations;
  root['components'] = {
    operationBindings: { post: { http: { method: spec.shape.method, bindingVersion: '0.3.0' } } },
    replies: {
      ack: { channel: ref('/channels/webhookReply'), messages: [ref(`/channels/webhookReply/messages/${replyKey}`)] },
    },
    messageBindings: { ok: { http: { statusCode: spec.reply?.status ?? 200, bindingVersion: '0.3.0' } } },
    schemas: componentsSchemas,
    messages,
  };
  return { document: root, undecided, warnings, synthesised };
}

/** The `examples` of a payload schema (OpenAPI's schema `example` became one) as named message examples. */
function schemaExamples(schema: JsonObject | null | undefined): Example[] {
  const list = schema && Array.isArray(schema['examples']) ? schema['examples'] : [];
  return list.map((payload, i) => ({ name: `schema-example-${i + 1}`, payload: structuredClone(payload) }));
}

function withItems(value: unknown, items: string, list: unknown[]): unknown {
  return isObject(value) ? { ...value, [items]: list } : { [items]: list };
}
