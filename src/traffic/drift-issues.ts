/**
 * Strict validation issues of one delivery, sorted into drift's classes by keyword: an undocumented property
 * (`additionalProperties`), an undocumented enum value (`enum`), a type difference (`type`), a documented-required
 * field missing (`required`), anything else as a schema difference. Pointers are generalised (`/events/0/foo` and `/events/1/foo` are `/events/*` + `/foo`)
 * so that one field in many array elements is one finding.
 */
import type { ValidationIssue } from '../model/ajv.js';
import { getAt, parsePointer, toPointer } from '../model/pointer.js';
import type { JsonType } from './drift-findings.js';

/** One issue of one delivery, classified; `pointer` is concrete (indices kept), `general` has them as `*`. */
export type ClassifiedIssue =
  | { kind: 'undocumented-property'; pointer: string; general: string; value: unknown }
  | { kind: 'undocumented-enum-value'; pointer: string; general: string; value: unknown }
  | { kind: 'type-difference'; pointer: string; general: string; expected: string[]; seen: JsonType }
  | { kind: 'required-missing'; pointer: string; general: string }
  | { kind: 'schema-difference'; pointer: string; general: string; keyword: string; message: string };

// Keywords that only summarise their branches' failures: reported only when no branch says more.
const SUMMARIES = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);

/**
 * The JSON type of a value, `integer` for whole numbers.
 *
 * @example
 * jsonType(3); // 'integer'
 */
export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean' || typeof value === 'string') return typeof value as JsonType;
  return 'object';
}

/**
 * A concrete pointer with its array indices replaced by `*`, read against the value they index.
 *
 * @example
 * generalise('/events/0/foo', { events: [{}] }); // '/events/' + '*' + '/foo'
 */
export function generalise(pointer: string, root: unknown): string {
  const tokens = parsePointer(pointer);
  const out: string[] = [];
  let node: unknown = root;
  for (const token of tokens) {
    out.push(Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) ? '*' : token);
    node = getAt(node, [token]);
  }
  return toPointer(out);
}

/** The types a `type` issue's message names ("must be integer", "must be integer,string"). */
function expectedTypes(message: string): string[] {
  const m = /^must be (.+)$/.exec(message);
  return m ? m[1]!.split(',').map((t) => t.trim()) : [message];
}

const isUnder = (pointer: string, parent: string): boolean => pointer === parent || pointer.startsWith(`${parent}/`);

/**
 * Classify the strict issues of one payload. Several `type` issues at one pointer (the branches of a `oneOf`)
 * make one type difference listing every expected type; summary keywords (`oneOf`, `anyOf`…) are dropped when a
 * more precise issue is at or below their pointer.
 *
 * @example
 * classifyIssues([{ pointer: '/Info/New', keyword: 'additionalProperties', message: '…' }], payload);
 * // [{ kind: 'undocumented-property', pointer: '/Info/New', general: '/Info/New', value: … }]
 */
export function classifyIssues(issues: readonly ValidationIssue[], payload: unknown): ClassifiedIssue[] {
  const precise = issues.filter((i) => !SUMMARIES.has(i.keyword));
  const out: ClassifiedIssue[] = [];
  const types = new Map<string, Extract<ClassifiedIssue, { kind: 'type-difference' }>>();
  const seen = new Set<string>();
  for (const issue of issues) {
    const { pointer, keyword, message } = issue;
    if (SUMMARIES.has(keyword) && precise.some((p) => isUnder(p.pointer, pointer))) continue;
    const key = `${keyword}\u0000${pointer}`;
    if (keyword !== 'type' && seen.has(key)) continue;
    seen.add(key);
    const general = generalise(pointer, payload);
    switch (keyword) {
      case 'additionalProperties':
      case 'unevaluatedProperties':
        out.push({ kind: 'undocumented-property', pointer, general, value: getAt(payload, pointer) });
        break;
      case 'enum':
        out.push({ kind: 'undocumented-enum-value', pointer, general, value: getAt(payload, pointer) });
        break;
      case 'required':
        out.push({ kind: 'required-missing', pointer, general });
        break;
      case 'type': {
        const known = types.get(pointer);
        if (known) {
          for (const t of expectedTypes(message)) if (!known.expected.includes(t)) known.expected.push(t);
          break;
        }
        const found = {
          kind: 'type-difference' as const,
          pointer,
          general,
          expected: expectedTypes(message),
          seen: jsonType(getAt(payload, pointer)),
        };
        types.set(pointer, found);
        out.push(found);
        break;
      }
      default:
        out.push({ kind: 'schema-difference', pointer, general, keyword, message });
    }
  }
  return out;
}
