/**
 * Discriminated unions in the strict reading. A `oneOf` (or `anyOf`) whose branches each require one property
 * with its own `const` (Tencent's `MsgElement` by `MsgType`) fails as a whole when anything inside the matching
 * branch fails, and Ajv then reports every branch: one undocumented `ImageFormat` came out as 19 findings. The
 * strict reading states the same union as `if MsgType = X then <branch X>`, so only the matching branch speaks.
 */
import { isObject, type JsonObject } from './json.js';
import type { JsonSchema } from './model.js';

/** A union whose branches are told apart by one required property's `const`. */
export interface DiscriminatedUnion {
  /** The property every branch requires with its own `const`. */
  property: string;
  /**
   * Whether the union can close its object inside each branch: the node declares nothing else that describes the
   * same location (no `$ref`, `allOf`, other union, `patternProperties`, conditional) but its own `properties`.
   */
  closesAlone: boolean;
  /**
   * Replace the union in `out` (the node's strict form, whose union keyword holds the strict branches) by one
   * `if`/`then` per branch; with `closing`, each `then` closes the object (its branch's and the node's properties).
   */
  rewriteInto(out: JsonObject, closing: boolean): void;
}

type Primitive = string | number | boolean;
const MAX_REF_HOPS = 16;
/** Keywords that, beside the union, describe more of the same location (then the branches cannot close alone). */
const ALSO_DESCRIBING = [
  '$ref',
  'allOf',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'if',
  'then',
  'else',
  'dependencies',
  'dependentSchemas',
];

/**
 * The discriminated union `node` is, if it is one; `resolve` reads a local `$ref`.
 *
 * @example
 * asDiscriminatedUnion({ oneOf: [{ $ref: '#/$defs/Text' }, { $ref: '#/$defs/Image' }] }, resolve)?.property; // 'MsgType'
 */
export function asDiscriminatedUnion(
  node: JsonObject,
  resolve: (ref: string) => unknown,
): DiscriminatedUnion | undefined {
  const keyword = 'oneOf' in node ? ('anyOf' in node ? undefined : 'oneOf') : 'anyOf' in node ? 'anyOf' : undefined;
  const branches = keyword ? node[keyword] : undefined;
  if (!keyword || !Array.isArray(branches) || branches.length < 2) return undefined;
  const resolved = branches.map((branch) => follow(branch, resolve));
  if (resolved.some((b) => b === undefined)) return undefined;
  const property = discriminator(resolved as JsonObject[]);
  if (property === undefined) return undefined;
  const values = (resolved as JsonObject[]).map((b) => constOf(b, property)!);
  const closesAlone = !ALSO_DESCRIBING.some((k) => k in node) && !('oneOf' in node && 'anyOf' in node);
  return {
    property,
    closesAlone,
    rewriteInto(out, closing) {
      const strictBranches = out[keyword] as JsonSchema[];
      delete out[keyword];
      const own = isObject(out['properties']) ? Object.keys(out['properties']) : [];
      const evaluated = Object.fromEntries([...new Set([...own, property])].map((k) => [k, true]));
      const allOf = Array.isArray(out['allOf']) ? [...(out['allOf'] as unknown[])] : [];
      allOf.push({ required: [property], properties: { [property]: { enum: values } } });
      strictBranches.forEach((branch, i) => {
        allOf.push({
          if: { required: [property], properties: { [property]: { const: values[i] } } },
          then: closing ? { allOf: [branch], properties: evaluated, unevaluatedProperties: false } : branch,
        });
      });
      out['allOf'] = allOf;
    },
  };
}

/** A branch through plain `$ref`s to the object schema it names (undefined: not a plain object schema). */
function follow(branch: unknown, resolve: (ref: string) => unknown): JsonObject | undefined {
  let node = branch;
  for (let hops = 0; isObject(node) && typeof node['$ref'] === 'string'; hops++) {
    if (
      hops === MAX_REF_HOPS ||
      Object.keys(node).some((k) => k !== '$ref' && !k.startsWith('x-') && k !== 'description')
    )
      return undefined;
    node = resolve(node['$ref']);
  }
  return isObject(node) ? node : undefined;
}

/** The first property every branch requires with a `const`, all different. */
function discriminator(branches: JsonObject[]): string | undefined {
  const first = branches[0]!;
  const candidates = isObject(first['properties']) ? Object.keys(first['properties']) : [];
  return candidates.find((name) => {
    const values = branches.map((b) => constOf(b, name));
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
}

function constOf(branch: JsonObject, name: string): Primitive | undefined {
  const required = Array.isArray(branch['required']) && branch['required'].includes(name);
  const properties = branch['properties'];
  const property = isObject(properties) ? properties[name] : undefined;
  const value = isObject(property) ? property['const'] : undefined;
  return required && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    ? value
    : undefined;
}
