/**
 * A schema as the docs show it: `$ref`s into `$defs` followed, `allOf` members merged into one set of
 * fields, `oneOf`/`anyOf` kept as alternatives. Cycles stop at the definition already being shown.
 */
import { isObject, type JsonObject } from '../model/json.js';
import type { JsonSchema } from '../model/model.js';

export interface SchemaView {
  types: string[];
  /** Definitions followed to get here, outermost first (`Contact`, `Id`). */
  refNames: string[];
  description?: string;
  facts: JsonObject;
  properties: [string, unknown][];
  required: Set<string>;
  additionalProperties?: unknown;
  items?: unknown;
  variants: { keyword: 'oneOf' | 'anyOf'; schemas: unknown[] }[];
  /** Set when the schema refers back to a definition being shown: its name. */
  cycle?: string;
  /** `true`/`{}`: any value. `false`: no value. */
  anything?: boolean;
}

/** Keywords shown as facts, in this order. */
export const FACT_KEYS = [
  'const',
  'enum',
  'format',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
] as const;

/** Flatten one schema node, resolving refs against the root's `$defs`. */
export function viewSchema(schema: unknown, defs: JsonObject, stack: readonly string[] = []): SchemaView {
  const view: SchemaView = { types: [], refNames: [], facts: {}, properties: [], required: new Set(), variants: [] };
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return { ...view, anything: true };
  if (!isObject(schema)) return schema === false ? { ...view, anything: false } : view;
  merge(view, schema, defs, stack, true);
  return view;
}

function merge(view: SchemaView, node: JsonObject, defs: JsonObject, stack: readonly string[], outer: boolean): void {
  let inner = stack;
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const name = decodeURIComponent(ref.slice('#/$defs/'.length)).replace(/~1/g, '/').replace(/~0/g, '~');
    if (stack.includes(name)) {
      view.cycle = name;
      view.refNames.push(name);
    } else if (isObject(defs[name])) {
      view.refNames.push(name);
      inner = [...stack, name];
      merge(view, defs[name], defs, inner, false);
    }
  }
  if (typeof node['description'] === 'string' && (outer || view.description === undefined))
    view.description = node['description'];
  const type = node['type'];
  for (const t of Array.isArray(type) ? type : type === undefined ? [] : [type])
    if (typeof t === 'string' && !view.types.includes(t)) view.types.push(t);
  for (const key of FACT_KEYS)
    if (node[key] !== undefined && view.facts[key] === undefined) view.facts[key] = node[key];
  const props = node['properties'];
  if (isObject(props)) {
    for (const [name, sub] of Object.entries(props)) {
      const at = view.properties.findIndex(([n]) => n === name);
      if (at === -1) view.properties.push([name, withStack(sub, inner)]);
      else view.properties[at] = [name, { allOf: [view.properties[at]![1], withStack(sub, inner)] }];
    }
  }
  if (Array.isArray(node['required']))
    for (const r of node['required']) if (typeof r === 'string') view.required.add(r);
  if (node['additionalProperties'] !== undefined && view.additionalProperties === undefined)
    view.additionalProperties = withStack(node['additionalProperties'], inner);
  if (node['items'] !== undefined && view.items === undefined) view.items = withStack(node['items'], inner);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = node[keyword];
    if (Array.isArray(list)) view.variants.push({ keyword, schemas: list.map((s) => withStack(s, inner)) });
  }
  const allOf = node['allOf'];
  if (Array.isArray(allOf)) for (const member of allOf) if (isObject(member)) merge(view, member, defs, inner, false);
}

/**
 * Subschemas remember which definitions enclose them, so a cycle through properties is caught when the
 * child is viewed. Carried in a symbol key: never serialised, never shown.
 */
const STACK = Symbol('stack');
type Stacked = JsonObject & { [STACK]?: readonly string[] };

function withStack(schema: unknown, stack: readonly string[]): unknown {
  if (!isObject(schema) || stack.length === 0) return schema;
  return Object.assign(Object.create(null) as Stacked, schema, { [STACK]: stack });
}

/** The enclosing definitions of a subschema returned in a view. */
export function stackOf(schema: unknown): readonly string[] {
  return (isObject(schema) && (schema as Stacked)[STACK]) || [];
}

/** The `$defs` of a bundled schema. */
export function defsOf(schema: JsonSchema | undefined): JsonObject {
  return isObject(schema) && isObject(schema['$defs']) ? schema['$defs'] : {};
}

/** Whether a view has fields or alternatives to show below it. */
export function hasChildren(view: SchemaView, defs: JsonObject): boolean {
  if (view.cycle) return false;
  if (view.properties.length > 0 || view.variants.some((v) => !v.schemas.every((s) => isSimple(s, defs)))) return true;
  if (isObject(view.additionalProperties) && Object.keys(view.additionalProperties).length > 0) return true;
  if (view.items !== undefined) return hasChildren(viewSchema(view.items, defs, stackOf(view.items)), defs);
  return false;
}

/** A schema that fits on one line: no fields, no nested alternatives. */
export function isSimple(schema: unknown, defs: JsonObject): boolean {
  const v = viewSchema(schema, defs, stackOf(schema));
  return (
    !v.cycle &&
    v.properties.length === 0 &&
    v.variants.length === 0 &&
    v.items === undefined &&
    !isObject(v.additionalProperties)
  );
}
