/**
 * Builds the Contract model from the raw (YAML-parsed) AsyncAPI document and checks the chathooks
 * conventions on the way, reporting every problem with its pointer.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv, toIssues, type ValidationIssue } from './ajv.js';
import { DEFAULT_SIGNATURE } from '../signing/registry.js';
import { EXTENSION_DEFAULTS, MESSAGE_EXTENSIONS, withSignatureDefaults } from './extensions.js';
import type {
  Confidence,
  Contract,
  DeliveryPolicy,
  Discriminator,
  EventContract,
  EventKind,
  Example,
  InvalidExample,
  JsonSchema,
  ReplyContract,
  SignatureScheme,
} from './model.js';
import { deriveId } from './id.js';
import { didYouMean, pascalCase } from './naming.js';
import { checkExtensionValue } from './extension-value.js';
import { reportUndecided } from './undecided.js';
import { escapeToken, getAt, parsePointer } from './pointer.js';
import { resolveRef, type Resolved } from './refs.js';
import type { Reporter } from './reporter.js';
import { bundleSchema, mapRefs, walkSchema } from './schema.js';
import { isObject, type JsonObject } from './json.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface Ctx {
  doc: JsonObject;
  reporter: Reporter;
  ajv: ReturnType<typeof createAjv>;
  /** Compiled validators by bundled-schema JSON, so shared reply schemas compile once. */
  compiled: Map<string, ValidateFunction | null>;
  /** Shared definitions added to `ajv` (true: compiled; false: does not compile). */
  defs: Map<string, boolean>;
}

/**
 * Where in the source a compile error is: Ajv names an unknown keyword or a schema path; find that
 * subschema in the bundle and map `$defs/<Name>` back to `components/schemas/<Name>`.
 */
function locate(schema: JsonSchema, message: string, fallback: string): string {
  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  const path = /at (?:path )?"#([^"]*)"/.exec(message)?.[1];
  let found: string | undefined = path;
  if (keyword !== undefined && found === undefined) {
    walkSchema(schema, (node, pointer) => {
      if (found === undefined && Object.hasOwn(node, keyword)) found = `${pointer}/${escapeToken(keyword)}`;
    });
  }
  if (found === undefined) return fallback;
  const defs = /^\/\$defs\/([^/]+)(.*)$/.exec(found);
  return defs ? `/components/schemas/${defs[1]}${defs[2]}` : `${fallback}${found.replace(/^\/allOf\/0(?=\/|$)/, '')}`;
}

const DEF_BASE = 'https://chathooks.local/lint/defs/';
const defUri = (name: string, rest = ''): string => `${DEF_BASE}${encodeURIComponent(name)}#${rest}`;

/** Explain an Ajv compile error in the spec's terms. */
function explain(raw: string): string {
  return /unknown format "([^"]+)"/.test(raw)
    ? ' Use one of the supported formats (date-time, date, time, email, uri, uuid, ipv4, ipv6) or a `pattern`.'
    : /unknown keyword: "nullable"/.test(raw)
      ? " AsyncAPI 3 schemas have no `nullable`: write `type: [string, 'null']`."
      : /unknown keyword/.test(raw)
        ? ' Check the spelling; inside a YAML flow mapping `{ … }`, quote any text that contains a comma or colon.'
        : /strictRequired|required property/.test(raw)
          ? ' Keep `required` in the same subschema as the `properties` it names.'
          : '';
}

/**
 * Compile each shared definition once (a spec's `MsgBody` is used by many events), under its own id,
 * reporting its problems where it is defined. Returns false when a definition does not compile.
 */
function compileDefs(ctx: Ctx, defs: Record<string, unknown>): boolean {
  const fresh = Object.keys(defs).filter((name) => !ctx.defs.has(name));
  for (const name of fresh) {
    const def = mapRefs(defs[name], defUri);
    ctx.ajv.addSchema(typeof def === 'boolean' ? { allOf: [def] } : (def as object), defUri(name));
    ctx.defs.set(name, true);
  }
  for (const name of fresh) {
    try {
      ctx.ajv.getSchema(defUri(name));
    } catch (error) {
      ctx.defs.set(name, false);
      const raw = error instanceof Error ? error.message : String(error);
      if (/can't resolve reference/.test(raw)) continue; // reported once where written (ref-unresolved)
      const base = name.startsWith('_') ? '' : `/components/schemas/${escapeToken(name)}`;
      const pointer = locate(defs[name] as JsonSchema, raw, base);
      ctx.reporter.error(
        'schema-invalid',
        pointer,
        `A schema does not compile: ${raw.replace(/\s+/g, ' ')}.${explain(raw)}`,
      );
    }
  }
  return Object.keys(defs).every((name) => ctx.defs.get(name) === true);
}

/** Where a node of a bundled schema is written in the spec: `$defs/<Name>` → `components/schemas/<Name>`. */
function sourcePointer(bundledPointer: string, rootPointer: string): string {
  const defs = /^\/\$defs\/([^/]+)(.*)$/.exec(bundledPointer);
  if (defs) return defs[1]!.startsWith('_') ? rootPointer : `/components/schemas/${defs[1]}${defs[2]}`;
  return `${rootPointer}${bundledPointer.replace(/^\/allOf\/0(?=\/|$)/, '')}`;
}

/** Compile a bundled schema; on failure report at `pointer` and return null. */
export function compile(ctx: Ctx, schema: JsonSchema, pointer: string, what: string): ValidateFunction | null {
  const key = JSON.stringify(schema);
  if (ctx.compiled.has(key)) return ctx.compiled.get(key) ?? null;
  // Ajv knows OpenAPI 3.0's `nullable`, but AsyncAPI 3 and OpenAPI 3.1 (and so the generated types) do not:
  // the validator would accept null where the type says it cannot be.
  walkSchema(schema, (node, at) => {
    if ('nullable' in node) {
      ctx.reporter.error(
        'schema-nullable',
        sourcePointer(`${at}/nullable`, pointer),
        "`nullable` is not a keyword of AsyncAPI 3 schemas (the generated types would ignore it): write `type: [string, 'null']`.",
      );
    }
  });
  let fn: ValidateFunction | null = null;
  const { $defs, ...root } = isObject(schema) ? schema : { $defs: undefined };
  if (isObject($defs) && !compileDefs(ctx, $defs)) {
    ctx.compiled.set(key, null);
    return null;
  }
  try {
    fn = ctx.ajv.compile((isObject(schema) ? mapRefs(root, defUri) : { allOf: [schema] }) as object);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    if (/can't resolve reference/.test(raw)) {
      ctx.compiled.set(key, null);
      return null;
    }
    const located = locate(schema, raw, pointer);
    ctx.reporter.error(
      'schema-invalid',
      located,
      `${located !== pointer ? 'A' : `The ${what}`} schema does not compile: ${raw.replace(/\s+/g, ' ')}.${explain(raw)}`,
    );
  }
  ctx.compiled.set(key, fn);
  return fn;
}

function describeIssues(issues: ValidationIssue[], limit = 3): string {
  const shown = issues.slice(0, limit).map((i) => `${i.pointer || '/'} ${i.message} (${i.keyword})`);
  return shown.join('; ') + (issues.length > limit ? `; and ${issues.length - limit} more` : '');
}

/** Find `name` among the properties of a bundled object schema (through `$ref` and `allOf`). */
export function findProperty(root: JsonSchema, name: string): { schema: JsonObject; required: boolean } | undefined {
  const defs = isObject(root) && isObject(root['$defs']) ? (root['$defs'] as JsonObject) : {};
  const seen = new Set<unknown>();
  const visit = (node: unknown): { schema: JsonObject; required: boolean } | undefined => {
    if (!isObject(node) || seen.has(node)) return undefined;
    seen.add(node);
    const ref = str(node['$ref']);
    if (ref?.startsWith('#/$defs/')) return visit(getAt(defs, ref.slice('#/$defs'.length)));
    const props = node['properties'];
    if (isObject(props) && isObject(props[name])) {
      const required = Array.isArray(node['required']) && node['required'].includes(name);
      return { schema: props[name] as JsonObject, required };
    }
    for (const sub of Array.isArray(node['allOf']) ? node['allOf'] : []) {
      const hit = visit(sub);
      if (hit) return hit;
    }
    return undefined;
  };
  return visit(root);
}

/** A property's schema with a `$ref` into the root's `$defs` followed (one step). */
export function resolveProp(root: JsonSchema, schema: JsonObject): JsonObject {
  const ref = str(schema['$ref']);
  if (ref?.startsWith('#/$defs/') && isObject(root)) {
    const target = getAt(root['$defs'], ref.slice('#/$defs'.length));
    if (isObject(target)) return target;
  }
  return schema;
}

/** Read the `examples` of a message or reply message. */
function readExamples(ctx: Ctx, list: unknown, pointer: string): { example: Example; pointer: string }[] {
  if (!Array.isArray(list)) return [];
  const out: { example: Example; pointer: string }[] = [];
  list.forEach((raw, i) => {
    const p = `${pointer}/${i}`;
    if (!isObject(raw)) return;
    const name = str(raw['name']) ?? `example-${i + 1}`;
    if (raw['name'] === undefined)
      ctx.reporter.warn(
        'example-unnamed',
        p,
        `Example ${i + 1} has no \`name\`; give it one so reports and mocks can refer to it.`,
      );
    if (!('payload' in raw)) {
      ctx.reporter.error('example-no-payload', p, `Example "${name}" has no \`payload\`.`);
      return;
    }
    const example: Example = { name, payload: raw['payload'] };
    const summary = str(raw['summary']);
    if (summary !== undefined) example.summary = summary;
    if (isObject(raw['headers']))
      example.headers = Object.fromEntries(Object.entries(raw['headers']).map(([k, v]) => [k, String(v)]));
    out.push({ example, pointer: p });
  });
  const names = new Set<string>();
  for (const { example, pointer: p } of out) {
    if (names.has(example.name))
      ctx.reporter.error(
        'example-duplicate-name',
        p,
        `Two examples are named "${example.name}"; names must be unique per message.`,
      );
    names.add(example.name);
  }
  return out;
}

function validateExamples(
  ctx: Ctx,
  validate: ValidateFunction | null,
  examples: { example: Example; pointer: string }[],
  what: string,
): void {
  if (!validate) return;
  for (const { example, pointer } of examples) {
    if (validate(example.payload)) continue;
    for (const issue of toIssues(validate.errors)) {
      ctx.reporter.error(
        `${what}-invalid`,
        `${pointer}/payload${issue.pointer}`,
        `${what === 'example' ? 'Example' : 'Reply example'} "${example.name}" does not match its schema: ${issue.pointer || '/'} ${issue.message} (${issue.keyword}). Fix the example or the schema.`,
      );
    }
  }
}

function readReply(ctx: Ctx, op: JsonObject, opPointer: string, eventName: string): ReplyContract | undefined {
  if (op['reply'] === undefined) return undefined;
  const reply = resolveRef(ctx.doc, op['reply'], `${opPointer}/reply`);
  if (!reply || !isObject(reply.value)) return undefined;
  const refs = Array.isArray(reply.value['messages']) ? reply.value['messages'] : [];
  const schemas: JsonSchema[] = [];
  const examples: Example[] = [];
  let status = 200;
  refs.forEach((ref, i) => {
    const msg = resolveRef(ctx.doc, ref, `${reply.pointer}/messages/${i}`);
    if (!msg || !isObject(msg.value)) return;
    const payload = msg.value['payload'];
    if (payload === undefined) {
      ctx.reporter.error(
        'reply-no-payload',
        msg.pointer,
        `The reply message of "${eventName}" has no \`payload\` schema; describe the body the receiver must answer with.`,
      );
      return;
    }
    const schema = bundleSchema(ctx.doc, payload as JsonSchema);
    schemas.push(schema);
    const payloadPointer = resolveRef(ctx.doc, payload, `${msg.pointer}/payload`)?.pointer ?? `${msg.pointer}/payload`;
    const validate = compile(ctx, schema, payloadPointer, `reply of "${eventName}"`);
    const list = readExamples(ctx, msg.value['examples'], `${msg.pointer}/examples`);
    validateExamples(ctx, validate, list, 'reply-example');
    examples.push(...list.map((e) => e.example));
    const bindings = resolveRef(ctx.doc, msg.value['bindings'], `${msg.pointer}/bindings`);
    const http =
      bindings && isObject(bindings.value)
        ? resolveRef(ctx.doc, bindings.value['http'], `${bindings.pointer}/http`)
        : undefined;
    const code = http && isObject(http.value) ? http.value['statusCode'] : undefined;
    if (typeof code === 'number' && i === 0) status = code;
  });
  if (schemas.length === 0) return undefined;
  const schema: JsonSchema = schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
  return { status, schema, examples };
}

function readInvalidExamples(
  ctx: Ctx,
  msg: Resolved<JsonObject>,
  validate: ValidateFunction | null,
  eventName: string,
): InvalidExample[] {
  const list = msg.value['x-chathooks-invalid-examples'];
  if (!Array.isArray(list)) return [];
  const out: InvalidExample[] = [];
  list.forEach((raw, i) => {
    const p = `${msg.pointer}/x-chathooks-invalid-examples/${i}`;
    if (
      !isObject(raw) ||
      typeof raw['name'] !== 'string' ||
      typeof raw['reason'] !== 'string' ||
      typeof raw['pointer'] !== 'string' ||
      !('payload' in raw)
    )
      return; // shape reported by the extension check
    const inv: InvalidExample = {
      name: raw['name'],
      reason: raw['reason'],
      pointer: raw['pointer'],
      payload: raw['payload'],
    };
    if (typeof raw['summary'] === 'string') inv.summary = raw['summary'];
    if (typeof raw['keyword'] === 'string') inv.keyword = raw['keyword'];
    out.push(inv);
    if (!validate) return;
    if (validate(inv.payload)) {
      ctx.reporter.error(
        'invalid-example-accepted',
        p,
        `Invalid example "${inv.name}" of "${eventName}" passes validation, so the schema does not enforce "${inv.reason}". Tighten the schema or fix the example.`,
      );
      return;
    }
    const issues = toIssues(validate.errors);
    const hit = issues.some(
      (e) => e.pointer === inv.pointer && (inv.keyword === undefined || e.keyword === inv.keyword),
    );
    if (!hit) {
      const stated = `${inv.pointer || '/'}${inv.keyword ? ` (${inv.keyword})` : ''}`;
      ctx.reporter.error(
        'invalid-example-wrong-reason',
        `${p}/pointer`,
        `Invalid example "${inv.name}" of "${eventName}" is rejected, but not at ${stated} as stated: ${describeIssues(issues)}. Make the example wrong in exactly the stated way, or correct its pointer/keyword.`,
      );
    }
  });
  return out;
}

function checkMessageExtensions(ctx: Ctx, msg: Resolved<JsonObject>, eventName: string): void {
  const known = Object.keys(MESSAGE_EXTENSIONS);
  for (const key of Object.keys(msg.value)) {
    if (key.startsWith('x-chathooks-') && !(key in MESSAGE_EXTENSIONS)) {
      ctx.reporter.error(
        'extension-unknown',
        `${msg.pointer}/${escapeToken(key)}`,
        `Unknown extension ${key} on "${eventName}".${didYouMean(key, known) || ` Known: ${known.join(', ')}.`}`,
      );
    }
  }
  for (const [key, { schema, required }] of Object.entries(MESSAGE_EXTENSIONS)) {
    if (!(key in msg.value)) {
      if (required)
        ctx.reporter.error(
          'extension-missing',
          msg.pointer,
          `Event "${eventName}" has no ${key}; every event states it.`,
        );
      continue;
    }
    const at = `${msg.pointer}/${escapeToken(key)}`;
    if (reportUndecided(ctx.reporter, key, msg.value[key], at, eventName)) continue;
    checkExtensionValue(ctx.reporter, key, schema, msg.value[key], at);
  }
}

/**
 * Message extensions written on the operation are read nowhere: say where they belong, rather than letting
 * the event be reported as having none.
 */
function checkMisplacedExtensions(ctx: Ctx, op: Resolved<JsonObject>, msg: Resolved<JsonObject>, opId: string): void {
  for (const key of Object.keys(op.value)) {
    if (!key.startsWith('x-chathooks-')) continue;
    const where =
      key in MESSAGE_EXTENSIONS
        ? `it is a message extension: move it to the operation's message, #${msg.pointer}.`
        : `operations take no chathooks extensions.${didYouMean(key, Object.keys(MESSAGE_EXTENSIONS))}`;
    ctx.reporter.error(
      'extension-misplaced',
      `${op.pointer}/${escapeToken(key)}`,
      `${key} on operation "${opId}" is not read: ${where}`,
    );
  }
}

function uniqueTypeName(base: string, taken: Set<string>, payload: unknown): string {
  // A payload that is exactly the component of that name keeps it; otherwise avoid every component name.
  const ref = isObject(payload) ? str(payload['$ref']) : undefined;
  if (ref === `#/components/schemas/${base}`) return base;
  let name = taken.has(base) ? `${base}Event` : base;
  for (let i = 2; taken.has(name); i++) name = `${base}Event${i}`;
  return name;
}

/** Build the contract's events from `operations`, checking every convention; returns what it could build. */
export function buildEvents(ctx: Ctx, discriminator: Discriminator | undefined): EventContract[] {
  const ops = ctx.doc['operations'];
  if (!isObject(ops) || Object.keys(ops).length === 0) {
    ctx.reporter.error(
      'no-operations',
      '',
      'The spec has no `operations`; describe each event as an operation with `action: send`.',
    );
    return [];
  }
  const componentNames = new Set(
    Object.keys(
      isObject(getAt(ctx.doc, '/components/schemas')) ? (getAt(ctx.doc, '/components/schemas') as JsonObject) : {},
    ),
  );
  const events: EventContract[] = [];
  const byName = new Map<string, string>();
  const typeNames = new Set<string>(componentNames);
  for (const [opId, rawOp] of Object.entries(ops)) {
    const opPointer = `/operations/${escapeToken(opId)}`;
    const op = resolveRef(ctx.doc, rawOp, opPointer);
    if (!op || !isObject(op.value)) continue;
    if (op.value['action'] !== 'send') {
      ctx.reporter.error(
        'operation-action',
        `${op.pointer}/action`,
        `Operation "${opId}" has action "${String(op.value['action'])}"; chathooks specs are written from the provider's side, so use \`action: send\`.`,
      );
    }
    const messages = Array.isArray(op.value['messages']) ? op.value['messages'] : [];
    if (messages.length !== 1) {
      ctx.reporter.error(
        'operation-one-message',
        `${op.pointer}/messages`,
        `Operation "${opId}" lists ${messages.length} messages; list exactly one (the event it sends).`,
      );
      if (messages.length === 0) continue;
    }
    const msgRes = resolveRef(ctx.doc, messages[0], `${op.pointer}/messages/0`);
    if (!msgRes || !isObject(msgRes.value)) continue;
    const msg = msgRes as Resolved<JsonObject>;
    const name = str(msg.value['name']);
    if (!name) {
      ctx.reporter.error(
        'message-name',
        msg.pointer,
        `The message of operation "${opId}" has no \`name\`; set it to the platform's event name, verbatim.`,
      );
      continue;
    }
    if (byName.has(name)) {
      ctx.reporter.error(
        'event-duplicate',
        msg.pointer,
        `Event "${name}" is sent by two operations ("${byName.get(name)}" and "${opId}"); each event has one operation.`,
      );
      continue;
    }
    byName.set(name, opId);
    checkMessageExtensions(ctx, msg, name);
    checkMisplacedExtensions(ctx, op as Resolved<JsonObject>, msg, opId);

    const rawPayload = msg.value['payload'];
    if (rawPayload === undefined) {
      ctx.reporter.error('message-no-payload', msg.pointer, `Event "${name}" has no \`payload\` schema.`);
      continue;
    }
    const payloadPointer =
      resolveRef(ctx.doc, rawPayload, `${msg.pointer}/payload`)?.pointer ?? `${msg.pointer}/payload`;
    const payload = bundleSchema(ctx.doc, rawPayload as JsonSchema);
    const validate = compile(ctx, payload, payloadPointer, `payload of "${name}"`);

    // The discriminator names the event: a const in the payload, so that types narrow.
    if (discriminator && (discriminator.in === 'body' || discriminator.bodyField)) {
      const field = discriminator.in === 'body' ? discriminator.name : discriminator.bodyField!;
      const prop = findProperty(payload, field);
      if (!prop) {
        if (discriminator.in === 'body')
          ctx.reporter.error(
            'discriminator-missing',
            payloadPointer,
            `The payload of "${name}" does not declare the discriminator property "${field}"; add \`${field}: { type: string, const: ${name} }\` and list it in \`required\`.`,
          );
      } else {
        const target = resolveProp(payload, prop.schema);
        if (target['const'] !== name) {
          ctx.reporter.error(
            'discriminator-const',
            payloadPointer,
            `The payload of "${name}" must declare \`${field}\` as \`const: ${name}\` (found ${target['const'] === undefined ? 'no const' : JSON.stringify(target['const'])}), so that types and validators narrow on it.`,
          );
        }
        if (discriminator.in === 'body' && !prop.required) {
          ctx.reporter.error(
            'discriminator-required',
            payloadPointer,
            `The payload of "${name}" must list the discriminator "${field}" in \`required\`, next to its property.`,
          );
        }
      }
    }

    const examples = readExamples(ctx, msg.value['examples'], `${msg.pointer}/examples`);
    if (examples.length === 0) {
      ctx.reporter.error(
        'example-missing',
        msg.pointer,
        `Event "${name}" has no examples; add at least one named example under \`examples\`.`,
      );
    }
    validateExamples(ctx, validate, examples, 'example');
    const invalidExamples = readInvalidExamples(ctx, msg, validate, name);
    // Judge by what the spec lists, not by what was read: a listed example with a shape error, or a list
    // written on the operation, is reported as such, not as missing.
    const listed = msg.value['x-chathooks-invalid-examples'];
    const misplaced = 'x-chathooks-invalid-examples' in op.value; // reported as extension-misplaced
    if (!misplaced && (listed === undefined || (Array.isArray(listed) && listed.length === 0))) {
      ctx.reporter.warn(
        'invalid-example-missing',
        msg.pointer,
        `Event "${name}" has no x-chathooks-invalid-examples; add one payload the platform never sends, so validators are shown to reject it.`,
      );
    }

    const kind = (str(msg.value['x-chathooks-kind']) ?? 'after') as EventKind;
    const reply = readReply(ctx, op.value, op.pointer, name);
    if (kind === 'before' && (!reply || isTrivial(reply.schema))) {
      ctx.reporter.error(
        'before-event-reply',
        `${op.pointer}/reply`,
        `"${name}" is a before-event, so its operation needs a \`reply\` whose message has a payload schema describing the allow/block answer.`,
      );
    }

    const bindings = resolveRef(ctx.doc, op.value['bindings'], `${op.pointer}/bindings`);
    const http =
      bindings && isObject(bindings.value)
        ? resolveRef(ctx.doc, bindings.value['http'], `${bindings.pointer}/http`)
        : undefined;
    const httpObj = http && isObject(http.value) ? http.value : {};
    const tags = Array.isArray(msg.value['tags'])
      ? msg.value['tags']
          .map((t, i) =>
            str((resolveRef(ctx.doc, t, `${msg.pointer}/tags/${i}`)?.value as JsonObject | undefined)?.['name']),
          )
          .filter((t): t is string => !!t)
      : [];

    const event: EventContract = {
      name,
      operationId: opId,
      typeName: uniqueTypeName(pascalCase(name), typeNames, rawPayload),
      kind,
      tags,
      payload,
      examples: examples.map((e) => e.example),
      invalidExamples,
      source: str(msg.value['x-chathooks-source']) ?? '',
      confidence: (str(msg.value['x-chathooks-confidence']) ?? 'inferred') as Confidence,
    };
    typeNames.add(event.typeName);
    for (const key of ['title', 'summary', 'description'] as const) {
      const v = str(msg.value[key]);
      if (v !== undefined) event[key] = v;
    }
    const notes = str(msg.value['x-chathooks-notes']);
    if (notes !== undefined) event.notes = notes;
    if (msg.value['headers'] !== undefined) event.headers = bundleSchema(ctx.doc, msg.value['headers'] as JsonSchema);
    if (httpObj['query'] !== undefined) event.query = bundleSchema(ctx.doc, httpObj['query'] as JsonSchema);
    if (reply) event.reply = reply;
    events.push(event);
  }
  return events;
}

function isTrivial(schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return true;
  let trivial = true;
  walkSchema(schema, (node) => {
    if (Object.keys(node).some((k) => !['description', 'title', 'examples', '$comment'].includes(k))) trivial = false;
  });
  return trivial;
}

export function createCtx(doc: JsonObject, reporter: Reporter): Ctx {
  return { doc, reporter, ajv: createAjv(), compiled: new Map(), defs: new Map() };
}

/** Fill `success` when the policy leaves it out (appended, so a spec that states it keeps its key order). */
function withDeliveryDefaults(delivery: JsonObject): JsonObject {
  return delivery['success'] === undefined ? { ...delivery, success: EXTENSION_DEFAULTS.deliverySuccess } : delivery;
}

/** Read the root extensions into the model (their values were validated already). */
export function readRoot(doc: JsonObject, file: string): Omit<Contract, 'events' | 'transport'> & { path: string } {
  const info = isObject(doc['info']) ? doc['info'] : {};
  const { id } = deriveId(str(doc['x-chathooks-id']), file);
  const signature = withSignatureDefaults(
    (isObject(doc['x-chathooks-signature'])
      ? doc['x-chathooks-signature']
      : DEFAULT_SIGNATURE) as unknown as SignatureScheme,
  );
  const delivery = (isObject(doc['x-chathooks-delivery'])
    ? withDeliveryDefaults(doc['x-chathooks-delivery'])
    : {
        timeoutMs: 10000,
        retries: [],
        retryOn: [],
        success: EXTENSION_DEFAULTS.deliverySuccess,
        confidence: 'inferred',
        notes: 'No x-chathooks-delivery in the spec; chathooks defaults.',
      }) as unknown as DeliveryPolicy;
  const channel = resolveRef(doc, getAt(doc, '/channels/webhook'), '/channels/webhook');
  const path = (channel && isObject(channel.value) ? str(channel.value['address']) : undefined) ?? '/webhook';
  const root: Omit<Contract, 'events' | 'transport'> & { path: string } = {
    id,
    title: str(info['title']) ?? id,
    version: str(info['version']) ?? '0.0.0',
    description: str(info['description']) ?? '',
    source: file,
    eventSet: doc['x-chathooks-event-set'] === 'open' ? 'open' : 'closed',
    signature,
    delivery,
    path,
  };
  if (Array.isArray(doc['x-chathooks-idempotency-key']))
    root.idempotencyKey = doc['x-chathooks-idempotency-key'].map(String);
  if (isObject(doc['x-chathooks-app-id']))
    root.appId = doc['x-chathooks-app-id'] as unknown as NonNullable<Contract['appId']>;
  if (isObject(doc['x-chathooks-discriminator']))
    root.discriminator = doc['x-chathooks-discriminator'] as unknown as Discriminator;
  return root;
}

export { parsePointer };
