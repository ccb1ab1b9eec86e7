/**
 * One Ajv configuration for everything that validates payloads: the linter's example checks and the
 * generated standalone validators compile with the same options, so lint and runtime cannot disagree.
 */
import type { Ajv, Options, ErrorObject } from 'ajv';
import { BOUNDED_REGEXP_IDENTIFIER, boundedRegExp, FORMATS, formatCheck } from './formats.js';
import { toPointer, parsePointer } from './pointer.js';
import { requireTooling } from '../tooling.js';

export interface CreateAjvOptions {
  /** Emit standalone ESM code (codegen). */
  standalone?: boolean;
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

/** Draft-07 (AsyncAPI's schema format), strict, every error reported. */
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
    keywords: ['example', 'discriminator'],
  };
  opts.code = options.standalone
    ? { source: true, esm: true, lines: false, optimize: 1, formats: new Name(FORMATS_IDENTIFIER), regExp }
    : { regExp };
  const ajv = new Ajv(opts);
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
