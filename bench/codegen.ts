/**
 * Codegen time: in-process per spec (load + generate), and the CLI's wall time for all bundled specs,
 * against the baseline of starting node and importing the toolkit without doing any work.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { generateContract } from '../src/codegen/index.js';
import { loadContract } from '../src/model/index.js';
import { fmt, row } from './lib.js';

function wall(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: 'pipe' });
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchCodegen(): Promise<void> {
  const specs = readdirSync('spec')
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  console.log('\n## codegen (median of 5; in-process after one warm-up run)\n');
  const widths = [22, 8, 14, 14, 12];
  console.log(row(['spec', 'events', 'load ms', 'generate ms', 'files'], widths));
  let total = 0;
  for (const spec of specs) {
    const path = `spec/${spec}`;
    await generateContract(await loadContract(path, { validation: 'conventions' }));
    const loads: number[] = [];
    const gens: number[] = [];
    let files = 0;
    let events = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const contract = await loadContract(path, { validation: 'conventions' });
      const t1 = performance.now();
      const out = await generateContract(contract);
      const t2 = performance.now();
      loads.push(t1 - t0);
      gens.push(t2 - t1);
      files = out.size;
      events = contract.events.length;
    }
    total += median(loads) + median(gens);
    console.log(row([spec, events, fmt(median(loads), 1), fmt(median(gens), 1), files], widths));
  }
  console.log(row(['all (sum)', '', '', fmt(total, 1), ''], widths));

  const cli = 'dist/cli/index.js';
  const baseline = median([0, 1, 2].map(() => wall(['-e', "import('./dist/index.js')"])));
  const generateAll = median([0, 1, 2].map(() => wall([cli, 'generate', '--out', '.tmp/bench-generated'])));
  const checkAll = median([0, 1, 2].map(() => wall([cli, 'generate', '--check'])));
  const lintAll = median([0, 1, 2].map(() => wall([cli, 'lint'])));
  console.log(`\nCLI wall time, all ${specs.length} bundled specs (median of 3):`);
  console.log(`  chathooks generate         ${fmt(generateAll)} ms   (target < 3000 ms)`);
  console.log(`  chathooks generate --check ${fmt(checkAll)} ms`);
  console.log(`  chathooks lint (full)      ${fmt(lintAll)} ms`);
  console.log(
    `  baseline: node + import    ${fmt(baseline)} ms   → generate costs ${fmt(generateAll - baseline)} ms above start-up`,
  );
}
