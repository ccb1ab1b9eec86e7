/**
 * Round trip: typescript-json-schema turns each generated `types.ts` back into JSON Schema; every event's
 * property names, required fields and literal values must survive (DESIGN.md, Codegen).
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { EventContract, JsonSchema } from '../src/model/index.js';
import { bundledIds, importGenerated } from './helpers/generated.js';

const require = createRequire(import.meta.url);
const TJS = require('typescript-json-schema') as typeof import('typescript-json-schema');

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Property names, required names and const values of an object schema, recursively, through $ref and allOf. */
interface Shape {
  properties: Record<string, Shape | null>;
  required: string[];
  consts: Record<string, unknown>;
}

function resolve(node: unknown, root: Obj): unknown {
  let current = node;
  for (let i = 0; i < 20 && isObj(current) && typeof current['$ref'] === 'string'; i++) {
    const path = (current['$ref'] as string).replace(/^#\//, '').split('/').map(decodeURIComponent);
    current = path.reduce<unknown>((n, k) => (isObj(n) ? n[k] : undefined), root);
  }
  return current;
}

/** The object parts of a schema: itself and, recursively, its `allOf` branches (refs resolved). */
function parts(node: unknown, root: Obj, seen = new Set<unknown>()): Obj[] {
  const s = resolve(node, root);
  if (!isObj(s) || seen.has(s)) return [];
  seen.add(s);
  return [s, ...(Array.isArray(s['allOf']) ? s['allOf'].flatMap((b) => parts(b, root, seen)) : [])];
}

function shape(node: unknown, root: Obj, depth = 0): Shape | null {
  if (depth > 4) return null;
  const all = parts(node, root);
  const props: Record<string, unknown> = {};
  const required = new Set<string>();
  const altConsts: Record<string, unknown> = {};
  for (const p of all) {
    if (isObj(p['properties'])) Object.assign(props, p['properties']);
    if (Array.isArray(p['required'])) for (const r of p['required']) required.add(String(r));
    // anyOf of alternatives (Member_Account or Modified_Account): every alternative's properties are
    // possible; a name is required only when every alternative requires it.
    // oneOf (LINE's sources and message contents) reads the same: the round trip turns both into a union.
    const branches = p['anyOf'] ?? p['oneOf'];
    const alternatives = Array.isArray(branches)
      ? branches.map((b) => shape(b, root, depth + 1)).filter((x): x is Shape => x !== null)
      : [];
    if (alternatives.length) {
      for (const alt of alternatives) for (const k of Object.keys(alt.properties)) props[k] ??= {};
      const common = alternatives
        .map((a) => new Set(a.required))
        .reduce((a, b) => new Set(Array.from(a).filter((x) => b.has(x))));
      for (const r of common) required.add(r);
      for (const [k, v] of Object.entries(alternatives[0]!.consts))
        if (alternatives.every((a) => a.consts[k] === v)) altConsts[k] = v;
    }
  }
  if (Object.keys(props).length === 0) return null;
  const consts: Record<string, unknown> = { ...altConsts };
  const properties: Record<string, Shape | null> = {};
  for (const [name, prop] of Object.entries(props)) {
    const r = resolve(prop, root);
    if (isObj(r) && 'const' in r) consts[name] = r['const'];
    else if (isObj(r) && Array.isArray(r['enum']) && r['enum'].length === 1) consts[name] = r['enum'][0];
    properties[name] = shape(prop, root, depth + 1);
  }
  return { properties, required: [...required].sort(), consts };
}

function sortedShape(s: Shape | null): unknown {
  if (!s) return null;
  return {
    properties: Object.fromEntries(
      Object.keys(s.properties)
        .sort()
        .map((k) => [k, sortedShape(s.properties[k]!)]),
    ),
    required: s.required,
    consts: s.consts,
  };
}

describe.each(bundledIds)('typescript-json-schema round trip of generated/%s/types.ts', async (id) => {
  const mod = await importGenerated(id);
  const program = TJS.getProgramFromFiles([`generated/${id}/types.ts`], { strictNullChecks: true, skipLibCheck: true });
  const generator = TJS.buildGenerator(program, {
    required: true,
    strictNullChecks: true,
    ignoreErrors: true,
    noExtraProps: false,
  });
  if (!generator) throw new Error(`typescript-json-schema could not build a generator for generated/${id}/types.ts`);

  test.each(mod.contract.events.map((e): [string, EventContract] => [e.name, e]))(
    '%s keeps its property names, required fields and literals',
    (_name, event) => {
      const roundTripped = generator.getSchemaForSymbol(event.typeName) as unknown as Obj;
      const fromSpec = sortedShape(shape(event.payload as JsonSchema, event.payload as Obj));
      const fromTypes = sortedShape(shape(roundTripped, roundTripped));
      expect(fromSpec).not.toBeNull();
      expect(fromTypes).toEqual(fromSpec);
    },
  );
});
