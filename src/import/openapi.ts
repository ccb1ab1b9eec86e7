/**
 * OpenAPI 3.0/3.1 → deliveries. Three shapes: 3.1 `webhooks`; `callbacks` on operations; or a receiver path
 * whose request body is a discriminated union (LINE's `/callback`), alone or as the items of an array in an
 * envelope (a batch).
 */
import { isObject, type JsonObject } from '../model/json.js';
import { escapeToken, getAt } from '../model/pointer.js';
import { resolveRef } from '../model/refs.js';
import { ImportError } from './errors.js';
import type { SchemaConverter } from './schemas.js';
import type { SourceExample, SourcePayload, SourceReply, SourceShape } from './shape.js';
import type { SourceDocument } from './source.js';

const METHODS = ['post', 'put', 'patch', 'get', 'delete'] as const;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface OpenApiOptions {
  /** The receiver path to read (`--path`), when the document has several candidates. */
  path?: string;
}

/** Follow local refs; the value and the pointer it really lives at. */
function follow(
  doc: SourceDocument,
  value: unknown,
  pointer: string,
): { value: JsonObject; pointer: string } | undefined {
  const r = resolveRef(doc.data, value, pointer);
  return r && isObject(r.value) ? { value: r.value, pointer: r.pointer } : undefined;
}

/** The JSON media type of a `content` map: application/json, else the first `+json`/`json` one, else the first. */
function jsonMedia(content: unknown, pointer: string): { media: JsonObject; pointer: string } | undefined {
  if (!isObject(content)) return undefined;
  const keys = Object.keys(content);
  const key =
    keys.find((k) => k.split(';')[0]!.trim() === 'application/json') ?? keys.find((k) => /json/i.test(k)) ?? keys[0];
  if (key === undefined || !isObject(content[key])) return undefined;
  return { media: content[key] as JsonObject, pointer: `${pointer}/${escapeToken(key)}` };
}

/** Examples of a media type object (`example`, or `examples` with `value`s; `externalValue`s are not fetched). */
function mediaExamples(doc: SourceDocument, media: JsonObject, pointer: string): SourceExample[] {
  const out: SourceExample[] = [];
  if ('example' in media) out.push({ name: 'example', payload: structuredClone(media['example']) });
  if (isObject(media['examples'])) {
    for (const [key, raw] of Object.entries(media['examples'])) {
      const ex = follow(doc, raw, `${pointer}/examples/${escapeToken(key)}`);
      if (!ex || !('value' in ex.value)) continue;
      const example: SourceExample = { name: key, payload: structuredClone(ex.value['value']) };
      const summary = str(ex.value['summary']) ?? str(ex.value['description']);
      if (summary !== undefined) example.summary = summary;
      out.push(example);
    }
  }
  return out;
}

/** The request body of an operation: its schema pointer and examples. */
function requestBody(
  doc: SourceDocument,
  op: JsonObject,
  opPointer: string,
): { schemaPointer: string; examples: SourceExample[]; description?: string } | undefined {
  const body = follow(doc, op['requestBody'], `${opPointer}/requestBody`);
  if (!body) return undefined;
  const media = jsonMedia(body.value['content'], `${body.pointer}/content`);
  if (!media || media.media['schema'] === undefined) return undefined;
  const out = { schemaPointer: `${media.pointer}/schema`, examples: mediaExamples(doc, media.media, media.pointer) };
  const description = str(body.value['description']);
  return description !== undefined ? { ...out, description } : out;
}

/** The first 2xx response of an operation, as the reply. */
function reply(doc: SourceDocument, op: JsonObject, opPointer: string): SourceReply | undefined {
  const responses = op['responses'];
  if (!isObject(responses)) return undefined;
  const code = Object.keys(responses).find((k) => /^2(\d\d|XX)$/i.test(k));
  if (code === undefined) return undefined;
  const res = follow(doc, responses[code], `${opPointer}/responses/${code}`);
  const status = /^\d+$/.test(code) ? Number(code) : 200;
  if (!res) return { status, examples: [] };
  const out: SourceReply = { status, examples: [] };
  const description = str(res.value['description']);
  if (description !== undefined) out.description = description;
  const media = jsonMedia(res.value['content'], `${res.pointer}/content`);
  if (media && media.media['schema'] !== undefined) {
    out.schemaPointer = `${media.pointer}/schema`;
    out.examples = mediaExamples(doc, media.media, media.pointer);
  }
  return out;
}

/** One delivery from an operation (a webhook's or a callback's). */
function operationPayload(
  doc: SourceDocument,
  name: string,
  op: JsonObject,
  opPointer: string,
): SourcePayload | undefined {
  const body = requestBody(doc, op, opPointer);
  if (!body) return undefined;
  const payload: SourcePayload = { pointer: body.schemaPointer, name, tags: [], examples: body.examples };
  const summary = str(op['summary']);
  const description = str(op['description']) ?? body.description;
  if (summary !== undefined) payload.summary = summary;
  if (description !== undefined) payload.description = description;
  if (Array.isArray(op['tags'])) payload.tags = op['tags'].filter((t): t is string => typeof t === 'string');
  const docs = str(getAt(op, '/externalDocs/url'));
  if (docs !== undefined) payload.docs = docs;
  return payload;
}

interface Found {
  payloads: SourcePayload[];
  reply?: SourceReply;
  method: string;
}

/** Every operation of a path item, with its method. */
function operations(
  doc: SourceDocument,
  item: unknown,
  pointer: string,
): { method: string; op: JsonObject; pointer: string }[] {
  const path = follow(doc, item, pointer);
  if (!path) return [];
  return METHODS.flatMap((m) => {
    const op = path.value[m];
    return isObject(op) ? [{ method: m.toUpperCase(), op, pointer: `${path.pointer}/${m}` }] : [];
  });
}

function webhooks(doc: SourceDocument): Found | undefined {
  const hooks = doc.data['webhooks'];
  if (!isObject(hooks) || Object.keys(hooks).length === 0) return undefined;
  const found: Found = { payloads: [], method: 'POST' };
  for (const [key, item] of Object.entries(hooks)) {
    for (const { method, op, pointer } of operations(doc, item, `/webhooks/${escapeToken(key)}`)) {
      const payload = operationPayload(doc, str(op['operationId']) ?? key, op, pointer);
      if (!payload) continue;
      payload.name = key;
      found.payloads.push(payload);
      found.method = method;
      const r = found.reply ?? reply(doc, op, pointer);
      if (r) found.reply = r;
    }
  }
  return found.payloads.length ? found : undefined;
}

function callbacks(doc: SourceDocument): Found | undefined {
  const found: Found = { payloads: [], method: 'POST' };
  const paths = isObject(doc.data['paths']) ? doc.data['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    for (const { op, pointer } of operations(doc, item, `/paths/${escapeToken(path)}`)) {
      if (!isObject(op['callbacks'])) continue;
      for (const [name, rawCallback] of Object.entries(op['callbacks'])) {
        const callback = follow(doc, rawCallback, `${pointer}/callbacks/${escapeToken(name)}`);
        if (!callback) continue;
        for (const [expression, cbItem] of Object.entries(callback.value)) {
          const at = `${callback.pointer}/${escapeToken(expression)}`;
          for (const cb of operations(doc, cbItem, at)) {
            const payload = operationPayload(doc, name, cb.op, cb.pointer);
            if (!payload) continue;
            found.payloads.push(payload);
            found.method = cb.method;
            const r = found.reply ?? reply(doc, cb.op, cb.pointer);
            if (r) found.reply = r;
          }
        }
      }
    }
  }
  return found.payloads.length ? found : undefined;
}

/** Is the schema at `pointer` a discriminated union (a component with a discriminator, or an inline oneOf with one)? */
function isUnion(doc: SourceDocument, conv: SchemaConverter, pointer: string): boolean {
  const raw = getAt(doc.data, pointer);
  if (!isObject(raw)) return false;
  const ref = str(raw['$ref']);
  if (ref?.startsWith('#/components/schemas/')) return conv.unions.has(decodeURIComponent(ref.split('/')[3] ?? ''));
  return isObject(raw['discriminator']) && (Array.isArray(raw['oneOf']) || Array.isArray(raw['anyOf']));
}

/** A receiver-path candidate: the body is a union, or an object with an array property whose items are one. */
interface Candidate {
  path: string;
  method: string;
  op: JsonObject;
  pointer: string;
  schemaPointer: string;
  examples: SourceExample[];
  batch?: { items: string; itemsPointer: string };
}

function candidate(
  doc: SourceDocument,
  conv: SchemaConverter,
  path: string,
  method: string,
  op: JsonObject,
  pointer: string,
): Candidate | undefined {
  const body = requestBody(doc, op, pointer);
  if (!body) return undefined;
  const base = { path, method, op, pointer, schemaPointer: body.schemaPointer, examples: body.examples };
  if (isUnion(doc, conv, body.schemaPointer)) return base;
  const envelope = follow(doc, getAt(doc.data, body.schemaPointer), body.schemaPointer);
  const props = envelope && isObject(envelope.value['properties']) ? envelope.value['properties'] : {};
  for (const [prop, raw] of Object.entries(props)) {
    const at = `${envelope!.pointer}/properties/${escapeToken(prop)}`;
    const array = follow(doc, raw, at);
    if (!array || array.value['items'] === undefined) continue;
    const itemsPointer = `${array.pointer}/items`;
    if (isUnion(doc, conv, itemsPointer)) return { ...base, batch: { items: `/${escapeToken(prop)}`, itemsPointer } };
  }
  return undefined;
}

function receiverPath(
  doc: SourceDocument,
  conv: SchemaConverter,
  wanted: string | undefined,
): { found: Found; batch?: SourceShape['batch']; path: string } {
  const paths = isObject(doc.data['paths']) ? doc.data['paths'] : {};
  const all: Candidate[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (wanted !== undefined && path !== wanted) continue;
    for (const { method, op, pointer } of operations(doc, item, `/paths/${escapeToken(path)}`)) {
      const c = candidate(doc, conv, path, method, op, pointer);
      if (c) all.push(c);
    }
  }
  if (wanted !== undefined && !Object.hasOwn(paths, wanted)) {
    throw new ImportError([
      doc.problem(
        'import-path-unknown',
        '/paths',
        `${doc.file} has no path ${JSON.stringify(wanted)}; its paths: ${Object.keys(paths).join(', ') || 'none'}.`,
      ),
    ]);
  }
  if (all.length === 0) {
    throw new ImportError([
      doc.problem(
        'import-no-deliveries',
        wanted !== undefined ? `/paths/${escapeToken(wanted)}` : '',
        wanted !== undefined
          ? `The request body of ${wanted} is not a discriminated union (a schema with a \`discriminator\`, or an object with an array of one); chathooks import cannot tell its events apart.`
          : `${doc.file} describes no webhooks: no \`webhooks\`, no \`callbacks\`, and no path whose request body is a discriminated union. Add a \`discriminator\` to the body's schema, or describe the deliveries as webhooks.`,
      ),
    ]);
  }
  if (all.length > 1) {
    throw new ImportError([
      doc.problem(
        'import-path-ambiguous',
        '/paths',
        `Several paths could be the receiver: ${all.map((c) => `${c.method} ${c.path}`).join(', ')}. Choose one with --path (e.g. --path ${all[0]!.path}).`,
      ),
    ]);
  }
  const c = all[0]!;
  const payload: SourcePayload = {
    pointer: c.batch ? c.batch.itemsPointer : c.schemaPointer,
    name: str(c.op['operationId']) ?? 'event',
    tags: [],
    examples: c.batch ? [] : c.examples,
  };
  const found: Found = { payloads: [payload], method: c.method };
  const r = reply(doc, c.op, c.pointer);
  if (r) found.reply = r;
  const batch = c.batch ? { items: c.batch.items, envelopePointer: c.schemaPointer, examples: c.examples } : undefined;
  return batch ? { found, batch, path: c.path } : { found, path: c.path };
}

/**
 * The deliveries an OpenAPI document describes: its `webhooks`, else its `callbacks`, else its one receiver path
 * whose body is a discriminated union (`options.path` picks one, and is the only shape read when given).
 *
 * @example
 * readOpenApi(doc, 'OpenAPI 3.0.3', converter, {}).describedAs; // 'receiver path POST /callback'
 */
export function readOpenApi(
  doc: SourceDocument,
  label: string,
  conv: SchemaConverter,
  options: OpenApiOptions,
): SourceShape {
  const info = isObject(doc.data['info']) ? doc.data['info'] : {};
  const shape = (found: Found, describedAs: string, address: string): SourceShape => {
    const out: SourceShape = {
      describedAs: `${label} ${describedAs}`,
      address,
      method: found.method,
      payloads: found.payloads,
      info: { title: str(info['title']) ?? 'Imported webhooks', version: str(info['version']) ?? '1.0.0' },
    };
    const description = str(info['description']);
    if (description !== undefined) out.info.description = description;
    const docs = str(getAt(doc.data, '/externalDocs/url'));
    if (docs !== undefined) out.docs = docs;
    if (found.reply) out.reply = found.reply;
    return out;
  };
  if (options.path === undefined) {
    const hooks = webhooks(doc);
    if (hooks) return shape(hooks, 'webhooks', '/webhook');
    const cbs = callbacks(doc);
    if (cbs) return shape(cbs, 'callbacks', '/webhook');
  }
  const { found, batch, path } = receiverPath(doc, conv, options.path);
  const out = shape(found, `receiver path ${found.method} ${path}`, path);
  if (batch) out.batch = batch;
  return out;
}
