/**
 * `chathooks drift --patch`: a copy of the spec that documents what recorded deliveries showed — new optional
 * properties, enum values, widened types, relaxed documented-required fields, undescribed headers and query
 * parameters, and unknown events as `x-chathooks-confidence: observed` messages with the recording as the example.
 * Edited with the `yaml` Document API, so comments, key order and the style of untouched nodes survive; every
 * addition carries an `x-chathooks-notes` saying it came from drift and when.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Contract, EventKind } from '../model/model.js';
import { getAt, parsePointer, toPointer } from '../model/pointer.js';
import { pascalCase } from '../model/naming.js';
import { bodyBytes, type Recording } from './recording.js';
import type { DriftFinding, DriftReport, Seen } from './drift-findings.js';
import { inferSchema } from './patch-schema.js';
import {
  addNote,
  child,
  messageNamed,
  propertyHost,
  readers,
  resolve,
  scalars,
  schemaAt,
  where,
  type Located,
} from './patch-yaml.js';

export interface PatchResult {
  /** The patched spec text. */
  text: string;
  /** One line per change made. */
  changes: string[];
  /** Findings the patch does not turn into a spec change, and why. */
  skipped: string[];
}

/** The date notes carry (`2026-11-30`). */
const day = (date: Date) => date.toISOString().slice(0, 10);

type Of<K extends DriftFinding['kind']> = Extract<DriftFinding, { kind: K }>;

/** Everything one patch run shares. */
interface Ctx {
  doc: Document;
  contract: Contract;
  today: string;
  payloadOf: (seen: Seen) => unknown;
  changes: string[];
  skipped: string[];
}

/** "from 3 recorded deliveries (first: recordings/x.json at 2026-11-30T10:00:00.000Z)". */
function provenance(ctx: Ctx, f: DriftFinding): string {
  const first = f.firstSeen.file ?? `recording ${f.firstSeen.id}`;
  return `Added by chathooks drift on ${ctx.today} from ${f.count} recorded deliver${f.count === 1 ? 'y' : 'ies'} (first: ${first} at ${f.firstSeen.receivedAt}).`;
}

/** The node under `key` (the yaml package types `get(key, true)` as a scalar; it may be any node). */
function nodeOf(map: YAMLMap, key: string): unknown {
  return map.get(key, true) as unknown;
}

/** The `properties` map of an object schema, created empty when absent. */
function propertiesOf(ctx: Ctx, host: Located): YAMLMap {
  const props = nodeOf(host.node, 'properties');
  if (isMap(props)) return props;
  const created = ctx.doc.createNode({});
  host.node.set('properties', created);
  return created;
}

/** The payload schema of a spec event, located in the document. */
function payloadSchema(ctx: Ctx, event: string): Located | undefined {
  const message = messageNamed(ctx.doc, event);
  return message ? child(ctx.doc, message, 'payload') : undefined;
}

/** A concrete-value reader for a finding's first sighting: the value at each depth of the generalised pointer. */
function valuesAlong(ctx: Ctx, f: DriftFinding): (depth: number) => unknown {
  const payload = ctx.payloadOf(f.firstSeen);
  const concrete = f.firstSeen.pointer ? parsePointer(f.firstSeen.pointer) : [];
  return (depth) => getAt(payload, concrete.slice(0, depth));
}

function newProperty(ctx: Ctx, f: Of<'undocumented-property'>): void {
  const root = payloadSchema(ctx, f.event);
  const tokens = parsePointer(f.pointer);
  const name = tokens.at(-1)!;
  const parentPointer = toPointer(tokens.slice(0, -1));
  const along = valuesAlong(ctx, f);
  const parent = root && schemaAt(ctx.doc, root, parentPointer, along);
  if (!parent)
    return void ctx.skipped.push(`${f.event} ${f.pointer}: no schema at ${parentPointer || '/'} to add it to`);
  const host = propertyHost(ctx.doc, parent, along(tokens.length - 1));
  const props = propertiesOf(ctx, host);
  if (props.has(name)) return; // added already through another event sharing this schema
  const schema = { ...inferSchema(f.examples), 'x-chathooks-notes': provenance(ctx, f) };
  props.set(name, ctx.doc.createNode(schema));
  ctx.changes.push(
    `${f.event} ${f.pointer}: new optional property (${describeType(schema)}) at ${where([...host.path, 'properties', name])}`,
  );
}

function describeType(schema: Record<string, unknown>): string {
  const type = Array.isArray(schema['type']) ? schema['type'].join(' | ') : String(schema['type']);
  return schema['format'] ? `${type}, format ${String(schema['format'])}` : type;
}

function newEnumValues(ctx: Ctx, f: Of<'undocumented-enum-value'>): void {
  const root = payloadSchema(ctx, f.event);
  const at = root && schemaAt(ctx.doc, root, f.pointer, valuesAlong(ctx, f));
  const list =
    at && (at.node.has('x-chathooks-open-enum') ? 'x-chathooks-open-enum' : at.node.has('enum') ? 'enum' : undefined);
  if (!at || !list)
    return void ctx.skipped.push(
      `${f.event} ${f.pointer}: no enum to add ${f.values.map((v) => JSON.stringify(v.value)).join(', ')} to`,
    );
  const seq = at.node.get(list, true);
  if (!isSeq(seq)) return void ctx.skipped.push(`${f.event} ${f.pointer}: ${list} is not a list`);
  const known = scalars(seq);
  const added = f.values.map((v) => v.value).filter((v) => !known.includes(v));
  for (const v of added) seq.add(ctx.doc.createNode(v));
  if (added.length === 0) return;
  addNote(
    at.node,
    `${provenance(ctx, f).replace(/^Added/, `Enum value${added.length > 1 ? 's' : ''} ${added.map((v) => JSON.stringify(v)).join(', ')} added`)}`,
  );
  ctx.changes.push(
    `${f.event} ${f.pointer}: ${list} gains ${added.map((v) => JSON.stringify(v)).join(', ')} at ${where(at.path)}`,
  );
}

function widenType(ctx: Ctx, f: Of<'type-difference'>): void {
  const root = payloadSchema(ctx, f.event);
  const at = root && schemaAt(ctx.doc, root, f.pointer, valuesAlong(ctx, f));
  const seen = f.seen.map((s) => s.value);
  if (!at) return void ctx.skipped.push(`${f.event} ${f.pointer}: no schema found to widen`);
  const type = at.node.get('type', true);
  if (isScalar(type) || isSeq(type)) {
    const known = isScalar(type) ? [type.value] : scalars(type);
    const all = [...known, ...seen.filter((t) => !known.includes(t) && !(t === 'integer' && known.includes('number')))];
    at.node.set('type', ctx.doc.createNode(all, { flow: true }));
  } else {
    const union = at.node.has('oneOf') ? 'oneOf' : at.node.has('anyOf') ? 'anyOf' : undefined;
    if (!union) return void ctx.skipped.push(`${f.event} ${f.pointer}: the schema has no type or union to widen`);
    const list = nodeOf(at.node, union);
    if (!isSeq(list)) return void ctx.skipped.push(`${f.event} ${f.pointer}: ${union} is not a list`);
    for (const t of seen) list.add(ctx.doc.createNode({ type: t }));
  }
  addNote(at.node, provenance(ctx, f).replace(/^Added/, `Widened to ${seen.join(', ')}`));
  ctx.changes.push(`${f.event} ${f.pointer}: type widened with ${seen.join(', ')} at ${where(at.path)}`);
}

function relaxRequired(ctx: Ctx, f: Of<'required-missing'>): void {
  const root = payloadSchema(ctx, f.event);
  const tokens = parsePointer(f.pointer);
  const name = tokens.at(-1)!;
  const along = valuesAlong(ctx, f);
  const parent = root && schemaAt(ctx.doc, root, toPointer(tokens.slice(0, -1)), along);
  const holder = parent && findRequirer(ctx.doc, parent, name, along(tokens.length - 1));
  if (!holder) return void ctx.skipped.push(`${f.event} ${f.pointer}: no required list names ${name}`);
  const seq = nodeOf(holder.at.node, holder.list) as YAMLSeq;
  seq.delete(scalars(seq).indexOf(name));
  if (seq.items.length === 0) holder.at.node.delete(holder.list);
  addNote(holder.at.node, provenance(ctx, f).replace(/^Added/, `${name} made optional`));
  ctx.changes.push(`${f.event} ${f.pointer}: ${name} no longer in ${holder.list} at ${where(holder.at.path)}`);
}

/** The schema (among the readers of a value) whose `x-chathooks-documented-required` or `required` names `name`. */
function findRequirer(
  doc: Document,
  at: Located,
  name: string,
  value: unknown,
): { at: Located; list: 'x-chathooks-documented-required' | 'required' } | undefined {
  for (const r of readers(doc, at, value))
    for (const list of ['x-chathooks-documented-required', 'required'] as const)
      if (scalars(r.node.get(list, true)).includes(name)) return { at: r, list };
  return undefined;
}

/** Add a string property to an object schema located at `at` (or create the schema under `key` of `owner`). */
function addStringProperty(ctx: Ctx, host: Located, name: string, note: string): boolean {
  if (!host.node.has('type') && !host.node.has('properties')) host.node.set('type', 'object');
  const map = propertiesOf(ctx, host);
  if (map.has(name)) return false;
  map.set(name, ctx.doc.createNode({ type: 'string', 'x-chathooks-notes': note }));
  return true;
}

/** The map under `key` of `owner`, resolved; created as `{ type: object }` when absent. */
function ensureSchema(ctx: Ctx, owner: Located, key: string): Located | undefined {
  if (!owner.node.has(key)) owner.node.set(key, ctx.doc.createNode({ type: 'object' }));
  return child(ctx.doc, owner, key);
}

function newHeader(ctx: Ctx, f: Of<'undocumented-header'>, added: AddedEvents): void {
  const message = f.event === undefined ? undefined : (added.get(f.event) ?? messageNamed(ctx.doc, f.event));
  if (!message) return void ctx.skipped.push(`header ${f.name}: seen on deliveries that name no event of the spec`);
  const headers = ensureSchema(ctx, message, 'headers');
  if (!headers) return void ctx.skipped.push(`header ${f.name}: the headers of ${f.event} are not a local schema`);
  const host = propertyHost(ctx.doc, headers, undefined);
  if (addStringProperty(ctx, host, f.name, provenance(ctx, f)))
    ctx.changes.push(`${f.event} header ${f.name}: described at ${where([...host.path, 'properties', f.name])}`);
}

function newQueryParameter(ctx: Ctx, f: Of<'undocumented-query-parameter'>, added: AddedEvents): void {
  const operation = f.event === undefined ? undefined : operationOf(ctx, f.event, added);
  if (!operation) return void ctx.skipped.push(`query ${f.name}: seen on deliveries that name no event of the spec`);
  if (!operation.node.has('bindings')) operation.node.set('bindings', ctx.doc.createNode({}));
  const bindings = child(ctx.doc, operation, 'bindings');
  if (bindings && !bindings.node.has('http'))
    bindings.node.set('http', ctx.doc.createNode({ method: ctx.contract.transport.method, bindingVersion: '0.3.0' }));
  const http = bindings && child(ctx.doc, bindings, 'http');
  const query = http && ensureSchema(ctx, http, 'query');
  if (!query) return void ctx.skipped.push(`query ${f.name}: the query of ${f.event} is not a local schema`);
  const host = propertyHost(ctx.doc, query, undefined);
  if (addStringProperty(ctx, host, f.name, provenance(ctx, f)))
    ctx.changes.push(`${f.event} query ${f.name}: described at ${where([...host.path, 'properties', f.name])}`);
}

/** Messages added by this patch, by event name. */
type AddedEvents = Map<string, Located>;

function operationOf(ctx: Ctx, event: string, added: AddedEvents): Located | undefined {
  const known = ctx.contract.events.find((e) => e.name === event);
  const id = known?.operationId ?? addedOperations.get(added)?.get(event);
  return id === undefined
    ? undefined
    : resolve(ctx.doc, { node: ctx.doc.getIn(['operations', id], true), path: ['operations', id] });
}

// The operation id of each added event, per patch run (keyed by the run's AddedEvents map).
const addedOperations = new WeakMap<AddedEvents, Map<string, string>>();

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

function newEvent(ctx: Ctx, f: Of<'unknown-event'>, added: AddedEvents): void {
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
  added.set(f.event, { node: ctx.doc.getIn(messagePath, true) as unknown as YAMLMap, path: messagePath });
  const ops = addedOperations.get(added) ?? new Map<string, string>();
  addedOperations.set(added, ops.set(f.event, id));
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

/** What the patch cannot turn into a spec change. */
function skipReason(f: DriftFinding): string | undefined {
  switch (f.kind) {
    case 'signature-failure':
      return `signature failures (${f.problem}, ${f.count}×): a sender or secret problem, not a spec change`;
    case 'retry':
      return `retries of ${f.event ?? 'a delivery'} (${f.attempts} attempts): sender behaviour; change x-chathooks-delivery by hand if the platform documents it`;
    case 'unparsable-body':
      return `bodies that do not parse (${f.count}×)`;
    case 'unnamed-event':
      return `deliveries that name no event (${f.count}×)`;
    case 'schema-difference':
      return `${f.event} ${f.pointer}: ${f.keyword} (${f.message}) — relax the schema by hand`;
    default:
      return undefined;
  }
}

/** Parsed bodies by recording id, parsed on first use. */
function payloads(recordings: readonly Recording[]): (seen: Seen) => unknown {
  const byId = new Map(recordings.map((r) => [r.id, r]));
  const parsed = new Map<string, unknown>();
  return (seen) => {
    if (!parsed.has(seen.id)) {
      const r = byId.get(seen.id);
      let value: unknown;
      try {
        value = r ? JSON.parse(bodyBytes(r.request.body).toString('utf8')) : undefined;
      } catch {
        value = undefined;
      }
      parsed.set(seen.id, value);
    }
    return parsed.get(seen.id);
  };
}

/**
 * The spec text patched to document a drift report's findings. `recordings` are the ones the report was made
 * from (union branches are chosen by the values they carried).
 *
 * @example
 * const patched = patchSpec(await readFile('spec/tencent-chat.yaml', 'utf8'), report, contract, recordings);
 * await writeFile('spec/tencent-chat.patched.yaml', patched.text);
 */
export function patchSpec(
  text: string,
  report: DriftReport,
  contract: Contract,
  recordings: readonly Recording[],
  options: { today?: Date } = {},
): PatchResult {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const ctx: Ctx = {
    doc,
    contract,
    today: day(options.today ?? new Date()),
    payloadOf: payloads(recordings),
    changes: [],
    skipped: [],
  };
  const added: AddedEvents = new Map();
  // New events first, so that headers and query parameters seen on them land on their new message and operation.
  for (const f of report.findings) if (f.kind === 'unknown-event') newEvent(ctx, f, added);
  for (const f of report.findings) {
    switch (f.kind) {
      case 'undocumented-property':
        newProperty(ctx, f);
        break;
      case 'undocumented-enum-value':
        newEnumValues(ctx, f);
        break;
      case 'type-difference':
        widenType(ctx, f);
        break;
      case 'required-missing':
        relaxRequired(ctx, f);
        break;
      case 'undocumented-header':
        newHeader(ctx, f, added);
        break;
      case 'undocumented-query-parameter':
        newQueryParameter(ctx, f, added);
        break;
      default: {
        const reason = skipReason(f);
        if (reason) ctx.skipped.push(reason);
      }
    }
  }
  return {
    text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
    changes: ctx.changes,
    skipped: ctx.skipped,
  };
}
