/** `chathooks lint [spec...]`: every problem of every spec as `file:line:col pointer message`. */
import { lintSpec, formatProblem, type LintResult } from '../model/index.js';
import { parse, type Io } from './args.js';
import { specsFrom } from './specs.js';

export const lintUsage = `Usage: chathooks lint [spec...] [--json] [--fast]

Checks AsyncAPI 3.0 specs against the AsyncAPI schema and rules and the chathooks conventions
(examples validate, invalid examples are rejected for their stated reason, before-events have replies,
discriminators are consts, every $ref is local, nothing left \`undecided\` by \`chathooks import\`) and prints
every problem as

  file:line:col #/json/pointer message [code]

Without a spec, lints every spec in ./spec.

Options:
  --json      print a JSON report instead of lines
  --fast      skip @asyncapi/parser's rules; check the chathooks conventions only
  -h, --help  show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`;

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    json: { type: 'boolean' },
    fast: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(lintUsage);
    return 0;
  }
  const files = await specsFrom(positionals, io.cwd);
  const results: LintResult[] = [];
  for (const file of files) results.push(await lintSpec(file, { validation: values['fast'] ? 'conventions' : 'full' }));
  const errors = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  if (values['json']) {
    io.out(
      JSON.stringify(
        {
          ok: errors === 0,
          errors,
          warnings,
          specs: results.map((r) => ({
            file: r.file,
            ok: !r.problems.some((p) => p.severity === 'error'),
            events: r.contract?.events.length ?? null,
            problems: r.problems,
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of results) for (const p of r.problems) io.out(formatProblem(p));
    const clean = results.filter((r) => !r.problems.some((p) => p.severity === 'error')).length;
    io.out(
      `lint: ${results.length} spec${results.length === 1 ? '' : 's'}, ${clean} clean, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
  }
  return errors === 0 ? 0 : 1;
}
