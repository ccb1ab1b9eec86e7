/**
 * `--set /json/pointer=value`: edits of an example payload before it is sent. Each edit sets one place; the
 * value is JSON when it parses as JSON (`42`, `true`, `null`, `{"a":1}`, `"quoted"`), else the text as a string.
 */
import { OptionError } from '../model/errors.js';
import { isObject } from '../model/json.js';
import { parsePointer, toPointer } from '../model/pointer.js';

/** One edit: the place, and the value to put there. */
export interface PayloadEdit {
  pointer: string;
  value: unknown;
}

/**
 * Read `--set` text: `/pointer=value`, split at the first `=` (a pointer token with `=` cannot be named; JSON
 * pointers rarely need one).
 *
 * @example
 * parseEdit('/MsgBody/0/MsgContent/Text=hi'); // { pointer: '/MsgBody/0/MsgContent/Text', value: 'hi' }
 * parseEdit('/Random=7');                      // { pointer: '/Random', value: 7 }
 */
export function parseEdit(text: string): PayloadEdit {
  const at = text.indexOf('=');
  if (at < 0) throw new OptionError(`--set "${text}": write /json/pointer=value (e.g. --set /From_Account=alice).`);
  const pointer = text.slice(0, at);
  if (!pointer.startsWith('/'))
    throw new OptionError(
      `--set "${text}": "${pointer}" is not a JSON pointer into the payload; it starts with "/" (e.g. /From_Account).`,
    );
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    /* not JSON: the text itself */
  }
  return { pointer, value };
}

/** What a value is, in words, for an error naming why a pointer cannot go through it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A copy of `payload` with every edit applied in order (the payload itself is left alone). A pointer may add a
 * property to an object that exists, or an array item at an index up to the array's length (`-` appends); a
 * step through something missing, or through a string or number, is an OptionError naming the pointer.
 *
 * @example
 * applyEdits({ a: { b: 1 }, list: [1] }, [{ pointer: '/a/b', value: 2 }, { pointer: '/list/-', value: 3 }]);
 * // { a: { b: 2 }, list: [1, 3] }
 */
export function applyEdits(payload: unknown, edits: readonly PayloadEdit[]): unknown {
  let root = structuredClone(payload);
  for (const edit of edits) root = applyEdit(root, edit);
  return root;
}

function applyEdit(root: unknown, { pointer, value }: PayloadEdit): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return structuredClone(value);
  let node: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const next = Array.isArray(node) ? (/^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined) : undefined;
    const child = isObject(node) && Object.hasOwn(node, token) ? node[token] : next;
    if (child === undefined || child === null || typeof child !== 'object') {
      const where = toPointer(tokens.slice(0, i + 1));
      throw new OptionError(
        `--set ${pointer}: ${where} ${child === undefined ? 'is not in the payload' : `is ${kindOf(child)}`}, so ${pointer} cannot be set; set ${where} itself (e.g. --set '${where}={}') first.`,
      );
    }
    node = child;
  }
  const last = tokens.at(-1)!;
  if (Array.isArray(node)) {
    const index = last === '-' ? node.length : /^(0|[1-9][0-9]*)$/.test(last) ? Number(last) : Number.NaN;
    if (!(index <= node.length))
      throw new OptionError(
        `--set ${pointer}: "${last}" is not an index of the array at ${toPointer(tokens.slice(0, -1)) || '/'} (0 to ${node.length}, or - to append).`,
      );
    node[index] = structuredClone(value);
    return root;
  }
  if (!isObject(node))
    throw new OptionError(
      `--set ${pointer}: the payload is ${kindOf(node)}, not an object; send other bytes with --body.`,
    );
  node[last] = structuredClone(value);
  return root;
}
