/**
 * Docs build time for every bundled spec — in process (cold and warm, split into types and rendering), and
 * the CLI's wall time — against the baseline of generating the same specs' code in the same process; and
 * the page sizes (targets: all specs under 2 s, the largest page under 500 KB).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { generateContract, generateTypes } from '../src/codegen/index.js';
import { buildDocs, renderDocs } from '../src/docs/index.js';
import { loadContract, type Contract } from '../src/model/index.js';
import { fmt, row } from './lib.js';

const OUT = '.tmp/bench-site';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function wall(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: 'pipe' });
  return performance.now() - start;
}

export async function benchDocs(): Promise<void> {
  const specs = readdirSync('spec')
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const contracts: Contract[] = [];
  for (const spec of specs) contracts.push(await loadContract(`spec/${spec}`, { validation: 'conventions' }));
  await rm(OUT, { recursive: true, force: true });
  console.log(
    `\n## docs (${specs.length} bundled specs, ${contracts.reduce((n, c) => n + c.events.length, 0)} events; median of 5 after the cold run)\n`,
  );

  const cold = await time(() => buildDocs(contracts, { outDir: OUT }));
  const builds: number[] = [];
  const typesRuns: number[] = [];
  const renders: number[] = [];
  const codegens: number[] = [];
  let types = new Map<string, string>();
  for (let i = 0; i < 5; i++) {
    builds.push(await time(() => buildDocs(contracts, { outDir: OUT })));
    typesRuns.push(
      await time(async () => {
        types = new Map();
        for (const c of contracts) types.set(c.id, await generateTypes(c));
      }),
    );
    renders.push(await time(() => renderDocs(contracts, { types })));
    codegens.push(
      await time(async () => {
        for (const c of contracts) await generateContract(c);
      }),
    );
  }
  const build = median(builds);
  const baseline = median(codegens);
  const widths = [46, 12];
  console.log(row(['step', 'ms'], widths));
  console.log(row(['buildDocs, cold (first run in the process)', fmt(cold)], widths));
  console.log(row(['buildDocs (types + render + write)', fmt(build)], widths));
  console.log(row(['  types.ts of every spec (generateTypes)', fmt(median(typesRuns))], widths));
  console.log(row(['  render every page (renderDocs, types given)', fmt(median(renders))], widths));
  console.log(row(['baseline: generateContract of every spec', fmt(baseline)], widths));
  console.log(
    `\nbuildDocs costs ${fmt(build / baseline, 2)}× a full codegen of the same specs; cold ${fmt(cold)} ms (target < 2000 ms)`,
  );

  const { files } = await buildDocs(contracts, { outDir: OUT });
  const pages = files.filter((f) => f.path.endsWith('.html')).sort((a, b) => b.bytes - a.bytes);
  const total = files.reduce((n, f) => n + f.bytes, 0);
  console.log(`\n${pages.length} pages, ${files.length} files, ${fmt(total / 1024)} KB in all; largest pages:`);
  for (const p of pages.slice(0, 3)) console.log(`  ${p.path.padEnd(64)} ${fmt(p.bytes / 1024, 1)} KB`);
  const largestScript = files.filter((f) => f.path.endsWith('.js')).sort((a, b) => b.bytes - a.bytes)[0]!;
  console.log(`  largest script: ${largestScript.path} ${fmt(largestScript.bytes / 1024, 1)} KB`);
  console.log(
    `largest page ${fmt(pages[0]!.bytes / 1024, 1)} KB (target < 500 KB); median page ${fmt(pages[Math.floor(pages.length / 2)]!.bytes / 1024, 1)} KB`,
  );

  const cli = 'dist/cli/index.js';
  const nodeBaseline = median([0, 1, 2].map(() => wall(['-e', "import('./dist/index.js')"])));
  const docsAll = median([0, 1, 2].map(() => wall([cli, 'docs', '--out', OUT])));
  console.log(`\nCLI wall time, all ${specs.length} bundled specs (median of 3):`);
  console.log(`  chathooks docs             ${fmt(docsAll)} ms   (loading the specs included)`);
  console.log(
    `  baseline: node + import    ${fmt(nodeBaseline)} ms   → docs costs ${fmt(docsAll - nodeBaseline)} ms above start-up`,
  );
}
