/**
 * The strict reading of a schema: what the documentation publishes, derived from the tolerant schema that
 * validators use to read what platforms really send. Objects with documented properties are closed, documented
 * but open enums (`x-chathooks-open-enum`) are closed, and fields the docs mark required
 * (`x-chathooks-documented-required`) are required. A sender is judged by this reading; a receiver never is.
 */
import { isObject, type JsonObject } from './json.js';
import type { JsonSchema } from './model.js';
import { parsePointer } from './pointer.js';

/** Schema extension: the documented values of a field whose validator stays open (types list them). */
export const OPEN_ENUM = 'x-chathooks-open-enum';
/** Schema extension: properties the docs mark required that older senders omit (required only when strict). */
export const DOCUMENTED_REQUIRED = 'x-chathooks-documented-required';

/**
 * Where a subschema stands, which decides whether it may close its object:
 * - `use`: it describes an instance location by itself (the root, a property, an item) — closed here;
 * - `branch`: one part of the description of a location (`allOf`/`anyOf`/`oneOf`/`then`/`else`, a `$defs`
 *   root reached through `$ref`) — closing it would reject its siblings' properties, so the use site closes;
 * - `frozen`: `not`, `if`, `contains`, `propertyNames` — closing would change what they match, so untouched.
 */
type Position = 'use' | 'branch' | 'frozen';

/** Keywords whose subschema describes the same instance as the node itself. */
const BRANCH_ARRAYS = ['allOf', 'anyOf', 'oneOf'] as const;
const BRANCH_VALUES = ['then', 'else'] as const;
/** Keywords whose subschemas describe other instances (properties, items): each is a use site. */
const USE_MAPS = ['properties', 'patternProperties'] as const;
const USE_VALUES = ['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems'] as const;
const FROZEN_VALUES = ['not', 'if', 'contains', 'propertyNames'] as const;
const DEF_MAPS = ['$defs', 'definitions'] as const;

/**
 * The strict schema of a tolerant one (a new object; the input is not changed). The result uses
 * `unevaluatedProperties`, so it compiles with `createAjv({ unevaluated: true })`.
 *
 * @example
 * strictSchema({ type: 'object', properties: { a: { type: 'string', 'x-chathooks-open-enum': ['x', 'y'] } } });
 * // { type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] } }, unevaluatedProperties: false }
 */
export function strictSchema(schema: JsonSchema): JsonSchema {
  return rewrite(schema, 'use', schema);
}

function rewrite(node: unknown, position: Position, root: unknown): JsonSchema {
  if (!isObject(node)) return node as JsonSchema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === OPEN_ENUM || key === DOCUMENTED_REQUIRED) continue;
    out[key] = rewriteKeyword(key, value, position === 'frozen', root);
  }
  // A frozen subschema only loses the extensions (Ajv compiles strict schemas without them).
  if (position === 'frozen') return out;
  closeEnum(node, out);
  addDocumentedRequired(node, out);
  if (position === 'use' && closable(node, root)) out['unevaluatedProperties'] = false;
  return out;
}

function rewriteKeyword(key: string, value: unknown, frozen: boolean, root: unknown): unknown {
  const each = (position: Position) => (sub: unknown) => rewrite(sub, frozen ? 'frozen' : position, root);
  const map = (position: Position) => (isObject(value) ? mapValues(value, each(position)) : value);
  if ((BRANCH_ARRAYS as readonly string[]).includes(key))
    return Array.isArray(value) ? value.map(each('branch')) : value;
  if ((BRANCH_VALUES as readonly string[]).includes(key)) return each('branch')(value);
  if ((USE_MAPS as readonly string[]).includes(key)) return map('use');
  if ((USE_VALUES as readonly string[]).includes(key)) return each('use')(value);
  if ((FROZEN_VALUES as readonly string[]).includes(key)) return each('frozen')(value);
  if ((DEF_MAPS as readonly string[]).includes(key)) return map('branch');
  if (key === 'items' || key === 'prefixItems')
    return Array.isArray(value) ? value.map(each('use')) : each('use')(value);
  if (key === 'dependencies' || key === 'dependentSchemas') return map('branch');
  return value;
}

/** `x-chathooks-open-enum` becomes `enum` (with `null` when the type admits it), unless an `enum` is there. */
function closeEnum(node: JsonObject, out: JsonObject): void {
  const values = node[OPEN_ENUM];
  if (!Array.isArray(values) || 'enum' in node || 'const' in node) return;
  const type = node['type'];
  const nullable = type === 'null' || (Array.isArray(type) && type.includes('null'));
  out['enum'] = nullable && !values.includes(null) ? [...values, null] : [...values];
}

/** `x-chathooks-documented-required` names join `required` (order kept, no duplicates). */
function addDocumentedRequired(node: JsonObject, out: JsonObject): void {
  const names = node[DOCUMENTED_REQUIRED];
  if (!Array.isArray(names)) return;
  const required = Array.isArray(node['required']) ? [...(node['required'] as unknown[])] : [];
  for (const name of names) if (typeof name === 'string' && !required.includes(name)) required.push(name);
  out['required'] = required;
}

/**
 * Whether the object a use site describes has documented properties (its own, or through `$ref` and its
 * branches) and no explicit `additionalProperties`/`unevaluatedProperties` at the use site: a branch with
 * `additionalProperties` evaluates every property, so the added `unevaluatedProperties: false` leaves it open.
 */
function closable(node: JsonObject, root: unknown): boolean {
  if ('additionalProperties' in node || 'unevaluatedProperties' in node) return false;
  return documentsProperties(node, root, new Set());
}

function documentsProperties(node: unknown, root: unknown, seen: Set<string>): boolean {
  if (!isObject(node)) return false;
  if (isObject(node['properties'])) return true;
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#') && !seen.has(ref)) {
    seen.add(ref);
    if (documentsProperties(resolveLocal(root, ref), root, seen)) return true;
  }
  for (const key of BRANCH_ARRAYS) {
    const list = node[key];
    if (Array.isArray(list) && list.some((sub) => documentsProperties(sub, root, seen))) return true;
  }
  return BRANCH_VALUES.some((key) => documentsProperties(node[key], root, seen));
}

function resolveLocal(root: unknown, ref: string): unknown {
  let node = root;
  for (const token of parsePointer(decodeURIComponent(ref.slice(1)))) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function mapValues(object: JsonObject, fn: (value: unknown) => unknown): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) out[key] = fn(value);
  return out;
}
