/**
 * `validators.js` + `validators.d.ts`: Ajv standalone code compiled at generate time (no schema compilation
 * at run time, no imports), one validator per event payload and per reply; each is a type guard with
 * JSON-pointer issues and a Standard Schema (`~standard`) object.
 */
import type standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv, FORMATS_IDENTIFIER } from '../model/ajv.js';
import { requireTooling } from '../tooling.js';
import {
  BOUNDED_REGEXP_IDENTIFIER,
  BOUNDED_REGEXP_SOURCE,
  FORMATS,
  formatCheckSource,
  PATTERN_INPUT_LIMIT,
} from '../model/formats.js';
import type { Contract, JsonSchema } from '../model/model.js';
import { asciiSource, banner } from './banner.js';
import { collectDefs, mapRefs } from './defs.js';
import { batchValidatorDeclaration, batchValidatorLines } from './batch.js';

// ajv/dist/standalone is CommonJS with `exports.default`.
// Required on first use: Ajv is an optional peer, absent from runtime installs.
type StandaloneCode = (ajv: ReturnType<typeof createAjv>, refsOrFunc: Record<string, string>) => string;
const standaloneCode: StandaloneCode = (ajv, refsOrFunc) => {
  const mod = requireTooling<typeof standaloneModule>('ajv/dist/standalone/index.js', 'compiling validators');
  return (((mod as unknown as { default?: typeof standaloneModule }).default ?? mod) as unknown as StandaloneCode)(
    ajv,
    refsOrFunc,
  );
};

/** Runtime helpers Ajv's output would otherwise `require()`, inlined so the module is plain ESM. */
const RUNTIME = `
function __ucs2length(str) {
  const len = str.length;
  let length = 0, pos = 0, value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
function __equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = a.length; i-- !== 0;) if (!__equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key) || !__equal(a[key], b[key])) return false;
    return true;
  }
  return a !== a && b !== b;
}`;

/** Wraps an Ajv function: a type guard whose `errors` are JSON-pointer issues, plus Standard Schema. */
const WRAP = String.raw`
function __escape(token) { return String(token).replace(/~/g, "~0").replace(/\//g, "~1"); }
function __at(data, pointer) {
  let node = data;
  for (const t of pointer === "" ? [] : pointer.slice(1).split("/")) {
    if (node === null || typeof node !== "object") return undefined;
    node = node[t.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}
function __issues(errors, data) {
  const seen = new Set();
  const out = [];
  for (const e of errors || []) {
    let pointer = e.instancePath;
    const p = e.params || {};
    if (e.keyword === "required" && typeof p.missingProperty === "string") pointer += "/" + __escape(p.missingProperty);
    else if (e.keyword === "additionalProperties" && typeof p.additionalProperty === "string") pointer += "/" + __escape(p.additionalProperty);
    let keyword = e.keyword;
    let message = e.message || e.keyword;
    // The strict reading closes composed objects with unevaluatedProperties: reported as an additional property.
    if (e.keyword === "unevaluatedProperties" && typeof p.unevaluatedProperty === "string") {
      pointer += "/" + __escape(p.unevaluatedProperty);
      keyword = "additionalProperties";
      message = "must NOT have additional properties";
    }
    if (e.keyword === "const") message = "must be " + JSON.stringify(p.allowedValue);
    else if (e.keyword === "enum" && Array.isArray(p.allowedValues)) message = "must be one of " + p.allowedValues.map((v) => JSON.stringify(v)).join(", ");
    else if (e.keyword === "pattern") {
      const value = __at(data, pointer);
      if (typeof value === "string" && value.length > ${PATTERN_INPUT_LIMIT}) message = "must be at most " + ${PATTERN_INPUT_LIMIT} + " characters long to be checked against pattern " + JSON.stringify(p.pattern) + " (chathooks runs no regex on longer strings)";
    }
    // A property constrained in two branches of an allOf (a shared base and the event's own schema) fails
    // twice with the same pointer, keyword and message: report it once.
    const key = pointer + "\u0000" + keyword + "\u0000" + message;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, keyword, message });
  }
  return out;
}
function __path(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((t) => { const s = t.replace(/~1/g, "/").replace(/~0/g, "~"); return /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s; });
}
function __standard(validate) {
  validate["~standard"] = Object.freeze({
    version: 1,
    vendor: "chathooks",
    validate(value) {
      if (validate(value)) return { value };
      return { issues: validate.errors.map((i) => ({ message: (i.pointer || "/") + " " + i.message, path: __path(i.pointer) })) };
    },
  });
  return validate;
}
function __wrap(fn) {
  const validate = (data) => {
    const ok = fn(data);
    validate.errors = ok ? null : __issues(fn.errors, data);
    return ok;
  };
  validate.errors = null;
  return __standard(validate);
}`;

const DTS_HEADER = `/** A validation problem: where (a JSON pointer into the payload), which schema keyword, and what. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** Standard Schema v1 (https://standardschema.dev), inlined so the generated code depends on nothing. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey> | undefined }> };

/** A generated validator: a type guard; after a failed call, \`errors\` lists every issue. */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  (data: unknown): data is T;
  errors: ValidationIssue[] | null;
}
`;

/**
 * The definitions Ajv's code refers to by name: the length-bounded `pattern` regex constructor and the format
 * checks (length bound, then a linear regex; see src/model/formats.ts), only those the code uses.
 */
function regexHelpers(code: string): string[] {
  const helpers: string[] = [];
  if (code.includes(BOUNDED_REGEXP_IDENTIFIER)) helpers.push(BOUNDED_REGEXP_SOURCE);
  const used = Object.entries(FORMATS).filter(([name]) =>
    code.includes(`${FORMATS_IDENTIFIER}${/^[a-z]\w*$/i.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}`),
  );
  if (used.length) {
    helpers.push(
      `const ${FORMATS_IDENTIFIER} = {\n${used.map(([name, def]) => `  ${JSON.stringify(name)}: ${formatCheckSource(def)},`).join('\n')}\n};`,
    );
  }
  return helpers;
}

/** Ajv's standalone code for a contract's schemas, and the compiled function of each event's payload and reply. */
export function compileStandalone(
  contract: Contract,
  reading: Reading = 'tolerant',
): { code: string; payloadFn: string[]; replyFn: (string | undefined)[]; envelopeFn: string | undefined } {
  const base = `https://chathooks.local/${encodeURIComponent(contract.id)}`;
  const ajv = createAjv({ standalone: true, unevaluated: reading === 'strict' });
  const defUri = (name: string, rest: string): string => `${base}/defs/${encodeURIComponent(name)}#${rest}`;
  for (const [name, def] of Object.entries(collectDefs(contract))) {
    const schema = mapRefs(def, defUri) as Record<string, unknown> | boolean;
    ajv.addSchema(
      typeof schema === 'boolean'
        ? { $id: `${base}/defs/${encodeURIComponent(name)}`, allOf: [schema] }
        : { ...schema, $id: `${base}/defs/${encodeURIComponent(name)}` },
    );
  }
  const exportsMap: Record<string, string> = {};
  const bySchema = new Map<string, string>();
  const add = (schema: JsonSchema, prefix: string): string => {
    const { $defs: _defs, ...root } = (typeof schema === 'boolean' ? { allOf: [schema] } : schema) as Record<
      string,
      unknown
    >;
    const key = JSON.stringify(root);
    const known = bySchema.get(key);
    if (known) return known;
    const name = `${prefix}${bySchema.size}`;
    ajv.addSchema({ ...(mapRefs(root, defUri) as Record<string, unknown>), $id: `${base}/${name}` });
    exportsMap[name] = `${base}/${name}`;
    bySchema.set(key, name);
    return name;
  };
  const payloadFn = contract.events.map((e) => add(e.payload, 'v'));
  const replyFn = contract.events.map((e) => (e.reply ? add(e.reply.schema, 'v') : undefined));
  const envelopeFn = contract.batch ? add(contract.batch.envelope, 'v') : undefined;
  const code = standaloneCode(ajv, exportsMap)
    .replace(/^"use strict";/, '')
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', '__ucs2length')
    .replaceAll('require("ajv/dist/runtime/equal").default', '__equal')
    .replace(/\/\*# sourceURL="[^"]*" \*\/;?/g, '')
    // Internal compiled functions are exported by Ajv under their map names; keep them module-private.
    .replace(/export const (v\d+) = /g, 'const __$1 = ');
  const leftover = /require\("([^"]+)"\)/.exec(code);
  if (leftover)
    throw new Error(
      `Generated validators for ${contract.source} need "${leftover[1]}" at run time; chathooks cannot inline it yet. Avoid the schema keyword that needs it.`,
    );
  return { code, payloadFn, replyFn, envelopeFn };
}

/** Which reading a validators module holds: the tolerant one (`validators.js`) or the strict one (src/model/strict.ts). */
export type Reading = 'tolerant' | 'strict';

/** The module body: runtime helpers, Ajv's code and the `validators`/`replyValidators` maps (typed or not). */
function moduleBody(contract: Contract, types: { payload: string; reply: string } | undefined): string[] {
  const { code, payloadFn, replyFn, envelopeFn } = compileStandalone(contract);
  return [
    ...helpersAndCode(code),
    '',
    '/** Validators of event payloads, by event name. */',
    `export const validators${types ? `: ${types.payload}` : ''} = Object.freeze({\n${entries(contract, payloadFn)}\n});`,
    '',
    '/** Validators of the reply each event expects, by event name. */',
    `export const replyValidators${types ? `: ${types.reply}` : ''} = Object.freeze({\n${entries(contract, replyFn)}\n});`,
    '',
    ...(envelopeFn ? batchValidatorLines(contract, envelopeFn, types !== undefined) : []),
  ];
}

/** Runtime helpers, the regex/format definitions the code uses, the issue wrapper, then Ajv's code. */
export function helpersAndCode(code: string): string[] {
  return [RUNTIME.trim(), ...regexHelpers(code), WRAP.trim(), asciiSource(code.trim())];
}

/** `"event": __wrap(__v3),` lines of a validators map, in spec order (`undefined` for an event without one). */
export function entries(contract: Contract, fns: readonly (string | undefined)[]): string {
  return contract.events
    .map((e, i) => `  ${JSON.stringify(e.name)}: ${fns[i] ? `__wrap(__${fns[i]})` : 'undefined'},`)
    .join('\n');
}

export const PAYLOAD_MAP = '{ readonly [K in EventName]: Validator<EventMap[K]> }';
export const REPLY_MAP = '{ readonly [K in EventName]: Validator<ReplyMap[K]> }';

/** Emit the validators module and its declarations for a contract (`--emit js`). */
export function emitValidators(contract: Contract): { js: string; dts: string } {
  const js = [`// ${banner(contract.source)}`, '/* eslint-disable */', ...moduleBody(contract, undefined)].join('\n');
  const dts = [
    `// ${banner(contract.source)}`,
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
    '',
    DTS_HEADER,
    '/** Validators of event payloads, by event name. */',
    `export declare const validators: ${PAYLOAD_MAP};`,
    '',
    '/** Validators of the reply each event expects, by event name. */',
    `export declare const replyValidators: ${REPLY_MAP};`,
    '',
    ...(contract.batch ? batchValidatorDeclaration() : []),
  ].join('\n');
  return { js, dts };
}

/**
 * `validators.ts` (`--emit ts`): the same code as `validators.js` in a TypeScript module that tsc or a bundler
 * compiles with the project. Ajv's output is untyped JavaScript, so the file opts out of checking
 * (`@ts-nocheck`, which also keeps the project's noUnusedLocals/noImplicitAny off it); its exports are
 * annotated with the same types as `validators.d.ts`.
 *
 * @example
 * const source = emitValidatorsTs(contract); // write to src/generated/<id>/validators.ts
 */
export function emitValidatorsTs(contract: Contract): string {
  return [
    `// ${banner(contract.source)}`,
    '// @ts-nocheck -- Ajv standalone code (untyped JavaScript); the exports below carry their types.',
    '/* eslint-disable */',
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
    ...(contract.batch ? ["import type { Batch, BatchEnvelope } from './types.js';"] : []),
    '',
    DTS_HEADER,
    ...moduleBody(contract, { payload: PAYLOAD_MAP, reply: REPLY_MAP }),
  ].join('\n');
}
