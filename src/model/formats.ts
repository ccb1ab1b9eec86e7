/**
 * The string formats chathooks validates, and the bounds on every regular expression a validator runs.
 *
 * A backtracking regex can take time that grows with the square (or worse) of its input: Ajv's full `email`
 * took 14 s on 80k characters, and a receiver validating an unsigned POST was blocked that long. So:
 * - every format is a linear-time regex behind a length check: no real value of the format is longer
 *   (an email address is at most 254 characters), so a longer string fails without the regex running;
 * - every `pattern` (and `patternProperties`) regex runs only on strings of at most `PATTERN_INPUT_LIMIT`
 *   characters; a longer string fails the pattern. A pattern whose time is exponential in a short input
 *   (`^(a+)+$`) is for `chathooks lint` to flag; the bound keeps polynomial ones to milliseconds.
 * The same definitions serve Ajv at run time (lint, `compileContract`) and the generated standalone
 * validators, which inline them as source so generated code imports nothing.
 */

/** A format: a regex with no ambiguous nested or adjacent quantifiers, and the longest value it accepts. */
export interface FormatDefinition {
  readonly regex: RegExp;
  /** Longer strings fail the format without the regex running. */
  readonly maxLength: number;
}

/**
 * Strings longer than this many UTF-16 code units fail a `pattern` without the regex running (and a
 * `patternProperties` regex never matches a longer property name). Declare `maxLength` to say so in the spec.
 */
export const PATTERN_INPUT_LIMIT = 4096;

// Each regex below is linear in its input: no two adjacent or nested quantifiers can match the same characters
// (email: the local part has no '@', each domain label no '.'; uri: the scheme has no ':'), and the ipv6
// alternatives are bounded repetitions of at most 45 characters.
export const FORMATS: Readonly<Record<string, FormatDefinition>> = Object.freeze({
  'date-time': {
    regex:
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)$/,
    maxLength: 64,
  },
  date: { regex: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, maxLength: 10 },
  time: { regex: /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/, maxLength: 48 },
  // RFC 5321 caps a path at 256 octets, so an address at 254 characters.
  email: { regex: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, maxLength: 254 },
  uri: { regex: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/, maxLength: 8192 },
  uuid: {
    regex: /^(urn:uuid:)?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/,
    maxLength: 45,
  },
  ipv4: { regex: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/, maxLength: 15 },
  ipv6: {
    regex:
      /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:(:[0-9a-fA-F]{1,4}){1,6}|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
    maxLength: 45,
  },
});

/**
 * The check of a format: the length bound first, then the regex.
 *
 * @example
 * formatCheck(FORMATS['email']!)('a@example.com'); // true
 */
export function formatCheck(def: FormatDefinition): (value: string) => boolean {
  return (value) => value.length <= def.maxLength && def.regex.test(value);
}

/**
 * The same check as JavaScript source, for generated code.
 *
 * @example
 * formatCheckSource(FORMATS['date']!); // '(s) => s.length <= 10 && /^\\d{4}-…$/.test(s)'
 */
export function formatCheckSource(def: FormatDefinition): string {
  return `(s) => s.length <= ${def.maxLength} && ${def.regex.toString()}.test(s)`;
}

/** What Ajv needs of a pattern regex. */
export interface RegExpLike {
  test(value: string): boolean;
}

/**
 * A `pattern` regex that refuses to run on strings longer than `PATTERN_INPUT_LIMIT`: Ajv's `code.regExp`.
 *
 * @example
 * boundedRegExp('^a+$', 'u').test('a'.repeat(5000)); // false, without running the regex
 */
export function boundedRegExp(source: string, flags: string): RegExpLike {
  const regex = new RegExp(source, flags);
  return {
    test: (value) => value.length <= PATTERN_INPUT_LIMIT && regex.test(value),
    toString: () => regex.toString(),
  } as RegExpLike;
}

/** The name generated validators define `boundedRegExp` under. */
export const BOUNDED_REGEXP_IDENTIFIER = '__boundedRegExp';

/** `boundedRegExp` as JavaScript source, for generated code. */
export const BOUNDED_REGEXP_SOURCE = `function ${BOUNDED_REGEXP_IDENTIFIER}(source, flags) {
  // A pattern runs only on strings of at most ${PATTERN_INPUT_LIMIT} characters: a longer one fails it (chathooks' bound on regex time).
  const regex = new RegExp(source, flags);
  return { test: (value) => value.length <= ${PATTERN_INPUT_LIMIT} && regex.test(value), toString: () => regex.toString() };
}`;
