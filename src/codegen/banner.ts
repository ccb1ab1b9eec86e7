/** The "do not edit" banner every generated file starts with. */
export function banner(source: string): string {
  return `generated from ${source.replaceAll('\\', '/')} by chathooks; do not edit`;
}

/** Stable, readable JSON (insertion order, which the loader keeps deterministic), with a trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
