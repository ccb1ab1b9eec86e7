/**
 * `listen` forwarding cost: the latency a delivery sees through `startListener` against the same createReceiver
 * app (Protocol, on node:http, in its own process) reached directly — at 500 deliveries/s, paced (one send every
 * 2 ms, not a flood), in interleaved rounds so other load on the machine hits both alike. Target: listen adds
 * at most 2 ms to the p99. A bare node:http proxy (no checks) runs beside it: what forwarding itself costs here.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fmt, median, row } from './lib.js';
import { protocolRequest, server } from './receiver.js';

const RATE = 500;
const INTERVAL_MS = 1000 / RATE;
const ROUNDS = 10;
const SECONDS_PER_ROUND = 1;
const TARGET_ADDED_P99_MS = 2;

/** The value at quantile q of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** One POST over the agent; resolves with the latency (ms) from the send to the reply's end, and the status. */
function send(
  agent: http.Agent,
  url: URL,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': body.byteLength } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Send at RATE per second for `seconds`, each send at its scheduled time whether earlier ones answered or not. */
async function paced(url: URL, seconds: number): Promise<{ latencies: number[]; failed: number }> {
  const { body, headers } = protocolRequest();
  const bytes = Buffer.from(body);
  const agent = new http.Agent({ keepAlive: true });
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < seconds * RATE; i++) {
    const wait = start + i * INTERVAL_MS - performance.now();
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(agent, url, bytes, headers).then(
        ({ ms, status }) => {
          if (status === 200) latencies.push(ms);
          else failed++;
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { latencies, failed };
}

/** Start the listener process in front of the receiver on `targetPort`. */
async function forwarderProcess(
  targetPort: number,
  mode: 'listen' | 'bare',
): Promise<{ port: number; cpu: () => Promise<number>; stop: () => void }> {
  const child = fork(new URL('./listen-server.ts', import.meta.url), [String(targetPort), mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    child.once('message', (m: { port: number }) => resolve(m)),
  );
  const cpu = (): Promise<number> =>
    new Promise((resolve) => {
      child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu.user + m.cpu.system));
      child.send('cpu');
    });
  return { port, cpu, stop: () => child.kill() };
}

export async function benchListen(): Promise<void> {
  const receiver = await server('receiver', false);
  const listener = await forwarderProcess(receiver.port, 'listen');
  const bare = await forwarderProcess(receiver.port, 'bare');
  try {
    const contenders = [
      { name: 'direct', url: new URL(`http://127.0.0.1:${receiver.port}/webhook`) },
      { name: 'via bare proxy', url: new URL(`http://127.0.0.1:${bare.port}/webhook`) },
      { name: 'via listen', url: new URL(`http://127.0.0.1:${listener.port}/webhook`) },
    ];
    // Warm-up: JIT, keep-alive sockets, the receiver's validators.
    for (const c of contenders) await paced(c.url, 1);
    const all = contenders.map(() => ({ latencies: [] as number[], roundP99s: [] as number[], failed: 0 }));
    // CPU time of each process per delivery through listen: a figure other load on the machine barely moves.
    let listenCpuUs = 0;
    let receiverCpuUs = 0;
    let bareCpuUs = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, c] of contenders.entries()) {
        const [listenBefore, receiverBefore, bareBefore] = [
          await listener.cpu(),
          await receiver.cpu(),
          await bare.cpu(),
        ];
        const { latencies, failed } = await paced(c.url, SECONDS_PER_ROUND);
        all[i]!.latencies.push(...latencies);
        all[i]!.roundP99s.push(
          quantile(
            [...latencies].sort((x, y) => x - y),
            0.99,
          ),
        );
        all[i]!.failed += failed;
        if (c.name === 'via listen') {
          listenCpuUs += (await listener.cpu()) - listenBefore;
          receiverCpuUs += (await receiver.cpu()) - receiverBefore;
        }
        if (c.name === 'via bare proxy') bareCpuUs += (await bare.cpu()) - bareBefore;
      }
    }
    console.log(
      `\nlisten — Protocol message.created at ${RATE} deliveries/s paced (${INTERVAL_MS} ms apart), ${ROUNDS} interleaved rounds × ${SECONDS_PER_ROUND} s each; createReceiver on node:http in its own process, startListener in another`,
    );
    const widths = [14, 12, 10, 10, 20, 8];
    console.log(row(['', 'deliveries', 'p50 ms', 'p99 ms', 'median round p99', 'failed'], widths));
    const stats = all.map((a) => {
      const sorted = [...a.latencies].sort((x, y) => x - y);
      return {
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        roundP99: median(a.roundP99s),
        n: sorted.length,
        failed: a.failed,
      };
    });
    for (const [i, c] of contenders.entries()) {
      const s = stats[i]!;
      console.log(row([c.name, s.n, fmt(s.p50, 2), fmt(s.p99, 2), fmt(s.roundP99, 2), s.failed], widths));
    }
    const [direct, viaBare, via] = stats as [(typeof stats)[0], (typeof stats)[0], (typeof stats)[0]];
    console.log(
      `CPU per delivery: listener ${fmt(listenCpuUs / via.n, 0)} µs, bare proxy ${fmt(bareCpuUs / viaBare.n, 0)} µs, receiver ${fmt(receiverCpuUs / via.n, 0)} µs`,
    );
    console.log(
      `added by any node:http proxy (bare): p50 +${fmt(viaBare.p50 - direct.p50, 2)} ms, p99 +${fmt(viaBare.p99 - direct.p99, 2)} ms pooled, +${fmt(viaBare.roundP99 - direct.roundP99, 2)} ms median round`,
    );
    // The pooled p99 follows whatever else ran on the machine in its worst second; the median of the rounds' p99s
    // is what a second of forwarding usually costs. Both are printed; the target is judged on both.
    const added = via.p99 - direct.p99;
    const addedTypical = via.roundP99 - direct.roundP99;
    const verdict = (ms: number): string => (ms <= TARGET_ADDED_P99_MS ? 'met' : 'MISSED');
    console.log(
      `added by listen: p50 +${fmt(via.p50 - direct.p50, 2)} ms; p99 +${fmt(added, 2)} ms pooled (${fmt(via.p99 / direct.p99, 2)}× direct; target ≤ ${TARGET_ADDED_P99_MS} ms: ${verdict(added)}), +${fmt(addedTypical, 2)} ms median round (${fmt(via.roundP99 / direct.roundP99, 2)}× direct; ${verdict(addedTypical)})`,
    );
  } finally {
    listener.stop();
    bare.stop();
    receiver.stop();
  }
}
