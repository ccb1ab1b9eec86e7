/**
 * Schema keywords the spec cannot keep as the source writes them: OpenAPI 3.0's `nullable`, `example` and
 * boolean `exclusiveMinimum`/`exclusiveMaximum` become JSON Schema; `externalDocs` (which validators refuse)
 * becomes a `$comment`; `xml`, the `discriminator` object (resolved elsewhere into consts and `oneOf`) and
 * formats validators do not know (`int32`, `int64`, `double`: widths a JSON number does not carry) are dropped.
 */
import { FORMATS } from '../model/formats.js';
import { isObject, type JsonObject } from '../model/json.js';

const COMBINATORS = ['allOf', 'anyOf', 'oneOf', '$ref'];

/**
 * Is `key` left out of the copied keywords (dropped, or rewritten by `finishKeywords`)?
 *
 * @example
 * isReplacedKeyword('format', 'int64', true); // true
 */
export function isReplacedKeyword(key: string, value: unknown, openapi30: boolean): boolean {
  switch (key) {
    case 'discriminator':
      return isObject(value);
    case 'xml':
    case 'nullable':
    case 'example':
    case 'externalDocs':
      return true;
    case 'format':
      return typeof value === 'string' && !Object.hasOwn(FORMATS, value);
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return openapi30 && typeof value === 'boolean';
    default:
      return false;
  }
}

/**
 * Write into `out` (the converted copy of `source`) what the replaced keywords of `source` mean.
 *
 * @example
 * const out = { type: 'string' };
 * finishKeywords({ type: 'string', nullable: true, example: 'a' }, out, true); // out: { type: ['string', 'null'], examples: ['a'] }
 */
export function finishKeywords(source: JsonObject, out: JsonObject, openapi30: boolean): void {
  if (openapi30) {
    for (const [flag, bound] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (source[flag] === true && typeof source[bound] === 'number') {
        out[flag] = source[bound];
        delete out[bound];
      }
    }
  }
  if ('example' in source && !('examples' in source)) out['examples'] = [structuredClone(source['example'])];
  // An object shape written without `type` (common in OpenAPI): validators in strict mode, and the generated
  // types, need it said.
  if (!('type' in out) && ('properties' in out || 'required' in out) && !COMBINATORS.some((k) => k in out)) {
    const entries = Object.entries(out);
    for (const [k] of entries) delete out[k];
    Object.assign(out, { type: 'object' }, Object.fromEntries(entries));
  }
  if (source['nullable'] === true) makeNullable(out);
  const url = isObject(source['externalDocs']) ? source['externalDocs']['url'] : undefined;
  if (typeof url === 'string') out['$comment'] = `Documented at ${url}`;
}

/** Add `null` to what a schema accepts (OpenAPI 3.0's `nullable: true`). */
function makeNullable(schema: JsonObject): void {
  const type = schema['type'];
  if (typeof type === 'string') schema['type'] = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) schema['type'] = [...type, 'null'];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) schema['enum'] = [...schema['enum'], null];
}

/**
 * `schema` with `property` declared as `const: value` (keeping its description) and listed in `required`.
 *
 * @example
 * withConstProperty({ type: 'object', properties: { type: { type: 'string' } } }, 'type', 'follow');
 * // { type: 'object', properties: { type: { type: 'string', const: 'follow' } }, required: ['type'] }
 */
export function withConstProperty(schema: JsonObject, property: string, value: string): JsonObject {
  const properties = isObject(schema['properties']) ? { ...schema['properties'] } : {};
  const current = isObject(properties[property]) ? { ...(properties[property] as JsonObject) } : {};
  delete current['enum'];
  delete current['$ref'];
  properties[property] = { type: 'string', ...current, const: value };
  const required = Array.isArray(schema['required']) ? [...(schema['required'] as string[])] : [];
  if (!required.includes(property)) required.unshift(property);
  const out: JsonObject = {};
  // Key order as the schema had it; `required` and `properties` where they were, else at the end.
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'required') out[k] = required;
    else if (k === 'properties') out[k] = properties;
    else out[k] = v;
  }
  if (!('required' in out)) out['required'] = required;
  if (!('properties' in out)) out['properties'] = properties;
  return out;
}
