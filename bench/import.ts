/**
 * `chathooks import` of LINE's official webhook.yml (19 events, allOf and discriminator mappings, examples
 * synthesised and checked), spawn to exit, against the baseline of spawning `chathooks --help` (node's start
 * and the CLI's entry point, no work). Target: ≤ 2 s.
 */
import { execFileSync } from 'node:child_process';
import { fmt, row } from './lib.js';

const CLI = 'dist/cli/index.js';
const LINE = 'test/fixtures/import/line-webhook.yml';
const RUNS = 5;

function wall(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchImport(): Promise<void> {
  console.log(`\n## import (spawn to exit, median of ${RUNS}, after one warm-up run each)\n`);
  wall(['--help']);
  wall(['import', LINE]);
  const help = median(Array.from({ length: RUNS }, () => wall(['--help'])));
  const line = median(Array.from({ length: RUNS }, () => wall(['import', LINE])));
  const decided = median(
    Array.from({ length: RUNS }, () =>
      wall([
        'import',
        LINE,
        '--signature',
        'line',
        '--delivery',
        'timeoutMs=10000,retries=,retryOn=',
        '--kind',
        'after',
      ]),
    ),
  );
  const widths = [52, 10, 10];
  console.log(row(['command', 'ms', 'ratio'], widths));
  console.log(row(['chathooks --help (baseline)', fmt(help), '1.0'], widths));
  console.log(row(['chathooks import line-webhook.yml', fmt(line), fmt(line / help, 1)], widths));
  console.log(row(['chathooks import line-webhook.yml with every flag', fmt(decided), fmt(decided / help, 1)], widths));
  console.log(`\nimport of LINE's webhook.yml: ${fmt(line)} ms (target ≤ 2000 ms: ${line <= 2000 ? 'met' : 'MISSED'})`);
}
