/** What the steps of `drift --patch` share: the document being edited, the run's context, provenance notes. */
import { isMap, type Document, type YAMLMap } from 'yaml';
import type { Contract } from '../model/model.js';
import { getAt, parsePointer } from '../model/pointer.js';
import type { DriftFinding, Seen } from './drift-findings.js';
import { child, messageNamed, type Located } from './patch-yaml.js';

/** The date notes carry (`2026-11-30`). */
export const day = (date: Date) => date.toISOString().slice(0, 10);

export type Of<K extends DriftFinding['kind']> = Extract<DriftFinding, { kind: K }>;

/** An event the patch added: its new message and operation. */
export interface AddedEvent {
  message: Located;
  operationId: string;
}

/** Everything one patch run shares. */
export interface Ctx {
  doc: Document;
  contract: Contract;
  today: string;
  payloadOf: (seen: Seen) => unknown;
  /** Events added by this run, by name (headers and query parameters seen on them land there). */
  added: Map<string, AddedEvent>;
  changes: string[];
  skipped: string[];
}

/** "from 3 recorded deliveries (first: recordings/x.json at 2026-11-30T10:00:00.000Z)". */
export function provenance(ctx: Ctx, f: DriftFinding): string {
  const first = f.firstSeen.file ?? `recording ${f.firstSeen.id}`;
  return `Added by chathooks drift on ${ctx.today} from ${f.count} recorded deliver${f.count === 1 ? 'y' : 'ies'} (first: ${first} at ${f.firstSeen.receivedAt}).`;
}

/** The node under `key` (the yaml package types `get(key, true)` as a scalar; it may be any node). */
export function nodeOf(map: YAMLMap, key: string): unknown {
  return map.get(key, true) as unknown;
}

/** The `properties` map of an object schema, created empty when absent. */
export function propertiesOf(ctx: Ctx, host: Located): YAMLMap {
  const props = nodeOf(host.node, 'properties');
  if (isMap(props)) return props;
  const created = ctx.doc.createNode({});
  host.node.set('properties', created);
  return created;
}

/** The payload schema of a spec event, located in the document. */
export function payloadSchema(ctx: Ctx, event: string): Located | undefined {
  const message = messageNamed(ctx.doc, event);
  return message ? child(ctx.doc, message, 'payload') : undefined;
}

/** A concrete-value reader for a finding's first sighting: the value at each depth of the generalised pointer. */
export function valuesAlong(ctx: Ctx, f: DriftFinding): (depth: number) => unknown {
  const payload = ctx.payloadOf(f.firstSeen);
  const concrete = f.firstSeen.pointer ? parsePointer(f.firstSeen.pointer) : [];
  return (depth) => getAt(payload, concrete.slice(0, depth));
}
