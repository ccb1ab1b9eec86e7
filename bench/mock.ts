/**
 * Mock consumers under load: the native mock server (verify + validate + scenario + record) against a bare
 * node:http server reading the body and answering the same bytes, one doing the same checks by hand, and a real
 * Prism process (its CPU read from /proc) — same load tool and settings, interleaved rounds — and start-up
 * times: `startMockServer` in process, `chathooks mock` from spawn to its URLs beside plain `node` from spawn to
 * its first line, and Prism.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startPrism } from '../src/mock/index.js';
import * as protocol from '../generated/protocol/index.js';
import { fmt, median } from './lib.js';
import { CONNECTIONS, PIPELINING, pinServer, placement, releaseLoadTool } from './load.js';
import { loadInRounds, printStandings, protocolRequest, ratios, server } from './receiver.js';

const STARTS = 9;

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's CPU time so far (user + system, µs) from /proc/<pid>/stat; NaN where there is no /proc. */
function procCpuUs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), utime and stime, counted from field 3 (state) here.
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Wall time from spawning `node args` to the first stdout line containing `marker`. */
async function spawnReadyMs(args: string[], marker: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) resolve();
    });
    child.on('close', (code) =>
      reject(new Error(`node ${args.join(' ')} exited ${code} before printing "${marker}":\n${out}`)),
    );
  });
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('close', resolve));
  return ms;
}

export async function benchMock(): Promise<void> {
  console.log(
    `\n## mock consumers (autocannon from this process, ${CONNECTIONS} connections, pipelining ${PIPELINING}; ${placement()}; signed protocol message.created; interleaved rounds, medians)\n`,
  );
  const { body, headers } = protocolRequest();
  const bare = await server('bare');
  const byHand = await server('by-hand');
  const mock = await server('mock');
  const started = performance.now();
  const prism = await startPrism(protocol.contract);
  pinServer(prism.process.pid);
  const prismStart = performance.now() - started;
  try {
    const [b, h, m] = await loadInRounds(
      [
        {
          name: 'bare node:http (reads body, same JSON answer)',
          url: `http://127.0.0.1:${bare.port}/webhook`,
          served: bare,
        },
        { name: 'node:http + the same checks by hand', url: `http://127.0.0.1:${byHand.port}/webhook`, served: byHand },
        {
          name: 'chathooks mock (native, verifies, records)',
          url: `http://127.0.0.1:${mock.port}/protocol/webhook`,
          served: mock,
        },
      ],
      body,
      headers,
    );
    // Prism answers with its own headers: loaded alone, same settings; its CPU read from /proc where there is one.
    const prismPid = prism.process.pid;
    const [p] = await loadInRounds(
      [
        {
          name: 'Prism 5.14.2 (-v error)',
          url: prism.endpoint,
          served: { port: 0, startMs: prismStart, cpu: async () => procCpuUs(prismPid), stop: () => undefined },
        },
      ],
      body,
      headers,
      2,
    );
    printStandings([b!, h!, m!, p!]);
    const ratio = ratios(m!, b!);
    console.log(
      `\nnative mock: ${fmt(ratio.median * 100, 1)} % of bare node:http (target ≥ 50 %; rounds ${ratio.each.map((x) => `${fmt(x * 100, 1)} %`).join(', ')}); ${fmt(ratios(m!, h!).median * 100, 1)} % of the same checks by hand (${fmt(ratios(h!, b!).median * 100, 1)} % of bare)`,
    );
    console.log(
      `vs Prism: ${fmt(m!.rps / p!.rps, 1)}× its req/s (target ≥ 10×; bare node:http ${fmt(b!.rps / p!.rps, 1)}×, the checks by hand ${fmt(h!.rps / p!.rps, 1)}×)${Number.isNaN(p!.cpuUs) ? '' : `, ${fmt(p!.cpuUs / m!.cpuUs, 1)}× less CPU per request`}; p99 ${fmt(m!.p99, 1)} ms vs ${fmt(p!.p99, 1)} ms`,
    );
    console.log(
      `server CPU per request: mock ${fmt(m!.cpuUs, 1)} µs, by hand ${fmt(h!.cpuUs, 1)} µs, bare ${fmt(b!.cpuUs, 1)} µs → the mock adds ${fmt(m!.cpuUs - h!.cpuUs, 1)} µs to the checks (recording, scenario)`,
    );
  } finally {
    bare.stop();
    byHand.stop();
    mock.stop();
    await prism.close();
    releaseLoadTool();
  }

  const inProcess: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const s = await server('mock', false);
    inProcess.push(s.startMs);
    s.stop();
  }
  if (!existsSync('dist/cli/index.js')) {
    console.log(
      `\nready: startMockServer in process ${fmt(median(inProcess), 1)} ms (median of ${STARTS}); dist/ is not built, so \`chathooks mock\` was not timed (npm run build).`,
    );
    return;
  }
  const node: number[] = [];
  const cli: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    node.push(await spawnReadyMs(['--input-type=module', '-e', "console.log('ready')"], 'ready'));
    cli.push(await spawnReadyMs(['dist/cli/index.js', 'mock', '--port', '0'], 'mock: listening'));
    one.push(await spawnReadyMs(['dist/cli/index.js', 'mock', 'spec/protocol.yaml', '--port', '0'], 'mock: listening'));
  }
  console.log(
    `\nready (medians of ${STARTS}): startMockServer in process ${fmt(median(inProcess), 1)} ms; Prism ${fmt(prismStart)} ms`,
  );
  console.log(`  plain \`node\` from spawn to its first line: ${fmt(median(node))} ms`);
  for (const [what, times] of [
    ['`chathooks mock` (every bundled spec)', cli],
    ['`chathooks mock spec/protocol.yaml`', one],
  ] as const) {
    console.log(
      `  ${what} from spawn to its URLs: ${fmt(median(times))} ms (target < 150 ms) → chathooks adds ${fmt(median(times) - median(node))} ms to node's own start`,
    );
  }
}
