import { createHash } from 'node:crypto';

/** The "do not edit" banner every generated file starts with. */
export function banner(source: string): string {
  return `generated from ${source.replaceAll('\\', '/')} by chathooks; do not edit`;
}

/** Reads `banner`'s source back from a generated file's first line: `BANNER_LINE.exec(head)?.[1]`. */
export const BANNER_LINE = /^\/\/ generated from (.+) by chathooks; do not edit$/m;

/**
 * JavaScript source with every non-ASCII character as a `\uXXXX` escape (per UTF-16 unit), which means the same
 * in string, template and regular expression literals and is inert in comments. V8 holds an all-ASCII source as
 * one-byte text, which it decodes and scans faster: generated modules load a little sooner.
 *
 * @example
 * asciiSource('const s = "≥ 1";'); // 'const s = "\\u2265 1";'
 */
export function asciiSource(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Stable, readable JSON (insertion order, which the loader keeps deterministic), with a trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The digest of a spec's text recorded in `index.ts`/`index.js`, so a tool holding the spec can tell that the
 * generated contract is current without loading the YAML (line endings normalised: a CRLF checkout is the same spec).
 *
 * @example
 * sourceHash(await readFile('spec/protocol.yaml', 'utf8')); // '3f0c…' (64 hex digits)
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** The comment line carrying `sourceHash` in a generated index; `SOURCE_HASH_LINE.exec(head)?.[1]` reads it back. */
export const SOURCE_HASH_LINE = /^\/\/ source sha256:([0-9a-f]{64})$/m;

/** @example sourceHashLine(sourceHash(text)); // '// source sha256:3f0c…' */
export function sourceHashLine(hash: string): string {
  return `// source sha256:${hash}`;
}
