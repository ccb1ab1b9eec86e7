/** Collects problems for one spec file, positioning each JSON pointer in the YAML source. */
import type { Problem, Severity } from './problems.js';
import type { YamlSource } from './source-map.js';

export class Reporter {
  readonly problems: Problem[] = [];
  constructor(
    readonly file: string,
    private readonly source: YamlSource | undefined,
  ) {}

  /** Record a problem at `pointer` (positioned through the source map) or at an explicit position. */
  add(
    code: string,
    pointer: string,
    message: string,
    severity: Severity = 'error',
    at?: { line: number; col: number },
  ): void {
    const pos = at ?? this.source?.positionOf(pointer) ?? { line: 1, col: 1 };
    const duplicate = this.problems.some(
      (p) => p.code === code && p.pointer === pointer && p.message === message && p.line === pos.line,
    );
    if (!duplicate)
      this.problems.push({ severity, code, message, file: this.file, line: pos.line, col: pos.col, pointer });
  }

  error(code: string, pointer: string, message: string): void {
    this.add(code, pointer, message, 'error');
  }

  warn(code: string, pointer: string, message: string): void {
    this.add(code, pointer, message, 'warning');
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}
