/**
 * `chathooks drift --patch`: a copy of the spec that documents what recorded deliveries showed — new optional
 * properties, enum values, widened types, relaxed documented-required fields, undescribed headers and query
 * parameters, and unknown events as `x-chathooks-confidence: observed` messages with the recording as the example.
 * Edited with the `yaml` Document API, so comments, key order and the style of untouched nodes survive; every
 * addition carries an `x-chathooks-notes` saying it came from drift and when.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { batchItems } from '../model/batch.js';
import type { Contract } from '../model/model.js';
import { parsePointer, toPointer } from '../model/pointer.js';
import { bodyBytes, type Recording } from './recording.js';
import type { DriftFinding, DriftReport, Seen } from './drift-findings.js';
import { inferSchema } from './patch-schema.js';
import { addNote, propertyHost, readers, scalars, schemaAt, where, type Located } from './patch-yaml.js';
import {
  day,
  nodeOf,
  payloadSchema,
  propertiesOf,
  provenance,
  valuesAlong,
  type Ctx,
  type Of,
} from './patch-context.js';
import { newEvent } from './patch-events.js';
import { newHeader, newQueryParameter } from './patch-outside.js';
import { widenRetries } from './patch-delivery.js';

export interface PatchResult {
  /** The patched spec text. */
  text: string;
  /** One line per change made. */
  changes: string[];
  /** Findings the patch does not turn into a spec change, and why. */
  skipped: string[];
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
  const seen = f.seen.map((s) => s.value);
  if (root && widenAtReference(ctx, f, root, seen)) return;
  const at = root && schemaAt(ctx.doc, root, f.pointer, valuesAlong(ctx, f));
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

/**
 * Widen where the property refers to a shared schema (`created_at: { $ref: '#/components/schemas/TimestampMs' }`):
 * the reference becomes `anyOf: [{ $ref }, { type: seen }]` at that property, so the fields of other events that
 * share the definition keep their documented type. False when the property's schema is not a reference.
 */
function widenAtReference(ctx: Ctx, f: Of<'type-difference'>, root: Located, seen: string[]): boolean {
  const tokens = parsePointer(f.pointer);
  const name = tokens.at(-1);
  if (name === undefined || name === '*' || /^(0|[1-9][0-9]*)$/.test(name)) return false;
  const along = valuesAlong(ctx, f);
  const parent = schemaAt(ctx.doc, root, toPointer(tokens.slice(0, -1)), along);
  if (!parent) return false;
  for (const reader of readers(ctx.doc, parent, along(tokens.length - 1))) {
    const props = reader.node.get('properties', true);
    const site = isMap(props) ? props.get(name, true) : undefined;
    if (!isMap(site) || typeof site.get('$ref') !== 'string') continue;
    const ref = site.get('$ref') as string;
    site.delete('$ref');
    site.set('anyOf', ctx.doc.createNode([{ $ref: ref }, ...seen.map((type) => ({ type }))]));
    addNote(site, provenance(ctx, f).replace(/^Added/, `Widened to ${seen.join(', ')}`));
    ctx.changes.push(
      `${f.event} ${f.pointer}: type widened with ${seen.join(', ')} at ${where([...reader.path, 'properties', name])} (the shared ${ref} unchanged)`,
    );
    return true;
  }
  return false;
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

/** What the patch cannot turn into a spec change. */
function skipReason(f: DriftFinding): string | undefined {
  switch (f.kind) {
    case 'signature-failure':
      return `signature failures (${f.problem}, ${f.count}×): a sender or secret problem, not a spec change`;
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
  const inBatch = contract.batch ? batchFindings(contract.batch.items, report.findings) : undefined;
  const findingsToPatch = inBatch?.findings ?? report.findings;
  const bodies = payloads(recordings);
  const ctx: Ctx = {
    doc,
    contract,
    today: day(options.today ?? new Date()),
    payloadOf: inBatch ? (seen) => inBatch.itemOf(seen, bodies(seen)) : bodies,
    added: new Map(),
    changes: [],
    skipped: [],
  };
  // New events first, so that headers and query parameters seen on them land on their new message and operation.
  for (const f of findingsToPatch) if (f.kind === 'unknown-event') newEvent(ctx, f);
  for (const f of findingsToPatch) {
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
        newHeader(ctx, f);
        break;
      case 'undocumented-query-parameter':
        newQueryParameter(ctx, f);
        break;
      case 'retry':
        break; // all at once, below
      default: {
        const reason = skipReason(f);
        if (reason) ctx.skipped.push(reason);
      }
    }
  }
  widenRetries(
    ctx,
    findingsToPatch.filter((f): f is Of<'retry'> => f.kind === 'retry'),
  );
  return {
    text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
    changes: ctx.changes,
    skipped: ctx.skipped,
  };
}

/** A lint problem the patch answers: an invalid example its widening made valid (lint's `invalid-example-accepted`). */
export interface AcceptedInvalidExample {
  /** JSON pointer of the example in the document (`/components/messages/X/x-chathooks-invalid-examples/0`). */
  pointer: string;
  message: string;
}

/**
 * Remove the invalid examples that what was seen contradicts: after widening a type or an enum to what the platform
 * sends, an example that says "the platform never sends this" is no longer true, and the spec would not lint.
 * Each removal is a change line naming the example and why.
 *
 * @example
 * const fixed = dropContradictedInvalidExamples(patched.text, problems.filter((p) => p.code === 'invalid-example-accepted'));
 */
export function dropContradictedInvalidExamples(
  text: string,
  accepted: readonly AcceptedInvalidExample[],
): { text: string; changes: string[] } {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const changes: string[] = [];
  // Highest index first, so earlier removals do not shift the later ones.
  const targets = accepted
    .map((a) => ({ ...a, path: parsePointer(a.pointer) }))
    .sort((a, b) => Number(b.path.at(-1)) - Number(a.path.at(-1)));
  for (const t of targets) {
    const list = doc.getIn(t.path.slice(0, -1), true);
    const index = Number(t.path.at(-1));
    if (!isSeq(list) || !Number.isInteger(index)) continue;
    const item = list.get(index, true);
    const name = isMap(item) ? String(item.get('name')) : String(index);
    list.delete(index);
    if (list.items.length === 0) doc.deleteIn(t.path.slice(0, -1));
    changes.push(
      `${where(t.path)}: invalid example "${name}" removed — the platform was seen sending what it describes`,
    );
  }
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), changes };
}

/**
 * A batch contract's findings as the patch reads them: pointers relative to the event (`/events/* /message/x` is
 * `/message/x` of that event's payload schema), and each first sighting's payload the event it was seen in.
 */
function batchFindings(
  items: string,
  findings: readonly DriftFinding[],
): { findings: DriftFinding[]; itemOf: (seen: Seen, body: unknown) => unknown } {
  const index = new WeakMap<Seen, number>();
  const general = `${items}/*`;
  const concrete = new RegExp(`^${items.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d+)(?=/|$)`);
  const out = findings.map((f) => {
    if (!('pointer' in f) || typeof f.pointer !== 'string' || !f.pointer.startsWith(general)) return f;
    const at = concrete.exec(f.firstSeen.pointer ?? '');
    const firstSeen: Seen = { ...f.firstSeen, pointer: (f.firstSeen.pointer ?? '').slice(at?.[0].length ?? 0) };
    if (at) index.set(firstSeen, Number(at[1]));
    return { ...f, pointer: f.pointer.slice(general.length), firstSeen } as DriftFinding;
  });
  return {
    findings: out,
    itemOf: (seen, body) => {
      const i = index.get(seen);
      return i === undefined ? body : batchItems({ items }, body)?.[i];
    },
  };
}
