/**
 * Contract replay throughput: every case of all bundled specs (every example, variant, repeat and negative
 * check) against fast receivers — in process through `fetch(Request)`, and over loopback HTTP — each beside
 * its baseline in the same run: the same number of requests with the same bodies and concurrency sent by a
 * bare loop to a bare handler / bare node:http server. Then `chathooks replay` end to end, per spec, as a
 * user runs it against example receivers in another process.
 */
import { fork, spawn } from 'node:child_process';
import { planConsumerContract, runConsumerContract, type ContractReport } from '../src/testing/index.js';
import { httpSend } from '../src/delivery/transport.js';
import { createReceiver, type Receiver } from '../src/receiver/index.js';
import { APP_ID, appIdOption, IDS, SECRET } from './contract-receivers.js';
import { fmt, row } from './lib.js';

const CONCURRENCY = 32;
const ROUNDS = 3;

type Generated = Parameters<typeof createReceiver>[0];

async function contracts(): Promise<{ id: string; g: Generated; receiver: Receiver }[]> {
  return Promise.all(
    IDS.map(async (id) => {
      const g = (await import(`../generated/${id}/index.js`)) as Generated;
      return {
        id,
        g,
        receiver: createReceiver(g, {
          secret: SECRET,
          logger: { warn: () => undefined },
          ...appIdOption(g),
        }),
      };
    }),
  );
}

/** Deliveries a report stands for: one per case, two for the repeat cases. */
const sends = (r: ContractReport): number => r.cases.reduce((n, c) => n + (c.group === 'retries' ? 2 : 1), 0);

/** The baseline: `total` requests with the given bodies, `CONCURRENCY` at a time, through `send`. */
async function bareLoop(total: number, bodies: string[], send: (body: string) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const body = bodies[next++ % bodies.length]!;
        await send(body);
      }
    }),
  );
  return performance.now() - started;
}

/** A server process (bench/contract-receivers.ts) and its base URL. */
async function child(mode: 'bare' | 'receivers'): Promise<{ url: string; stop: () => void }> {
  const proc = fork(new URL('./contract-receivers.ts', import.meta.url), [mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) =>
    proc.once('message', (m) => resolve((m as { port: number }).port)),
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => proc.kill() };
}

async function replayAll(
  all: Awaited<ReturnType<typeof contracts>>,
  targetOf: (id: string, r: Receiver) => string | Receiver,
): Promise<{ sends: number; ms: number; failed: number }> {
  const started = performance.now();
  const reports = await Promise.all(
    all.map(({ id, g, receiver }) =>
      runConsumerContract({
        contract: g,
        target: targetOf(id, receiver),
        secret: SECRET,
        concurrency: CONCURRENCY,
        ...appIdOption(g),
      }),
    ),
  );
  return {
    sends: reports.reduce((n, r) => n + sends(r), 0),
    ms: performance.now() - started,
    failed: reports.reduce((n, r) => n + r.failed, 0),
  };
}

/** The median-rate round of several. */
async function best<T extends { sends: number; ms: number }>(run: () => Promise<T>): Promise<T> {
  const rounds: T[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await run());
  return rounds.sort((a, b) => a.ms - b.ms)[Math.floor(ROUNDS / 2)]!;
}

/** Wall time of `chathooks replay` for one spec against a running receiver, spawn to exit. */
function cliReplay(g: Generated, target: string): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const args = [
    'dist/cli/index.js',
    'replay',
    g.contract.source,
    '--target',
    target,
    '--secret',
    SECRET,
    ...(g.contract.appId ? ['--app-id', APP_ID] : []),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('close', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

export async function benchContract(): Promise<void> {
  console.log(
    `\n## contract replay (every case of all ${IDS.length} bundled specs, ${CONCURRENCY} in flight, median of ${ROUNDS})\n`,
  );
  const all = await contracts();
  const bodies = all.flatMap(({ g }) =>
    g.contract.events.flatMap((e) => e.examples.map((x) => JSON.stringify(x.payload))),
  );
  const widths = [58, 12, 14, 12];
  console.log(row(['run', 'deliveries', 'deliveries/s', 'vs baseline'], widths));

  // In process: the receivers' fetch handlers, against a bare loop handing the same bodies to a trivial handler.
  await replayAll(all, (_, r) => r); // warm-up
  const inProc = await best(() => replayAll(all, (_, r) => r));
  const bare = async (body: string) => {
    const res = new Response('{}');
    await new Request('http://bench.local/webhook', { method: 'POST', body }).text();
    return res.text();
  };
  await bareLoop(inProc.sends, bodies, bare);
  const inProcBase = await best(async () => ({ sends: inProc.sends, ms: await bareLoop(inProc.sends, bodies, bare) }));
  const inRate = inProc.sends / (inProc.ms / 1000);
  const inBaseRate = inProc.sends / (inProcBase.ms / 1000);
  console.log(row(['bare loop: Request → trivial handler', fmt(inProc.sends), fmt(inBaseRate), '1.00×'], widths));
  console.log(
    row(
      [
        `runConsumerContract → receiver.fetch (${inProc.failed} failed)`,
        fmt(inProc.sends),
        fmt(inRate),
        `${fmt(inRate / inBaseRate, 2)}×`,
      ],
      widths,
    ),
  );

  // Loopback HTTP, receivers in their own process; the baseline sends the same bodies with the same
  // transport (node:http keep-alive) to a bare node:http server in its own process.
  const receivers = await child('receivers');
  const bareServer = await child('bare');
  try {
    await replayAll(all, (id) => `${receivers.url}/${id}/webhook`);
    const http1 = await best(() => replayAll(all, (id) => `${receivers.url}/${id}/webhook`));
    const post = (body: string) =>
      httpSend(
        { method: 'POST', url: `${bareServer.url}/webhook`, headers: { 'content-type': 'application/json' }, body },
        10_000,
      );
    await bareLoop(http1.sends, bodies, post);
    const httpBase = await best(async () => ({ sends: http1.sends, ms: await bareLoop(http1.sends, bodies, post) }));
    const httpRate = http1.sends / (http1.ms / 1000);
    const httpBaseRate = http1.sends / (httpBase.ms / 1000);
    console.log(
      row(['bare loop (node:http keep-alive) → bare node:http', fmt(http1.sends), fmt(httpBaseRate), '1.00×'], widths),
    );
    console.log(
      row(
        [
          `runConsumerContract → receivers over loopback (${http1.failed} failed)`,
          fmt(http1.sends),
          fmt(httpRate),
          `${fmt(httpRate / httpBaseRate, 2)}×`,
        ],
        widths,
      ),
    );
    console.log(`\nover loopback: ${fmt(httpRate)} deliveries/s (target ≥ 2,000)`);

    // End to end: the CLI, as a user runs it, one spec after another, against the receivers above.
    const started = performance.now();
    const runs: string[] = [];
    for (const { id, g } of all) {
      const r = await cliReplay(g, `${receivers.url}/${id}/webhook`);
      runs.push(`${id} ${fmt(r.ms)} ms${r.code === 0 ? '' : ` (exit ${r.code})`}`);
    }
    const total = performance.now() - started;
    console.log(
      `chathooks replay, every case of all ${IDS.length} specs, spawn to exit: ${fmt(total)} ms (target < 5,000): ${runs.join(', ')}`,
    );
    console.log(
      `cases planned: ${all.map(({ id, g }) => `${id} ${planConsumerContract({ contract: g, secret: SECRET, ...appIdOption(g) }).length}`).join(', ')}`,
    );
  } finally {
    receivers.stop();
    bareServer.stop();
  }
}
