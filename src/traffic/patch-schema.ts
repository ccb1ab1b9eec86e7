/**
 * A JSON Schema inferred from values seen in recorded deliveries: their types, a `format` where every value
 * obviously has one, object properties (all optional) and array items, nested as deep as the values go.
 */
import { jsonType } from './drift-issues.js';

// Deeper values are described as their type only: a schema need not mirror an unbounded payload.
const MAX_DEPTH = 12;

const FORMATS: readonly [format: string, test: RegExp][] = [
  ['date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['uri', /^https?:\/\/[^\s]+$/],
  ['email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
];

/** JSON types seen, with `integer` folded into `number` when both occur. */
function typesOf(values: readonly unknown[]): string[] {
  const types = new Set(values.map(jsonType));
  if (types.has('integer') && types.has('number')) types.delete('integer');
  return [...types].sort();
}

/**
 * The schema of the given values (one or more samples of one place in a payload).
 *
 * @example
 * inferSchema(['2026-11-30T10:00:00Z']); // { type: 'string', format: 'date-time' }
 * inferSchema([{ a: 1 }, { b: 'x' }]); // { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } }
 */
export function inferSchema(values: readonly unknown[], depth = 0): Record<string, unknown> {
  const types = typesOf(values);
  const schema: Record<string, unknown> = { type: types.length === 1 ? types[0] : types };
  if (depth >= MAX_DEPTH) return schema;
  const strings = values.filter((v): v is string => typeof v === 'string');
  if (types.length === 1 && strings.length) {
    const format = FORMATS.find(([, test]) => strings.every((s) => test.test(s)))?.[0];
    if (format) schema['format'] = format;
  }
  const objects = values.filter(
    (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v),
  );
  if (objects.length) {
    const names = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    if (names.length)
      schema['properties'] = Object.fromEntries(
        names.map((n) => [
          n,
          inferSchema(
            objects.filter((o) => Object.hasOwn(o, n)).map((o) => o[n]),
            depth + 1,
          ),
        ]),
      );
  }
  const elements = values.filter(Array.isArray).flat();
  if (elements.length) schema['items'] = inferSchema(elements, depth + 1);
  return schema;
}
