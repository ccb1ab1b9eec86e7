/**
 * Nesting limits on the YAML document, checked before @asyncapi/parser sees it. The parser's circular-ref
 * pass walks every array twice (once per item, once per key), so its cost doubles with each array a value
 * sits in: arrays 20 deep took 5.5 s, 25 deep over two minutes. Real specs stay far below both limits
 * (the bundled ones: depth 12, three arrays).
 */
import { escapeToken } from './pointer.js';

/** The deepest a value may sit below the document root (`/a/b/c` is depth 3). */
export const MAX_DEPTH = 32;
/** The most arrays a value may sit in, counted along its path from the document root. */
export const MAX_ARRAY_NESTING = 10;
/** Too-deep places reported per document: enough to show the pattern without flooding the report. */
const MAX_REPORTED = 10;

export interface TooDeep {
  /** JSON pointer of the first value past the limit on its path. */
  pointer: string;
  limit: 'depth' | 'arrays';
}

/**
 * Every place where the document nests deeper than {@link MAX_DEPTH} levels or more than
 * {@link MAX_ARRAY_NESTING} arrays; only the first node past a limit on each path (its subtree is not
 * entered, so the walk itself is bounded by the limits).
 *
 * @example
 * findTooDeep({ examples: [[[[[[[[[[[[1]]]]]]]]]]]] }); // [{ pointer: '/examples/0/0/0/0/0/0/0/0/0/0', limit: 'arrays' }]
 */
export function findTooDeep(document: unknown): TooDeep[] {
  const found: TooDeep[] = [];
  const visit = (node: unknown, pointer: string, depth: number, arrays: number): void => {
    if (found.length >= MAX_REPORTED || node === null || typeof node !== 'object') return;
    const inArrays = arrays + (Array.isArray(node) ? 1 : 0);
    if (inArrays > MAX_ARRAY_NESTING || depth > MAX_DEPTH) {
      found.push({ pointer, limit: inArrays > MAX_ARRAY_NESTING ? 'arrays' : 'depth' });
      return;
    }
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [key, value] of entries) visit(value, `${pointer}/${escapeToken(key)}`, depth + 1, inArrays);
  };
  visit(document, '', 0, 0);
  return found;
}

/**
 * The lint message for a too-deep place: what, the limit, and how to fix.
 *
 * @example
 * tooDeepMessage({ pointer: '/examples/0', limit: 'arrays' }); // 'This value sits inside more than 10 nested arrays; …'
 */
export function tooDeepMessage(place: TooDeep): string {
  return place.limit === 'arrays'
    ? `This value sits inside more than ${MAX_ARRAY_NESTING} nested arrays; chathooks refuses deeper array nesting because AsyncAPI parsing time doubles with each array level. Flatten the example or schema (a webhook payload rarely nests arrays more than three deep).`
    : `This value is nested more than ${MAX_DEPTH} levels below the document root; chathooks refuses deeper documents so that parsing stays fast. Flatten the example or schema, or move a shared part into components.schemas and $ref it.`;
}
