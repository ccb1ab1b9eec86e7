/**
 * One Ajv configuration for everything that validates payloads: the linter's example checks and the
 * generated standalone validators compile with the same options, so lint and runtime cannot disagree.
 */
import type { Ajv, Options, ErrorObject } from 'ajv';
import { BOUNDED_REGEXP_IDENTIFIER, boundedRegExp, FORMATS, formatCheck } from './formats.js';
import { toPointer, parsePointer } from './pointer.js';
import { requireTooling } from '../tooling.js';
import { DOCUMENTED_REQUIRED, OPEN_ENUM } from './strict.js';

export interface CreateAjvOptions {
  /** Emit standalone ESM code (codegen). */
  standalone?: boolean;
  /**
   * Support `unevaluatedProperties` (the strict reading closes composed objects with it). Off for the tolerant
   * validators: with it on, Ajv adds property-tracking code to every function.
   */
  unevaluated?: boolean;
}

/** Name of the object literal generated validators define their formats in. */
export const FORMATS_IDENTIFIER = '__chathooksFormats';

// Ajv loads on first use: a command that only serves generated validators (`chathooks mock` on current
// output) never pays its ~50 ms import, and an install without it (an optional peer) still runs them.
let ajvModule: typeof import('ajv') | undefined;

// Every `pattern` regex runs behind a length bound (see formats.ts). Generated code defines the same function
// under BOUNDED_REGEXP_IDENTIFIER, and Ajv's standalone output calls it by that name (its `code`).
const regExp = Object.assign((source: string, flags: string) => boundedRegExp(source, flags), {
  code: BOUNDED_REGEXP_IDENTIFIER,
});

let unevaluatedModule: typeof import('ajv/dist/vocabularies/unevaluated/index.js') | undefined;
function unevaluatedVocabulary(): import('ajv').Vocabulary {
  const mod = (unevaluatedModule ??= requireTooling<typeof import('ajv/dist/vocabularies/unevaluated/index.js')>(
    'ajv/dist/vocabularies/unevaluated/index.js',
    'compiling a strict validator',
  ));
  // CommonJS with `exports.default`.
  return ((mod as unknown as { default?: import('ajv').Vocabulary }).default ?? mod) as import('ajv').Vocabulary;
}

/** Draft-07 (AsyncAPI's schema format), strict, every error reported; `unevaluated` adds that keyword. */
export function createAjv(options: CreateAjvOptions = {}): Ajv {
  const { Ajv, Name } = (ajvModule ??= requireTooling<typeof import('ajv')>(
    'ajv',
    'compiling a JSON Schema (a contract not from generated/)',
  ));
  const opts: Options = {
    strict: true,
    strictTuples: false,
    allowUnionTypes: true,
    allErrors: true,
    messages: true,
    verbose: false,
    validateFormats: true,
    // AsyncAPI and OpenAPI keywords that are annotations for us.
    // chathooks' schema extensions (src/model/strict.ts): annotations for the tolerant reading.
    keywords: ['example', 'discriminator', OPEN_ENUM, DOCUMENTED_REQUIRED],
    // The strict reading adds `unevaluatedProperties` where the type comes from a `$ref` or a branch; strictTypes
    // would ask for a local `type` there (the tolerant schema it derives from was checked with it on).
    ...(options.unevaluated ? { unevaluated: true, strictTypes: false } : {}),
  };
  opts.code = options.standalone
    ? { source: true, esm: true, lines: false, optimize: 1, formats: new Name(FORMATS_IDENTIFIER), regExp }
    : { regExp };
  const ajv = new Ajv(opts);
  // Draft-07 Ajv tracks evaluated properties with `unevaluated: true`; the keyword itself is a separate vocabulary.
  if (options.unevaluated) ajv.addVocabulary(unevaluatedVocabulary());
  // Functions, not regexes: the length check runs before the regex (generated code: FORMATS_IDENTIFIER[name]).
  for (const [name, def] of Object.entries(FORMATS)) ajv.addFormat(name, formatCheck(def));
  return ajv;
}

/** A validation error as chathooks reports it: a JSON pointer into the payload, the keyword, a message. */
export interface ValidationIssue {
  /** Where the offending value is (for a missing property, where it would be). */
  pointer: string;
  keyword: string;
  message: string;
}

/** Turn Ajv errors into issues whose pointer names the offending property itself. */
export function toIssues(errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  if (!errors) return [];
  const seen = new Set<string>();
  // A property constrained in two branches of an allOf (a shared base and the event's own schema) fails twice
  // with the same pointer, keyword and message: report it once.
  return errors
    .map((e) => {
      let pointer = e.instancePath;
      const params = e.params as Record<string, unknown>;
      if (e.keyword === 'required' && typeof params['missingProperty'] === 'string') {
        pointer = toPointer([...parsePointer(pointer), params['missingProperty']]);
      } else if (e.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') {
        pointer = toPointer([...parsePointer(pointer), params['additionalProperty']]);
      } else if (e.keyword === 'unevaluatedProperties' && typeof params['unevaluatedProperty'] === 'string') {
        // The strict reading closes composed objects with unevaluatedProperties; to a reader it is the same
        // finding as a closed object's: an undocumented property, reported under one keyword.
        pointer = toPointer([...parsePointer(pointer), params['unevaluatedProperty']]);
        return { pointer, keyword: 'additionalProperties', message: 'must NOT have additional properties' };
      }
      let message = e.message ?? e.keyword;
      if (e.keyword === 'const' && 'allowedValue' in params)
        message = `must be ${JSON.stringify(params['allowedValue'])}`;
      if (e.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
        message = `must be one of ${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return { pointer, keyword: e.keyword, message };
    })
    .filter((issue) => {
      const key = `${issue.pointer}\u0000${issue.keyword}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
