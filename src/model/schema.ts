/**
 * JSON Schema handling for spec payloads: walk a schema's subschemas, strip what validators must not see,
 * and bundle a schema with everything it references into one self-contained document (`$defs`).
 */
import type { JsonSchema } from './model.js';
import { escapeToken, getAt, parsePointer, toPointer } from './pointer.js';
import { isObject, type JsonObject as SchemaObject } from './json.js';
import { DOCUMENTED_REQUIRED, OPEN_ENUM } from './strict.js';

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
const SCHEMA_VALUES = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
] as const;
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/** Visit every subschema (depth first), with its pointer relative to `schema`. Data keywords are not entered. */
export function walkSchema(schema: unknown, visit: (node: SchemaObject, pointer: string) => void, pointer = ''): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isObject(map))
      for (const [name, sub] of Object.entries(map)) walkSchema(sub, visit, `${pointer}/${key}/${escapeToken(name)}`);
  }
  for (const key of SCHEMA_VALUES) {
    const sub = schema[key];
    if (Array.isArray(sub)) sub.forEach((s, i) => walkSchema(s, visit, `${pointer}/${key}/${i}`));
    else walkSchema(sub, visit, `${pointer}/${key}`);
  }
  for (const key of SCHEMA_ARRAYS) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => walkSchema(s, visit, `${pointer}/${key}/${i}`));
  }
  const deps = schema['dependencies'];
  if (isObject(deps))
    for (const [name, sub] of Object.entries(deps))
      if (isObject(sub)) walkSchema(sub, visit, `${pointer}/dependencies/${escapeToken(name)}`);
}

/** Schema extensions validators read (annotations for the tolerant reading, the documented shape for the strict one). */
const KEPT_EXTENSIONS = new Set([OPEN_ENUM, DOCUMENTED_REQUIRED]);

/**
 * A deep copy of a schema without extension keys (`x-*`, but for the strict reading's two) and AsyncAPI's string
 * `discriminator`.
 */
export function cleanSchema<T>(schema: T): T {
  const copy = structuredClone(schema);
  walkSchema(copy, (node) => {
    for (const key of Object.keys(node)) {
      if (KEPT_EXTENSIONS.has(key)) continue;
      if (key.startsWith('x-') || (key === 'discriminator' && typeof node[key] === 'string')) delete node[key];
    }
  });
  return copy;
}

const COMPONENT_SCHEMAS = '/components/schemas/';

/** The `$defs` name a document-local ref target gets: its component name, or a name derived from the pointer. */
function defName(targetPointer: string): { name: string; rest: string } {
  if (targetPointer.startsWith(COMPONENT_SCHEMAS)) {
    const [name = '', ...rest] = parsePointer(targetPointer.slice(COMPONENT_SCHEMAS.length - 1));
    return { name, rest: toPointer(rest) };
  }
  return { name: `_${parsePointer(targetPointer).join('.')}`, rest: '' };
}

/**
 * Bundle `schema` (found in `document`) with every schema it references, directly or not, into a
 * self-contained schema whose refs all point into its own `$defs`. Refs must be document-local (`#/...`);
 * unresolvable refs are left as they are (the linter reports them).
 */
export function bundleSchema(document: unknown, schema: JsonSchema): JsonSchema {
  const defs: Record<string, unknown> = {};
  const pending: string[] = [];
  const rewrite = (node: unknown): unknown => {
    const copy = cleanSchema(node);
    walkSchema(copy, (sub) => {
      const ref = sub['$ref'];
      if (typeof ref !== 'string' || !ref.startsWith('#/')) return;
      const target = decodeURIComponent(ref.slice(1));
      const { name, rest } = defName(target);
      if (!(name in defs) && !pending.includes(name)) {
        const base = name.startsWith('_') ? target : COMPONENT_SCHEMAS + escapeToken(name);
        if (getAt(document, base) === undefined) return;
        pending.push(name);
        defs[name] = base;
      }
      sub['$ref'] = `#/$defs/${escapeToken(name)}${rest}`;
    });
    return copy;
  };
  const root = rewrite(schema);
  while (pending.length) {
    const name = pending.shift() as string;
    defs[name] = rewrite(getAt(document, defs[name] as string));
  }
  if (Object.keys(defs).length === 0) return root as JsonSchema;
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((k) => [k, defs[k]]),
  );
  if (isObject(root)) {
    // A root that is a bare `$ref` gets `allOf` so that `$defs` beside it is honoured under draft-07 rules too.
    const keys = Object.keys(root);
    if (keys.length === 1 && keys[0] === '$ref') return { allOf: [root], $defs: sorted };
    return { ...root, $defs: sorted };
  }
  return { allOf: [root], $defs: sorted };
}

/** A copy of `schema` with every local `#/$defs/X…` ref rewritten by `rename(X, rest)`. */
export function mapRefs(schema: unknown, rename: (name: string, rest: string) => string): unknown {
  const copy = structuredClone(schema);
  walkSchema(copy, (node) => {
    const ref = node['$ref'];
    if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return;
    const [name = '', ...rest] = ref.slice('#/$defs/'.length).split('/');
    node['$ref'] = rename(name, rest.length ? `/${rest.join('/')}` : '');
  });
  return copy;
}
