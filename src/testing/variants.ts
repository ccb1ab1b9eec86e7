/**
 * Payloads as platforms really send them, derived from a valid example: other bytes for the same JSON,
 * only the required fields (older clients), and a field no doc mentions (newer platforms).
 */
import { isObject } from '../model/json.js';
import type { JsonSchema } from '../model/model.js';

/**
 * The payload serialised the way PHP's `json_encode` and Sendbird do: `/` as `\/`, every non-ASCII UTF-16
 * unit as `\uXXXX`. Same JSON value, other bytes: a receiver that verifies re-serialised JSON fails here.
 */
export function platformBytes(payload: unknown): string {
  return JSON.stringify(payload).replace(/[/\u0080-\uffff]/g, (c) =>
    c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

type SchemaObject = { [keyword: string]: unknown };

function deref(schema: unknown, root: JsonSchema, seen = 0): SchemaObject | undefined {
  if (!isObject(schema)) return undefined;
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/') && seen < 16) {
    let target: unknown = root;
    for (const part of ref.slice(2).split('/'))
      target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return deref(target, root, seen + 1);
  }
  return schema;
}

/** The schema and every schema it is combined with (allOf, anyOf, oneOf), dereferenced. */
function parts(schema: SchemaObject, root: JsonSchema, depth = 0): SchemaObject[] {
  const out = [schema];
  if (depth > 8) return out;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const branch of list) {
      const s = deref(branch, root);
      if (s) out.push(...parts(s, root, depth + 1));
    }
  }
  return out;
}

function strip(value: unknown, schema: unknown, root: JsonSchema, depth: number): unknown {
  const s = deref(schema, root);
  if (!s || depth > 32) return value;
  const all = parts(s, root);
  if (Array.isArray(value)) {
    const items = all.map((p) => p['items']).find((i) => isObject(i));
    return items ? value.map((v) => strip(v, items, root, depth + 1)) : value;
  }
  if (!isObject(value)) return value;
  const required = new Set<string>();
  const properties: Record<string, unknown> = {};
  let described = false;
  for (const p of all) {
    if (Array.isArray(p['required'])) for (const r of p['required']) if (typeof r === 'string') required.add(r);
    if (isObject(p['properties'])) {
      described = true;
      Object.assign(properties, p['properties']);
    }
  }
  // A free-form object (no properties described) is kept whole: nothing says which keys are optional.
  if (!described) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (required.has(k)) out[k] = strip(v, properties[k], root, depth + 1);
  return out;
}

/**
 * The example with every optional property left out, recursively (where branches of anyOf/oneOf disagree,
 * what any branch requires is kept). May be invalid under conditional schemas: check before sending.
 */
export function requiredOnly(payload: unknown, schema: JsonSchema): unknown {
  return strip(payload, schema, schema, 0);
}

/** The field `withUnknownField` adds. */
export const UNKNOWN_FIELD = 'chathooks_undocumented_field';

/** The example with one more top-level field no doc mentions (undefined for a non-object payload). */
export function withUnknownField(payload: unknown): unknown {
  return isObject(payload) ? { ...payload, [UNKNOWN_FIELD]: 'a field newer than the spec' } : undefined;
}
