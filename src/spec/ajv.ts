/**
 * One Ajv configuration for everything that validates payloads: the linter's example checks and the
 * generated standalone validators compile with the same options, so lint and runtime cannot disagree.
 */
import { createRequire } from 'node:module';
import type { Ajv, Options, ErrorObject } from 'ajv';
import { FORMATS } from './formats.js';
import { toPointer, parsePointer } from './pointer.js';

export interface CreateAjvOptions {
  /** Emit standalone ESM code (codegen). */
  standalone?: boolean;
}

/** Name of the object literal generated validators define their formats in. */
export const FORMATS_IDENTIFIER = '__chathooksFormats';

// Ajv loads on first use: a command that only serves generated validators (`chathooks mock` on current
// output) never pays its ~50 ms import.
const require = createRequire(import.meta.url);
let ajvModule: typeof import('ajv') | undefined;

/** Draft-07 (AsyncAPI's schema format), strict, every error reported. */
export function createAjv(options: CreateAjvOptions = {}): Ajv {
  const { Ajv, Name } = (ajvModule ??= require('ajv') as typeof import('ajv'));
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
  if (options.standalone) {
    opts.code = { source: true, esm: true, lines: false, optimize: 1, formats: new Name(FORMATS_IDENTIFIER) };
  }
  const ajv = new Ajv(opts);
  for (const [name, regex] of Object.entries(FORMATS)) ajv.addFormat(name, regex);
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
  return errors.map((e) => {
    let pointer = e.instancePath;
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'required' && typeof params['missingProperty'] === 'string') {
      pointer = toPointer([...parsePointer(pointer), params['missingProperty']]);
    } else if (e.keyword === 'additionalProperties' && typeof params['additionalProperty'] === 'string') {
      pointer = toPointer([...parsePointer(pointer), params['additionalProperty']]);
    }
    let message = e.message ?? e.keyword;
    if (e.keyword === 'const' && 'allowedValue' in params) message = `must be ${JSON.stringify(params['allowedValue'])}`;
    if (e.keyword === 'enum' && Array.isArray(params['allowedValues'])) {
      message = `must be one of ${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return { pointer, keyword: e.keyword, message };
  });
}
