/**
 * Deliveries → events: a delivery whose body is a discriminated union becomes one event per variant (named by
 * the discriminator value); any other delivery is one event, named by the property every body declares as a
 * constant. Source examples go to the event whose discriminator they carry (batch examples item by item).
 */
import { isObject, type JsonObject } from '../model/json.js';
import { pascalCase } from '../model/naming.js';
import { getAt } from '../model/pointer.js';
import { ImportError } from './errors.js';
import { withConstProperty } from './keywords.js';
import type { SchemaConverter } from './schemas.js';
import type { SourceExample, SourcePayload, SourceShape } from './shape.js';
import type { SourceDocument } from './source.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Properties that usually carry an event's name, tried first when several hold constants. */
const LIKELY = ['type', 'event', 'event_type', 'eventType', 'kind', 'name', 'action'];

export interface ImportedEvent {
  /** The platform's event name (the discriminator's value). */
  name: string;
  /** The key of its message and operation in the spec. */
  key: string;
  /** Its payload's name in components.schemas. */
  schemaName: string;
  title?: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** Where it is documented: a URL, or the input file. */
  source: string;
  examples: SourceExample[];
  headersSchema?: JsonObject | boolean;
}

export interface ImportedSpec {
  shape: SourceShape;
  /** Source examples that could not be placed. */
  warnings: string[];
  discriminator?: { in: 'body'; name: string };
  events: ImportedEvent[];
  reply?: { status: number; schemaName?: string; description?: string; examples: SourceExample[] };
  batch?: { items: string; envelopeName: string; empty: 'verification' | 'invalid'; examples: SourceExample[] };
}

/** `memberJoined`, `group.created` → `groupCreated`: a message/operation key. */
function camelKey(name: string): string {
  const pascal = pascalCase(name);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

interface Draft {
  payload: SourcePayload;
  schemaName: string;
  /** Known from a union: the discriminator property and value. */
  variant?: { property: string; value: string };
}

/** The component names a union at `pointer` selects between (a ref to a base with a discriminator, or an inline oneOf). */
function unionVariants(
  doc: SourceDocument,
  conv: SchemaConverter,
  pointer: string,
): { property: string; variants: { value: string; name: string }[] } | undefined {
  const raw = getAt(doc.data, pointer);
  if (!isObject(raw)) return undefined;
  const ref = str(raw['$ref']);
  if (ref?.startsWith('#/components/schemas/')) {
    const name = decodeURIComponent(ref.split('/')[3] ?? '');
    const union = conv.unions.get(name);
    if (!union) return undefined;
    if (conv.isInheritanceBase(name)) conv.eventRoots.add(name);
    return union;
  }
  const discriminator = raw['discriminator'];
  const list = Array.isArray(raw['oneOf']) ? raw['oneOf'] : Array.isArray(raw['anyOf']) ? raw['anyOf'] : undefined;
  if (!isObject(discriminator) || !list || typeof discriminator['propertyName'] !== 'string') return undefined;
  const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
  const variants = list.flatMap((entry, i) => {
    const target = isObject(entry) ? str(entry['$ref']) : undefined;
    if (!target?.startsWith('#/components/schemas/')) {
      throw new ImportError([
        doc.problem(
          'import-union-inline',
          `${pointer}/oneOf/${i}`,
          'A discriminated union lists an inline schema; chathooks import needs each variant as a named schema in components.schemas ($ref it).',
        ),
      ]);
    }
    const name = decodeURIComponent(target.split('/')[3] ?? '');
    const value =
      Object.entries(mapping).find(([, t]) => t === target || t === name)?.[0] ??
      conv.declaredConst(name, discriminator['propertyName'] as string) ??
      name;
    conv.addVariant(name, discriminator['propertyName'] as string, value);
    return [{ value, name }];
  });
  return { property: discriminator['propertyName'], variants };
}

/** The name an inline schema gets in components.schemas: from the delivery's name, never a taken one. */
function freeName(conv: SchemaConverter, wanted: string): string {
  let name = wanted;
  for (let i = 2; conv.sourceSchema(name) !== undefined || conv.output.has(name); i++) name = `${wanted}${i}`;
  return name;
}

/** Put a schema that is not a component (inline in a webhook) into components.schemas under a new name. */
function schemaNameOf(doc: SourceDocument, conv: SchemaConverter, pointer: string, wanted: string): string {
  const raw = getAt(doc.data, pointer);
  const ref = isObject(raw) ? str(raw['$ref']) : undefined;
  if (ref?.startsWith('#/components/schemas/') && Object.keys(raw as JsonObject).length === 1) {
    const name = decodeURIComponent(ref.split('/')[3] ?? '');
    conv.component(name);
    return name;
  }
  const name = freeName(conv, wanted);
  const converted = conv.node(raw, pointer);
  conv.output.set(name, isObject(converted) ? converted : { allOf: [converted] });
  return name;
}

/** Properties of a converted object schema that hold one constant string (`const`, or a one-value `enum`). */
function constants(schema: JsonObject | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const props = schema && isObject(schema['properties']) ? schema['properties'] : {};
  for (const [key, prop] of Object.entries(props)) {
    if (!isObject(prop)) continue;
    if (typeof prop['const'] === 'string') out.set(key, prop['const']);
    else if (Array.isArray(prop['enum']) && prop['enum'].length === 1 && typeof prop['enum'][0] === 'string')
      out.set(key, prop['enum'][0]);
  }
  return out;
}

/** Pick the property that names every event: one that holds a constant in each body. */
function chooseProperty(perEvent: Map<string, string>[], fixed: string | undefined): string | undefined {
  if (fixed !== undefined) return perEvent.every((c) => c.has(fixed)) ? fixed : undefined;
  const first = perEvent[0];
  if (!first) return undefined;
  const common = [...first.keys()].filter((k) => perEvent.every((c) => c.has(k)));
  return LIKELY.find((k) => common.includes(k)) ?? common[0];
}

function draftsOf(
  doc: SourceDocument,
  conv: SchemaConverter,
  shape: SourceShape,
): { drafts: Draft[]; property?: string } {
  const drafts: Draft[] = [];
  let property: string | undefined;
  for (const payload of shape.payloads) {
    const union = unionVariants(doc, conv, payload.pointer);
    if (union) {
      property ??= union.property;
      for (const v of union.variants) {
        conv.component(v.name);
        drafts.push({ payload, schemaName: v.name, variant: { property: union.property, value: v.value } });
      }
      continue;
    }
    drafts.push({ payload, schemaName: schemaNameOf(doc, conv, payload.pointer, pascalCase(payload.name)) });
  }
  return property !== undefined ? { drafts, property } : { drafts };
}

/** Name the events that are not union variants by their constant property; set that property as a `const`. */
function nameEvents(doc: SourceDocument, conv: SchemaConverter, drafts: Draft[], fixed: string | undefined) {
  const singles = drafts.filter((d) => !d.variant);
  const property = chooseProperty(
    singles.map((d) => constants(conv.output.get(d.schemaName))),
    fixed,
  );
  const names = drafts.map((d) => {
    if (d.variant) return d.variant.value;
    if (property === undefined) return d.payload.name;
    const value = constants(conv.output.get(d.schemaName)).get(property)!;
    conv.output.set(d.schemaName, withConstProperty(conv.output.get(d.schemaName)!, property, value));
    return value;
  });
  if (property === undefined && fixed === undefined && drafts.length > 1) {
    throw new ImportError([
      doc.problem(
        'import-no-discriminator',
        drafts[0]!.payload.pointer,
        `${drafts.length} deliveries, but no body property holds a constant in every one of them, so nothing tells the events apart. Give each body a property such as \`type: { const: <event name> }\` (or a \`discriminator\`).`,
      ),
    ]);
  }
  return { names, property: property ?? fixed };
}

/** Spread source examples over the events by their discriminator value (a batch example item by item). */
function spreadExamples(
  events: ImportedEvent[],
  property: string | undefined,
  shape: SourceShape,
  drafts: Draft[],
  warnings: string[],
) {
  const byName = new Map(events.map((e) => [e.name, e]));
  const place = (payload: unknown, example: SourceExample, fallback: ImportedEvent | undefined) => {
    const value = property !== undefined && isObject(payload) ? str(payload[property]) : undefined;
    const event = (value !== undefined ? byName.get(value) : undefined) ?? (events.length === 1 ? events[0] : fallback);
    if (!event) {
      warnings.push(
        `the source example "${example.name}" is left out: its ${property ?? 'discriminator'} ${JSON.stringify(value ?? null)} names no event (${events.map((e) => e.name).join(', ')})`,
      );
      return;
    }
    let name = example.name;
    for (let i = 2; event.examples.some((e) => e.name === name); i++) name = `${example.name}-${i}`;
    event.examples.push({ ...example, name, payload });
  };
  drafts.forEach((d, i) => {
    // A delivery's own examples belong to its event, unless it is a union (then by value).
    for (const example of d.payload.examples) place(example.payload, example, d.variant ? undefined : events[i]);
  });
  if (shape.batch) {
    const items = shape.batch.items.slice(1);
    for (const example of shape.batch.examples) {
      const list = isObject(example.payload) ? example.payload[items] : undefined;
      if (Array.isArray(list))
        list.forEach((item, i) => place(item, { ...example, name: `${example.name}-${i + 1}` }, undefined));
    }
  }
}

/**
 * Turn the deliveries of `shape` into events and convert every schema they use.
 *
 * @example
 * buildEvents(doc, converter, shape).events.map((e) => e.name); // ['message', 'unsend', 'follow', …]
 */
export function buildEvents(doc: SourceDocument, conv: SchemaConverter, shape: SourceShape): ImportedSpec {
  const { drafts, property: unionProperty } = draftsOf(doc, conv, shape);
  conv.flush();
  const { names, property } = nameEvents(doc, conv, drafts, unionProperty);
  const keys = new Set<string>();
  const events = drafts.map((d, i): ImportedEvent => {
    const name = names[i]!;
    let key = camelKey(name);
    for (let n = 2; keys.has(key); n++) key = `${camelKey(name)}${n}`;
    keys.add(key);
    const schema = conv.sourceSchema(d.schemaName);
    const own = isObject(schema) ? schema : {};
    const event: ImportedEvent = {
      name,
      key,
      schemaName: d.schemaName,
      tags: d.payload.tags,
      source:
        (d.variant ? str(getAt(own, '/externalDocs/url')) : undefined) ??
        d.payload.docs ??
        str(getAt(own, '/externalDocs/url')) ??
        shape.docs ??
        doc.file,
      examples: [],
    };
    const description = d.variant ? (str(own['description']) ?? d.payload.description) : d.payload.description;
    if (d.payload.title !== undefined && !d.variant) event.title = d.payload.title;
    if (d.payload.summary !== undefined && !d.variant) event.summary = d.payload.summary;
    if (description !== undefined) event.description = description;
    if (d.payload.headersPointer !== undefined)
      event.headersSchema = conv.node(getAt(doc.data, d.payload.headersPointer), d.payload.headersPointer);
    return event;
  });
  const seen = new Map<string, number>();
  events.forEach((e, i) => {
    const before = seen.get(e.name);
    if (before !== undefined)
      throw new ImportError([
        doc.problem(
          'import-event-duplicate',
          drafts[i]!.payload.pointer,
          `Two deliveries are the event "${e.name}" (${drafts[before]!.schemaName} and ${drafts[i]!.schemaName}); each event name must be described once.`,
        ),
      ]);
    seen.set(e.name, i);
  });
  const warnings: string[] = [];
  spreadExamples(events, property, shape, drafts, warnings);
  const spec: ImportedSpec = { shape, events, warnings };
  if (property !== undefined) spec.discriminator = { in: 'body', name: property };
  if (shape.reply) {
    const reply: NonNullable<ImportedSpec['reply']> = { status: shape.reply.status, examples: shape.reply.examples };
    if (shape.reply.schemaPointer !== undefined)
      reply.schemaName = schemaNameOf(doc, conv, shape.reply.schemaPointer, 'Reply');
    if (shape.reply.description !== undefined) reply.description = shape.reply.description;
    spec.reply = reply;
  }
  if (shape.batch) {
    const envelopeName = schemaNameOf(doc, conv, shape.batch.envelopePointer, 'Envelope');
    const envelope = conv.output.get(envelopeName);
    const array =
      envelope && isObject(envelope['properties']) ? envelope['properties'][shape.batch.items.slice(1)] : undefined;
    const empty =
      isObject(array) && typeof array['minItems'] === 'number' && array['minItems'] > 0 ? 'invalid' : 'verification';
    spec.batch = { items: shape.batch.items, envelopeName, empty, examples: shape.batch.examples };
  }
  conv.flush();
  return spec;
}
