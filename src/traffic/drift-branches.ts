/**
 * Which strict issues under a failed `oneOf`/`anyOf` are the delivery's, and which are the noise of branches it
 * never meant to match. Ajv (every error reported) lists each branch's failures: a Tencent text element with one
 * new field also fails the location, face, sound… branches on `MsgType` and their properties. The branch the
 * value chose is the one whose `const`s it matches (a discriminated union); an issue stands only if that branch
 * — walked in the strict schema along the issue's pointer — says so too.
 */
import { isObject } from '../model/json.js';
import type { JsonSchema } from '../model/model.js';
import type { ValidationIssue } from '../model/ajv.js';
import { getAt, parsePointer } from '../model/pointer.js';

type Schema = Record<string, unknown>;

// A $ref chain or nesting deeper than this is a cycle: stop there.
const MAX_HOPS = 32;

function deref(root: unknown, node: unknown): Schema | undefined {
  let at = node;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    if (!isObject(at)) return undefined;
    const ref = at['$ref'];
    if (typeof ref !== 'string' || !ref.startsWith('#')) return at;
    at = getAt(root, ref.slice(1));
  }
  return undefined;
}

/** Whether the `const`s of a branch's properties match the value. */
function constsMatch(branch: Schema, value: unknown): boolean {
  const props = branch['properties'];
  if (!isObject(props) || !isObject(value)) return true;
  return Object.entries(props).every(
    ([name, sub]) => !isObject(sub) || !('const' in sub) || value[name] === sub['const'],
  );
}

/**
 * The schemas that read a value: the schema, its `allOf` parts, the `oneOf`/`anyOf` branches it matches by
 * `const`, and the `then` (or `else`) of an `if` by the same test.
 */
function readers(root: unknown, schema: Schema, value: unknown, depth = 0): Schema[] {
  if (depth > MAX_HOPS) return [schema];
  const out = [schema];
  const branches = (key: string) =>
    (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : []).flatMap((b): Schema[] => {
      const found = deref(root, b);
      return found ? [found] : [];
    });
  for (const part of branches('allOf')) out.push(...readers(root, part, value, depth + 1));
  for (const key of ['oneOf', 'anyOf']) {
    const list = branches(key);
    const chosen = list.filter((b) => constsMatch(b, value));
    for (const b of chosen.length ? chosen : list) out.push(...readers(root, b, value, depth + 1));
  }
  // A discriminated union the strict reading writes as if/then: the branch whose condition the value meets.
  const condition = deref(root, schema['if']);
  if (condition) {
    const taken = deref(root, constsMatch(condition, value) ? schema['then'] : schema['else']);
    if (taken) out.push(...readers(root, taken, value, depth + 1));
  }
  return out;
}

/** Every schema that reads the value at `tokens` of the payload. */
function schemasAt(root: Schema, tokens: readonly string[], payload: unknown): Schema[] {
  let at = readers(root, root, payload);
  for (const [i, token] of tokens.entries()) {
    const parent = getAt(payload, tokens.slice(0, i));
    const value = getAt(payload, tokens.slice(0, i + 1));
    const next: Schema[] = [];
    for (const s of at) {
      const sub = Array.isArray(parent) ? s['items'] : isObject(s['properties']) ? s['properties'][token] : undefined;
      const found = deref(root, sub);
      if (found) next.push(...readers(root, found, value));
    }
    at = next;
  }
  return at;
}

function admits(type: unknown, value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    if (t === 'integer') return Number.isInteger(value);
    if (t === 'number') return typeof value === 'number';
    if (t === 'null') return value === null;
    if (t === 'array') return Array.isArray(value);
    if (t === 'object') return isObject(value);
    return typeof value === t;
  });
}

/** Whether the chosen branches, walked along the issue's pointer, report the issue too. */
function stands(root: Schema, issue: ValidationIssue, payload: unknown): boolean {
  const tokens = parsePointer(issue.pointer);
  const value = getAt(payload, tokens);
  switch (issue.keyword) {
    case 'additionalProperties': {
      const name = tokens.at(-1)!;
      return !schemasAt(root, tokens.slice(0, -1), payload).some(
        (s) => isObject(s['properties']) && Object.hasOwn(s['properties'], name),
      );
    }
    case 'required': {
      const name = tokens.at(-1)!;
      return schemasAt(root, tokens.slice(0, -1), payload).some(
        (s) => Array.isArray(s['required']) && s['required'].includes(name),
      );
    }
    case 'const':
      return schemasAt(root, tokens, payload).some((s) => 'const' in s && s['const'] !== value);
    case 'enum':
      return schemasAt(root, tokens, payload).some((s) => Array.isArray(s['enum']) && !s['enum'].includes(value));
    case 'type':
      return schemasAt(root, tokens, payload).some((s) => 'type' in s && !admits(s['type'], value));
    default:
      return true;
  }
}

/**
 * The issues with branch noise removed: an issue at or below the pointer of a failed `oneOf`/`anyOf` is kept
 * only when the branch the value matches (by its `const`s) reports it too. Issues elsewhere are kept as they are.
 *
 * @example
 * withoutBranchNoise(strictSchema(event.payload), validate.errors, payload);
 */
export function withoutBranchNoise(
  strict: JsonSchema,
  issues: readonly ValidationIssue[],
  payload: unknown,
): ValidationIssue[] {
  const unions = issues.filter((i) => i.keyword === 'oneOf' || i.keyword === 'anyOf').map((i) => i.pointer);
  if (unions.length === 0 || !isObject(strict)) return [...issues];
  const under = (p: string) => unions.some((u) => p === u || p.startsWith(`${u}/`));
  return issues.filter(
    (i) => i.keyword === 'oneOf' || i.keyword === 'anyOf' || !under(i.pointer) || stands(strict, i, payload),
  );
}
