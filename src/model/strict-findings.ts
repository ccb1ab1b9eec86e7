/**
 * What the strict reading finds in a payload the tolerant reading accepted: each undocumented property, value
 * and missing documented-required field, by JSON pointer, in words a sender's author acts on.
 */
import { getAt } from './pointer.js';
import type { GuardValidator } from './runtime.js';

/** One place where a payload leaves the documented shape. */
export interface StrictFinding {
  /** Where, in the payload (for a missing field, where it would be). */
  pointer: string;
  /** The strict schema's keyword: `additionalProperties` (undocumented property), `enum`, `required`, … */
  keyword: string;
  message: string;
}

/** At most this many findings per payload (a last one says how many more): a record entry stays small. */
export const MAX_STRICT_FINDINGS = 50;
/** A value quoted in a finding is cut to this many characters. */
const MAX_QUOTED = 80;

/**
 * The strict findings of `payload` (none: `[]`); `validate` is a strict validator (`strictValidators[event]`).
 *
 * @example
 * strictFindings(runtime.strictValidators['State.StateChange'], payload);
 * // [{ pointer: '/Info/Action', keyword: 'enum', message: '"Kick" is not a documented value (Login, Logout, Disconnect)' }]
 */
export function strictFindings(validate: GuardValidator<unknown> | undefined, payload: unknown): StrictFinding[] {
  if (!validate || validate(payload)) return [];
  // An `if`/`then` (a discriminated union's branch, src/model/strict-union.ts) repeats the failure of its `then`:
  // keep the specific findings.
  const all = validate.errors ?? [];
  const specific = all.filter((issue) => issue.keyword !== 'if');
  const issues = specific.length ? specific : all;
  const findings = issues.slice(0, MAX_STRICT_FINDINGS).map((issue) => ({
    pointer: issue.pointer,
    keyword: issue.keyword,
    message: describe(issue, payload),
  }));
  if (issues.length > MAX_STRICT_FINDINGS) {
    findings.push({
      pointer: '',
      keyword: 'limit',
      message: `${issues.length - MAX_STRICT_FINDINGS} more findings not listed`,
    });
  }
  return findings;
}

/**
 * One finding as a line: `strict: /Info/Action: "Kick" is not a documented value (Login, Logout, Disconnect)`.
 *
 * @example
 * formatFinding({ pointer: '/Foo', keyword: 'additionalProperties', message: 'undocumented property' }); // 'strict: /Foo: undocumented property'
 */
export function formatFinding(finding: StrictFinding): string {
  return `strict: ${finding.pointer || '/'}: ${finding.message}`;
}

function describe(issue: StrictFinding, payload: unknown): string {
  switch (issue.keyword) {
    case 'additionalProperties':
      return 'undocumented property';
    case 'required':
      return 'missing; the documentation marks it required';
    case 'enum': {
      const documented = allowedValues(issue.message);
      return `${quote(getAt(payload, issue.pointer))} is not a documented value${documented ? ` (${documented})` : ''}`;
    }
    default:
      return `${quote(getAt(payload, issue.pointer))} ${issue.message}`;
  }
}

/** The values of an enum issue's message (`must be one of "A", "B"`, as src/model/ajv.ts and generated code word it). */
function allowedValues(message: string): string | undefined {
  const prefix = 'must be one of ';
  if (!message.startsWith(prefix)) return undefined;
  try {
    const values = JSON.parse(`[${message.slice(prefix.length)}]`) as unknown[];
    return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  } catch {
    return undefined;
  }
}

function quote(value: unknown): string {
  // Never a whole object: a finding at the root must not copy the payload into the record.
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
