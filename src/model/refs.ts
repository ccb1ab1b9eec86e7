/** Document-local `$ref` resolution on the raw spec data, keeping the pointer each value really lives at. */
import { getAt } from './pointer.js';

export interface Resolved<T = unknown> {
  value: T;
  /** Pointer of the resolved value (after following every `$ref`). */
  pointer: string;
}

function isRefObject(v: unknown): v is { $ref: string } {
  return v !== null && typeof v === 'object' && typeof (v as { $ref?: unknown }).$ref === 'string';
}

/** Follow `$ref`s from `value` (found at `pointer`) until a non-ref value; `undefined` on a dangling or cyclic ref. */
export function resolveRef(document: unknown, value: unknown, pointer: string): Resolved | undefined {
  const seen = new Set<string>();
  let current: Resolved = { value, pointer };
  while (isRefObject(current.value)) {
    const ref = current.value.$ref;
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    const target = decodeURIComponent(ref.slice(1));
    const next = getAt(document, target);
    if (next === undefined) return undefined;
    current = { value: next, pointer: target };
  }
  return current;
}

/** Every `$ref` in the document with the pointer of the object holding it. */
export function collectRefs(document: unknown): { ref: string; pointer: string }[] {
  const found: { ref: string; pointer: string }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, `${pointer}/${i}`));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') found.push({ ref: v, pointer });
        else visit(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      }
    }
  };
  visit(document, '');
  return found;
}
