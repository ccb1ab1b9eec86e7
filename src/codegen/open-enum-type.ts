/**
 * The TypeScript type of a schema with `x-chathooks-open-enum`: its documented values and still any other value
 * of its type, `'Login' | 'Logout' | (string & {})` (numbers: `1 | 2 | (number & {})`). Editors then suggest the
 * documented values while a value the docs do not list still type-checks, as the tolerant validator accepts it.
 */
import type { SchemaObject, TransformNodeOptions } from 'openapi-typescript';
import type TypeScript from 'typescript';
import { isObject } from '../model/json.js';
import { OPEN_ENUM } from '../model/strict.js';

type Tools = Pick<
  typeof import('openapi-typescript'),
  'tsLiteral' | 'tsUnion' | 'tsIntersection' | 'STRING' | 'NUMBER'
>;

/**
 * An openapi-typescript `transform` that types open enums (every other schema is left to openapi-typescript).
 * openapi-typescript calls it once per type of a multi-type schema (`[string, null]`), so only one type is handled here.
 *
 * @example
 * await openapiTS(document, { transform: openEnumTransform(ts, openapiTypescript) });
 */
export function openEnumTransform(
  ts: typeof TypeScript,
  tools: Tools,
): (schema: SchemaObject, options: TransformNodeOptions) => TypeScript.TypeNode | undefined {
  return (schema) => {
    const values = isObject(schema) ? (schema as Record<string, unknown>)[OPEN_ENUM] : undefined;
    if (!Array.isArray(values) || 'enum' in schema || 'const' in schema) return undefined;
    const type = (schema as { type?: unknown }).type;
    if (type === 'string')
      return openUnion(
        ts,
        tools,
        values.filter((v) => typeof v === 'string'),
        tools.STRING,
      );
    if (type === 'number' || type === 'integer') {
      const numbers = values.filter(
        (v): v is number => typeof v === 'number' && (type === 'number' || Number.isInteger(v)),
      );
      return openUnion(ts, tools, numbers, tools.NUMBER);
    }
    return undefined;
  };
}

/** `A | B | (base & {})`: `& {}` keeps TypeScript from folding the literals into `base`. */
function openUnion(
  ts: typeof TypeScript,
  tools: Tools,
  values: unknown[],
  base: TypeScript.TypeNode,
): TypeScript.TypeNode {
  const rest = ts.factory.createParenthesizedType(tools.tsIntersection([base, ts.factory.createTypeLiteralNode([])]));
  return tools.tsUnion([...values.map((v) => tools.tsLiteral(v)), rest]);
}
