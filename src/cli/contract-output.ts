/** What `replay` and `verify-sender` share: progress display, the summary, `--report` files, the spec. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { toJSON, toJUnit, type CaseResult, type ContractReport } from '../testing/index.js';
import { contractOf, type RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/model.js';
import { UsageError, type Io } from './args.js';
import { loadCurrentSpecs, specPath } from './specs.js';

export interface ReportTarget {
  format: 'junit' | 'json';
  file: string;
}

/** `--report junit=FILE`, `--report json=FILE` (repeatable). */
export function parseReports(values: unknown, cwd: string): ReportTarget[] {
  const list = (values as string[] | undefined) ?? [];
  return list.map((v) => {
    const m = /^(junit|json)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--report takes junit=FILE or json=FILE, got "${v}".`);
    return { format: m[1] as ReportTarget['format'], file: resolve(cwd, m[2]!) };
  });
}

/** Write the reports; a path that cannot be written is one line naming it (the results are printed already). */
export async function writeReports(
  reports: readonly ContractReport[],
  targets: readonly ReportTarget[],
  io: Io,
): Promise<string | undefined> {
  for (const t of targets) {
    try {
      await mkdir(dirname(t.file), { recursive: true });
      await writeFile(t.file, t.format === 'junit' ? toJUnit(reports) : toJSON(reports));
      io.out(`report: ${t.format} → ${t.file}`);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      return `cannot write the ${t.format} report to ${t.file}: ${e.code ?? e.message}${e.code === 'EACCES' || e.code === 'EROFS' ? ' (not writable)' : e.code === 'EISDIR' ? ' (a directory)' : e.code === 'ENOTDIR' || e.code === 'EEXIST' ? ' (a parent is a file)' : ''}; pick another path`;
    }
  }
  return undefined;
}

/**
 * Load one spec: from its generated contract when that is current (no YAML parsing, no linting: fast), else
 * linted from the YAML, refused with the lint report when it has errors.
 */
export async function loadOneSpec(
  file: string | undefined,
  cwd: string,
  io: Io,
  command: string,
): Promise<{ contract: Contract; source: Contract | RuntimeContract } | undefined> {
  if (!file) throw new UsageError('Name the spec to test, e.g. spec/sendbird.yaml.');
  const { sources, failed } = await loadCurrentSpecs([specPath(file, cwd)], cwd);
  if (failed.length) {
    const { formatProblem } = await import('../model/problems.js');
    for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.out(formatProblem(p));
    io.err(`chathooks ${command}: ${file} has lint errors; fix them (see \`chathooks lint ${file}\`) and run again.`);
    return undefined;
  }
  const source = sources[0]!;
  return { contract: contractOf(source), source };
}

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' } as const;

/**
 * Per-case output: on a terminal one progress line redrawn in place with failures printed above it; plain
 * lines otherwise (CI logs), one per case.
 */
export function progress(io: Io): { onCase: (r: CaseResult, done: number, total: number) => void; end: () => void } {
  const live = io.isTTY && io.write !== undefined && !process.env['CI'];
  let failed = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) io.write!('\r\x1b[K');
    drawn = false;
  };
  return {
    onCase(r, done, total) {
      if (r.outcome === 'failed') failed++;
      if (!live) {
        io.out(
          `${MARK[r.outcome]} ${r.name}${r.latencyMs !== undefined ? ` (${Math.round(r.latencyMs)} ms)` : ''}${r.reason ? ` — ${r.reason}` : ''}`,
        );
        return;
      }
      clear();
      if (r.outcome === 'failed') io.out(`FAIL ${r.name} — ${r.reason ?? ''}`);
      const width = Math.max(20, (process.stdout.columns || 100) - 30);
      const name = r.name.length > width ? `${r.name.slice(0, width - 1)}…` : r.name;
      io.write!(
        `[${String(done).padStart(String(total).length)}/${total}] ${failed ? `${failed} failed ` : ''}${name}`,
      );
      drawn = true;
    },
    end: clear,
  };
}

/** The closing lines: counts, then the failures again, grouped, so they are the last thing on screen; `note` ends the counts line. */
export function summarise(report: ContractReport, io: Io, subject: string, note = ''): void {
  const failed = report.cases.filter((c) => c.outcome === 'failed');
  if (failed.length) {
    io.out('');
    io.out(`${failed.length} failed:`);
    for (const c of failed) io.out(`  ${c.name}\n    ${c.reason ?? ''}`);
  }
  io.out('');
  io.out(
    `${subject}: ${report.passed} passed, ${report.failed} failed${report.skipped ? `, ${report.skipped} skipped` : ''} in ${report.durationMs} ms${note}`,
  );
}
