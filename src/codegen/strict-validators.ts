/**
 * The strict validators of a generated module (src/model/strict.ts): Ajv standalone code compiled at generate
 * time like `validators.js`, exported as `strictValidators`/`strictReplyValidators`. Importing the generated
 * module loads none of that code; the first read of a strict validator does.
 */
import type { Contract, JsonSchema } from '../model/model.js';
import { strictSchemas } from '../model/strict.js';
import { banner } from './banner.js';
import { compileStandalone, entries, helpersAndCode, PAYLOAD_MAP, REPLY_MAP } from './validators.js';

/** The contract with every schema in its strict reading, derived together so shared definitions come out the same. */
function strictView(contract: Contract): Contract {
  const schemas: JsonSchema[] = [];
  const slot = (schema: JsonSchema | undefined): number | undefined =>
    schema === undefined ? undefined : schemas.push(schema) - 1;
  const slots = contract.events.map((event) => ({
    payload: slot(event.payload)!,
    reply: slot(event.reply?.schema),
    headers: slot(event.headers),
    query: slot(event.query),
  }));
  const strict = strictSchemas(schemas);
  return {
    ...contract,
    events: contract.events.map((event, i) => {
      const { headers: _h, query: _q, reply, ...rest } = event;
      const at = slots[i]!;
      return {
        ...rest,
        payload: strict[at.payload]!,
        ...(reply && at.reply !== undefined ? { reply: { ...reply, schema: strict[at.reply]! } } : {}),
        ...(at.headers === undefined ? {} : { headers: strict[at.headers]! }),
        ...(at.query === undefined ? {} : { query: strict[at.query]! }),
      };
    }),
  };
}

/** A frozen map of every event name whose values come from `__load()` on the first read of any of them. */
const LAZY = `let __loaded;
function __lazy(pick) {
  const map = Object.create(null);
  for (const name of __names) {
    Object.defineProperty(map, name, { enumerable: true, get: () => pick((__loaded ??= __load()))[name] });
  }
  return Object.freeze(map);
}`;

const EXPORTS = (types: { payload: string; reply: string } | undefined): string[] => [
  '',
  '/** Strict validators of event payloads (the documented shape: closed objects and enums, documented-required fields), by event name. */',
  `export const strictValidators${types ? `: ${types.payload}` : ''} = __lazy((m) => m.validators);`,
  '',
  '/** Strict validators of the reply each event expects, by event name. */',
  `export const strictReplyValidators${types ? `: ${types.reply}` : ''} = __lazy((m) => m.replyValidators);`,
  '',
];

/** Ajv's code for the strict reading and the two maps it defines, as statements (module-level or in a function). */
function compiledMaps(contract: Contract): string[] {
  const { code, payloadFn, replyFn } = compileStandalone(strictView(contract), 'strict');
  return [
    ...helpersAndCode(code),
    `const validators = Object.freeze({\n${entries(contract, payloadFn)}\n});`,
    `const replyValidators = Object.freeze({\n${entries(contract, replyFn)}\n});`,
  ];
}

const names = (contract: Contract): string => `const __names = ${JSON.stringify(contract.events.map((e) => e.name))};`;

/**
 * Emit the strict validators for `--emit js`: `strict-validators.cjs` holds the code, and `strict-validators.js`
 * (with its `.d.ts`) exports maps that `require` it on first read. Importing a generated module then parses none
 * of the strict code (Tencent's is ~650 kB: ~10 ms to parse even when wrapped in a function that never runs).
 *
 * @example
 * const { js, cjs, dts } = emitStrictValidators(contract); // generated/<id>/strict-validators.{js,cjs,d.ts}
 */
export function emitStrictValidators(contract: Contract): { js: string; cjs: string; dts: string } {
  const head = `// ${banner(contract.source)}`;
  const cjs = [
    head,
    '/* eslint-disable */',
    "'use strict';",
    ...compiledMaps(contract),
    'module.exports = { validators, replyValidators };',
    '',
  ].join('\n');
  const js = [
    head,
    names(contract),
    '// Loaded on the first read of a strict validator, never at import (see strict-validators.cjs).',
    'function __load() {',
    "  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');",
    '  if (!nodeModule) {',
    `    throw new Error(${JSON.stringify(`The strict validators of ${contract.id} load strict-validators.cjs with Node's require, which this runtime lacks. Generate with --emit ts for a bundler or a browser.`)});`,
    '  }',
    "  return nodeModule.createRequire(import.meta.url)('./strict-validators.cjs');",
    '}',
    LAZY,
    ...EXPORTS(undefined),
  ].join('\n');
  const dts = [
    head,
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
    "import type { Validator } from './validators.js';",
    '',
    '/** Strict validators of event payloads (the documented shape), by event name. */',
    `export declare const strictValidators: ${PAYLOAD_MAP};`,
    '',
    '/** Strict validators of the reply each event expects, by event name. */',
    `export declare const strictReplyValidators: ${REPLY_MAP};`,
    '',
  ].join('\n');
  return { js, cjs, dts };
}

/**
 * `strict-validators.ts` (`--emit ts`): the same code in a TypeScript module, unchecked like `validators.ts`.
 *
 * @example
 * const source = emitStrictValidatorsTs(contract); // write to src/generated/<id>/strict-validators.ts
 */
export function emitStrictValidatorsTs(contract: Contract): string {
  const types = { payload: PAYLOAD_MAP, reply: REPLY_MAP };
  return [
    `// ${banner(contract.source)}`,
    '// @ts-nocheck -- Ajv standalone code (untyped JavaScript); the exports below carry their types.',
    '/* eslint-disable */',
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
    "import type { Validator } from './validators.js';",
    '',
    names(contract),
    '// A bundler needs one static module graph: the code is here, inside a function that runs on first read.',
    'function __load() {',
    ...compiledMaps(contract),
    'return { validators, replyValidators };',
    '}',
    LAZY,
    ...EXPORTS(types),
  ].join('\n');
}
