/**
 * The OpenAPI 3.1 bridge: `webhooks` (one per event) for openapi-typescript and readers, and one receiver
 * `paths` entry (request and reply examples, query and header parameters) that Prism can serve.
 */
import type { Contract, EventContract, JsonSchema } from '../model/model.js';
import { banner } from './banner.js';
import { collectDefs, mapRefs, split } from './defs.js';
import { walkSchema } from '../model/schema.js';
import { isObject, type JsonObject } from '../model/json.js';
import { withSignature } from './signature-parameters.js';
import { batchComponent, batchRequestExamples } from './batch.js';

/** Schema names in `components.schemas` for each event's payload and reply (and a batch's envelope and body). */
export interface BridgeNames {
  payload: Map<string, string>;
  reply: Map<string, string>;
  /** A batch contract: the envelope schema as the spec names it, and the whole body with its items typed. */
  batch?: { envelope: string; body: string };
}

/**
 * Give each untyped alternative of a typed schema its parent's type. `{ type: integer, anyOf: [{ const: 0 },
 * { minimum: 120001, maximum: 130000 }] }` means the same either way, but openapi-typescript reads the untyped
 * range as `unknown`, and `number | 0 | unknown` is `unknown`: Tencent's `ErrorCode: '1'` compiled.
 */
function typeBranches(node: JsonObject): void {
  const type = node['type'];
  if (type === undefined) return;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alternatives = node[key];
    if (!Array.isArray(alternatives)) continue;
    node[key] = alternatives.map((alt) =>
      isObject(alt) && alt['type'] === undefined && alt['$ref'] === undefined ? { type, ...alt } : alt,
    );
  }
}

/**
 * Rewrite refs into `components.schemas`, and turn "these properties, and one of these alternatives"
 * (`properties` beside `anyOf`/`oneOf`) into `allOf: [properties, { anyOf }]`: JSON Schema means an
 * intersection, but openapi-typescript would emit a union in which an alternative alone satisfies the type.
 */
const toComponents = (schema: unknown): unknown => {
  const out = mapRefs(schema, (name, rest) => `#/components/schemas/${name}${rest}`);
  walkSchema(out, (node) => {
    typeBranches(node);
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(node[key]) || !isObject(node['properties'])) continue;
      const alternatives = node[key];
      delete node[key];
      const base = { ...node };
      for (const k of Object.keys(node)) delete node[k];
      Object.assign(node, { allOf: [base, { [key]: alternatives }] });
    }
  });
  return out;
};

/** Decide the component name of each event's payload and reply, adding schemas for inline ones. */
export function bridgeSchemas(contract: Contract): { schemas: Record<string, unknown>; names: BridgeNames } {
  const schemas: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(collectDefs(contract))) schemas[name] = toComponents(def);
  const names: BridgeNames = { payload: new Map(), reply: new Map() };
  const place = (schema: JsonSchema, wanted: string): string => {
    const { root, refName } = split(schema);
    if (refName !== undefined && !refName.includes('/')) return refName;
    let name = wanted;
    for (let i = 2; name in schemas && JSON.stringify(schemas[name]) !== JSON.stringify(toComponents(root)); i++)
      name = `${wanted}${i}`;
    schemas[name] = toComponents(root);
    return name;
  };
  for (const event of contract.events) {
    names.payload.set(event.name, place(event.payload, event.typeName));
    if (event.reply) names.reply.set(event.name, place(event.reply.schema, `${event.typeName}Reply`));
  }
  if (contract.batch) {
    const envelope = place(contract.batch.envelope, 'BatchEnvelope');
    const payloads = [...new Set(contract.events.map((e) => names.payload.get(e.name)!))];
    const body = batchComponent(contract.batch, envelope, payloads);
    let name = 'Batch';
    for (let i = 2; name in schemas; i++) name = `Batch${i}`;
    schemas[name] = body;
    names.batch = { envelope, body: name };
  }
  return { schemas, names };
}

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

/** OpenAPI parameters from an object schema of query parameters or headers. */
function parameters(schema: JsonSchema | undefined, where: 'query' | 'header'): JsonObject[] {
  if (!isObject(schema)) return [];
  const { root } = split(schema);
  const resolved =
    isObject(root) && typeof root['$ref'] === 'string' && isObject(schema['$defs'])
      ? (schema['$defs'] as JsonObject)[root['$ref'].slice('#/$defs/'.length)]
      : root;
  if (!isObject(resolved) || !isObject(resolved['properties'])) return [];
  const required = new Set(Array.isArray(resolved['required']) ? (resolved['required'] as string[]) : []);
  return Object.entries(resolved['properties'])
    .filter(
      ([name]) => !(where === 'header' && ['content-type', 'accept', 'authorization'].includes(name.toLowerCase())),
    )
    .map(([name, prop]) => {
      const p: JsonObject = { name, in: where, required: required.has(name), schema: toComponents(prop) };
      if (isObject(prop) && typeof prop['description'] === 'string') p['description'] = prop['description'];
      return p;
    });
}

function examplesOf(event: EventContract): JsonObject {
  return Object.fromEntries(
    event.examples.map((e) => [e.name, e.summary ? { summary: e.summary, value: e.payload } : { value: e.payload }]),
  );
}

function replyExamplesOf(event: EventContract): JsonObject {
  return Object.fromEntries(
    (event.reply?.examples ?? []).map((e) => [
      e.name,
      e.summary ? { summary: e.summary, value: e.payload } : { value: e.payload },
    ]),
  );
}

/**
 * The key of an event's reply example on the bridge's receiver endpoint, unique across events; Prism serves it
 * for `Prefer: example=<key>`.
 *
 * @example
 * replyExampleKey('Group.CallbackBeforeSendMsg', 'block'); // 'Group.CallbackBeforeSendMsg/block'
 */
export function replyExampleKey(event: string, example: string): string {
  return `${event}/${example}`;
}

/** Build the OpenAPI 3.1 document of a contract. */
export function buildOpenApi(contract: Contract): { document: JsonObject; names: BridgeNames } {
  const { schemas, names } = bridgeSchemas(contract);
  const ct = contract.transport.contentType;
  const method = contract.transport.method.toLowerCase();
  const webhooks: JsonObject = {};
  for (const event of contract.events) {
    const op: JsonObject = { operationId: event.operationId };
    if (event.summary ?? event.title) op['summary'] = event.summary ?? event.title;
    if (event.description) op['description'] = event.description;
    if (event.tags.length) op['tags'] = event.tags;
    const params = withSignature(
      [...parameters(event.query, 'query'), ...parameters(event.headers, 'header')],
      contract.signature,
    );
    if (params.length) op['parameters'] = params;
    op['requestBody'] = {
      required: true,
      content: { [ct]: { schema: ref(names.payload.get(event.name)!), examples: examplesOf(event) } },
    };
    op['responses'] = event.reply
      ? {
          [String(event.reply.status)]: {
            description: `The answer ${contract.title} expects.`,
            content: {
              'application/json': { schema: ref(names.reply.get(event.name)!), examples: replyExamplesOf(event) },
            },
          },
        }
      : { '200': { description: 'Acknowledged.' } };
    // A batched event arrives as one item of the envelope's array: say where, so readers of the bridge know.
    if (contract.batch && names.batch)
      op['x-chathooks-batch'] = { items: contract.batch.items, envelope: ref(names.batch.envelope) };
    op['x-chathooks-kind'] = event.kind;
    op['x-chathooks-confidence'] = event.confidence;
    if (event.source) op['x-chathooks-source'] = event.source;
    webhooks[event.name] = { [method]: op };
  }

  // The receiver endpoint, as a mock consumer serves it: any event in, the matching reply examples out. Every
  // example is keyed `<event>/<example>`: names repeat across events (Tencent's `block`), and Prism's
  // `Prefer: example=` must pick the event's own reply (see replyExampleKey).
  let requestExamples: JsonObject = {};
  const statuses = new Map<number, { schemas: Set<string>; examples: JsonObject }>();
  for (const event of contract.events) {
    for (const e of event.examples)
      requestExamples[`${event.name}/${e.name}`] = e.summary
        ? { summary: e.summary, value: e.payload }
        : { value: e.payload };
    if (!event.reply) continue;
    const entry = statuses.get(event.reply.status) ?? { schemas: new Set<string>(), examples: {} };
    entry.schemas.add(names.reply.get(event.name)!);
    for (const e of event.reply.examples)
      entry.examples[replyExampleKey(event.name, e.name)] = e.summary
        ? { summary: e.summary, value: e.payload }
        : { value: e.payload };
    statuses.set(event.reply.status, entry);
  }
  const oneOrAny = (list: string[]): JsonObject => (list.length === 1 ? ref(list[0]!) : { anyOf: list.map(ref) });
  // A batch contract's endpoint receives envelopes: each event's example wrapped as a delivery of one.
  if (contract.batch) requestExamples = batchRequestExamples(contract);
  const payloadNames = [...new Set(contract.events.map((e) => names.payload.get(e.name)!))];
  const first = contract.events[0];
  const receiverParams = withSignature(
    first ? [...parameters(first.query, 'query'), ...parameters(first.headers, 'header')] : [],
    contract.signature,
  );
  const responses: JsonObject = {};
  for (const [status, { schemas: set, examples }] of [...statuses].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] = {
      description: `The answer ${contract.title} expects.`,
      content: { 'application/json': { schema: oneOrAny([...set]), examples } },
    };
  }
  if (Object.keys(responses).length === 0) responses['200'] = { description: 'Acknowledged.' };
  responses['400'] = {
    description: 'The request is not a valid webhook of this contract.',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { error: { type: 'string' } } },
        examples: { invalid: { value: { error: 'invalid payload' } } },
      },
    },
  };

  const document: JsonObject = {
    openapi: '3.1.0',
    info: {
      title: contract.title,
      version: contract.version,
      description: `${contract.description.trim()}\n\n(${banner(contract.source)})`.trim(),
    },
    servers: [{ url: 'http://localhost:4010', description: 'A mock consumer (Prism or `chathooks mock`).' }],
    paths: {
      [contract.transport.path]: {
        [method]: {
          operationId: 'receiveWebhook',
          summary: `Receive a ${contract.title} webhook`,
          description: 'The receiver endpoint of this contract: every event is posted here.',
          ...(receiverParams.length ? { parameters: receiverParams } : {}),
          requestBody: {
            required: true,
            content: {
              [ct]: {
                schema: names.batch ? ref(names.batch.body) : oneOrAny(payloadNames),
                examples: requestExamples,
              },
            },
          },
          responses,
        },
      },
    },
    webhooks,
    components: { schemas },
  };
  return { document, names };
}
