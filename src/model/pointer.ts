/** JSON pointers (RFC 6901): the one way every problem and validation error says *where*. */
import { OptionError } from './errors.js';

/** Escape one reference token. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Build a pointer from tokens: `toPointer(['a', 0, 'b/c'])` → `/a/0/b~1c`. */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/** Split a pointer (with or without a leading `#`) into unescaped tokens. */
export function parsePointer(pointer: string): string[] {
  const p = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (p === '') return [];
  if (!p.startsWith('/'))
    throw new OptionError(`Invalid JSON pointer "${pointer}": it must be empty or start with "/".`);
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value at `pointer` inside `root`, or `undefined` when any step is missing. */
export function getAt(root: unknown, pointer: string | readonly string[]): unknown {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let node: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
