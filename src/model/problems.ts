/** Problems found in a spec: each says what, where (file:line:col and a JSON pointer) and how to fix it. */
import { ChathooksError } from './errors.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** A stable code: `yaml-syntax`, `ref-not-local`, `example-invalid`, an @asyncapi/parser rule name, … */
  code: string;
  message: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  /** JSON pointer into the document (`''` for the whole document). */
  pointer: string;
}

/** `file:line:col pointer message` — the one-line form the CLI prints. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const pointer = p.pointer === '' ? '#' : `#${p.pointer}`;
  const tag = p.severity === 'warning' ? 'warning ' : '';
  return `${where} ${pointer} ${tag}${p.message} [${p.code}]`;
}

/** Sort by file, position, then code, so that reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

/** Thrown by `loadContract` when a spec has errors; carries every problem, not only the first. */
export class ContractError extends ChathooksError {
  override readonly name = 'ContractError';
  readonly code = 'contract';
  readonly problems: readonly Problem[];
  constructor(file: string, problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `Failed to load the contract ${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n') +
        '\nRun `chathooks lint` on the file for the full report.',
    );
    this.problems = problems;
  }
}
