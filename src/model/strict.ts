/**
 * The strict reading of a schema: what the documentation publishes, derived from the tolerant schema that
 * validators use to read what platforms really send. Objects with documented properties are closed, documented
 * but open enums (`x-chathooks-open-enum`) are closed, and fields the docs mark required
 * (`x-chathooks-documented-required`) are required. A sender is judged by this reading; a receiver never is.
 */
import { isObject, type JsonObject } from './json.js';
import type { JsonSchema } from './model.js';
import { parsePointer } from './pointer.js';
import { asDiscriminatedUnion, type DiscriminatedUnion } from './strict-union.js';

/** Schema extension: the documented values of a field whose validator stays open (types list them). */
export const OPEN_ENUM = 'x-chathooks-open-enum';
/** Schema extension: properties the docs mark required that older senders omit (required only when strict). */
export const DOCUMENTED_REQUIRED = 'x-chathooks-documented-required';

/**
 * Where a subschema stands, which decides whether it may close its object:
 * - `use`: it describes an instance location by itself (the root, a property, an item) — closed here;
 * - `branch`: one part of the description of a location (`allOf`/`anyOf`/`oneOf`/`then`/`else`) — closing it
 *   would reject its siblings' properties, so the use site closes;
 * - `def`: a `$defs` root, a branch of each place that refers to it (but see `selfClosing`);
 * - `frozen`: `not`, `if`, `contains`, `propertyNames` — closing would change what they match, so untouched.
 */
type Position = 'use' | 'branch' | 'def' | 'frozen';

interface Ctx {
  root: unknown;
  /** Definitions some schema refers to as one part of a location (in a composition, or beside other keywords). */
  composed: ReadonlySet<string>;
}

/** Keywords whose subschema describes the same instance as the node itself. */
const BRANCH_ARRAYS = ['allOf', 'anyOf', 'oneOf'] as const;
const BRANCH_VALUES = ['then', 'else'] as const;
const BRANCH_MAPS = ['dependencies', 'dependentSchemas'] as const;
/** Keywords whose subschemas describe other instances (properties, items): each is a use site. */
const USE_MAPS = ['properties', 'patternProperties'] as const;
const USE_VALUES = ['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems'] as const;
const USE_LISTS = ['items', 'prefixItems'] as const;
const FROZEN_VALUES = ['not', 'if', 'contains', 'propertyNames'] as const;
const DEF_MAPS = ['$defs', 'definitions'] as const;
/** Keywords beside a `$ref` that describe nothing: such a `$ref` is a plain use of its definition. */
const ANNOTATIONS = new Set([
  '$ref',
  'title',
  'description',
  '$comment',
  'examples',
  'example',
  'default',
  'deprecated',
]);

const has = (list: readonly string[], key: string): boolean => list.includes(key);

/**
 * The strict schema of a tolerant one (a new object; the input is not changed). The result uses
 * `unevaluatedProperties`, so it compiles with `createAjv({ unevaluated: true })`.
 *
 * @example
 * strictSchema({ type: 'object', properties: { a: { type: 'string', 'x-chathooks-open-enum': ['x', 'y'] } } });
 * // { type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] } }, unevaluatedProperties: false }
 */
export function strictSchema(schema: JsonSchema): JsonSchema {
  return strictSchemas([schema])[0]!;
}

/**
 * The strict schemas of several bundled schemas that share definitions (a contract's events): each shared
 * definition comes out the same in all of them, as codegen emits it once.
 *
 * @example
 * const [payload, reply] = strictSchemas([event.payload, event.reply.schema]);
 */
export function strictSchemas(schemas: readonly JsonSchema[]): JsonSchema[] {
  const composed = new Set<string>();
  for (const schema of schemas) collectComposedDefs(schema, composed);
  return schemas.map((schema) => rewrite(schema, 'use', { root: schema, composed }));
}

function rewrite(node: unknown, position: Position, ctx: Ctx, name?: string): JsonSchema {
  if (!isObject(node)) return node as JsonSchema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === OPEN_ENUM || key === DOCUMENTED_REQUIRED) continue;
    out[key] = rewriteKeyword(key, value, position === 'frozen', ctx);
  }
  // A frozen subschema only loses the extensions (Ajv compiles strict schemas without them).
  if (position === 'frozen') return out;
  closeEnum(node, out);
  addDocumentedRequired(node, out);
  const union = asDiscriminatedUnion(node, (ref) => resolveLocal(ctx.root, ref));
  if (union) {
    const closing = selfClosing(node, union, position, ctx, name);
    union.rewriteInto(out, closing);
    if (closing) return out;
  }
  if (position === 'use' && closable(node, ctx)) out['unevaluatedProperties'] = false;
  return out;
}

function rewriteKeyword(key: string, value: unknown, frozen: boolean, ctx: Ctx): unknown {
  const each = (position: Position) => (sub: unknown) => rewrite(sub, frozen ? 'frozen' : position, ctx);
  const map = (position: Position) => (isObject(value) ? mapValues(value, each(position)) : value);
  if (has(BRANCH_ARRAYS, key)) return Array.isArray(value) ? value.map(each('branch')) : value;
  if (has(BRANCH_VALUES, key)) return each('branch')(value);
  if (has(BRANCH_MAPS, key)) return map('branch');
  if (has(USE_MAPS, key)) return map('use');
  if (has(USE_VALUES, key)) return each('use')(value);
  if (has(USE_LISTS, key)) return Array.isArray(value) ? value.map(each('use')) : each('use')(value);
  if (has(FROZEN_VALUES, key)) return each('frozen')(value);
  if (has(DEF_MAPS, key) && isObject(value)) {
    const defs: JsonObject = {};
    for (const [name, def] of Object.entries(value))
      defs[name] = rewrite(def, frozen ? 'frozen' : 'def', ctx, `#/${key}/${name}`);
    return defs;
  }
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
 * Whether a discriminated union closes its object inside each branch (so that a finding in one branch is not
 * echoed by every other branch, and its properties are never reported undocumented because the branch failed):
 * at a use site, or in a definition no schema composes with other keywords.
 */
function selfClosing(
  node: JsonObject,
  union: DiscriminatedUnion,
  position: Position,
  ctx: Ctx,
  name: string | undefined,
): boolean {
  if (!union.closesAlone || 'additionalProperties' in node || 'unevaluatedProperties' in node) return false;
  if (position === 'use') return true;
  return position === 'def' && name !== undefined && !ctx.composed.has(name);
}

/**
 * Whether the object a use site describes has documented properties (its own, or through `$ref` and its
 * branches) and no explicit `additionalProperties`/`unevaluatedProperties` at the use site: a branch with
 * `additionalProperties` evaluates every property, so the added `unevaluatedProperties: false` leaves it open.
 * A plain `$ref` to a self-closing union is closed already.
 */
function closable(node: JsonObject, ctx: Ctx): boolean {
  if ('additionalProperties' in node || 'unevaluatedProperties' in node) return false;
  const ref = node['$ref'];
  if (typeof ref === 'string' && Object.keys(node).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) {
    const target = resolveLocal(ctx.root, ref);
    const union = isObject(target) ? asDiscriminatedUnion(target, (r) => resolveLocal(ctx.root, r)) : undefined;
    if (union && isObject(target) && selfClosing(target, union, 'def', ctx, defName(ref))) return false;
  }
  return documentsProperties(node, ctx.root, new Set());
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

/**
 * Every definition some schema refers to as a part of a location: a `$ref` in `allOf`/`anyOf`/`oneOf`/`then`/
 * `else`, or a `$ref` beside keywords that describe the same location.
 */
function collectComposedDefs(schema: unknown, out: Set<string>): void {
  const visit = (node: unknown, composed: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, composed);
      return;
    }
    if (!isObject(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      const beside = Object.keys(node).some((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
      const name = defName(ref);
      if (name && (composed || beside)) out.add(name);
    }
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key === 'enum' || key === 'const') continue;
      const branch = has(BRANCH_ARRAYS, key) || has(BRANCH_VALUES, key);
      if (has(USE_MAPS, key) || has(DEF_MAPS, key) || has(BRANCH_MAPS, key)) {
        if (isObject(value)) for (const sub of Object.values(value)) visit(sub, has(BRANCH_MAPS, key));
      } else visit(value, branch);
    }
  };
  visit(schema, false);
}

/** `#/$defs/Name` (no deeper pointer) as the key `rewrite` names a definition by. */
function defName(ref: string): string | undefined {
  const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  return match ? `#/${match[1]}/${decodeURIComponent(match[2]!).replace(/~1/g, '/').replace(/~0/g, '~')}` : undefined;
}

function resolveLocal(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
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
