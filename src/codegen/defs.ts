/**
 * The shared definitions of a contract: every event's bundled schema carries the `$defs` it needs; codegen
 * merges them into one table so that each shared schema (Tencent's `MsgBody`, Sendbird's `Channel`) is
 * emitted once, in types, validators and the OpenAPI bridge alike.
 */
import type { Contract, JsonSchema } from '../model/model.js';
import { isObject } from '../model/json.js';

export interface SplitSchema {
  /** The schema without `$defs`. */
  root: JsonSchema;
  /** When the schema is just a reference to a definition, its name. */
  refName?: string;
}

/** Separate a bundled schema from its `$defs`, recognising `{ allOf: [{ $ref }] }` as a plain reference. */
export function split(schema: JsonSchema): SplitSchema {
  if (!isObject(schema)) return { root: schema };
  const { $defs: _defs, ...root } = schema;
  const allOf = root['allOf'];
  if (Object.keys(root).length === 1 && Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0])) {
    const ref = allOf[0]['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/') && Object.keys(allOf[0]).length === 1) {
      return { root: allOf[0] as JsonSchema, refName: ref.slice('#/$defs/'.length) };
    }
  }
  return { root: root as JsonSchema };
}

/** Every definition used by any schema of the contract, by name (sorted). */
export function collectDefs(contract: Contract): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  const add = (schema: JsonSchema | undefined): void => {
    if (!isObject(schema) || !isObject(schema['$defs'])) return;
    for (const [name, def] of Object.entries(schema['$defs'])) {
      const existing = defs[name];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(def)) {
        throw new Error(
          `Definition "${name}" differs between two events of ${contract.source}; this is a chathooks bug, please report it.`,
        );
      }
      defs[name] = def as JsonSchema;
    }
  };
  for (const event of contract.events) {
    add(event.payload);
    add(event.reply?.schema);
    add(event.headers);
    add(event.query);
  }
  add(contract.batch?.envelope);
  return Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((k) => [k, defs[k]!]),
  );
}

export { mapRefs } from '../model/schema.js';
