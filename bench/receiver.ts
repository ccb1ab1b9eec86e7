/**
 * Receiver throughput: requests/s and p99 of createReceiver (verify + parse + validate + dispatch) behind
 * node:http, against a bare node:http server reading the body and answering the same JSON bytes — each in its
 * own child process, loaded by the same tool (autocannon, from this process) with the same settings, in
 * interleaved rounds so that other load on the machine hits both alike — and in-process µs per request through
 * `receiver.fetch(Request)`.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as protocol from '../generated/protocol/index.js';
import { createReceiver, type GeneratedContract } from '../src/receiver/index.js';
import { signRequest } from '../src/signing/index.js';
import { fmt, median, row } from './lib.js';
import { CONNECTIONS, load, PIPELINING, pinServer, placement, releaseLoadTool, type LoadResult } from './load.js';

export const SECRET = 'bench-secret';
const ROUNDS = 5;
const SECONDS = 3;
const BATCHES = 15;

/** A signed message.created body of Protocol. */
export function protocolRequest(): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(protocol.examples['message.created'][0]!.payload);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      ...signRequest(protocol.contract.signature, { rawBody: body, secret: SECRET }).headers,
    },
  };
}

export interface Served {
  port: number;
  /** Start-up time reported by the server process (in-process start for `mock`), else time to its first message. */
  startMs: number;
  /** The server process's CPU time so far (user + system), in µs. */
  cpu(): Promise<number>;
  stop(): void;
}

/** Start a server process; `pin` (the default) puts it alone on its CPU for load (see load.ts). */
export async function server(mode: 'bare' | 'by-hand' | 'receiver' | 'mock', pin = true): Promise<Served> {
  const started = performance.now();
  const child = fork(new URL('./receiver-server.ts', import.meta.url), [mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (pin) pinServer(child.pid);
  const msg = await new Promise<{ port: number; startMs?: number }>((resolve) =>
    child.once('message', (m: { port: number; startMs?: number }) => resolve(m)),
  );
  return {
    port: msg.port,
    startMs: msg.startMs ?? performance.now() - started,
    cpu: () =>
      new Promise((resolve) => {
        child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu.user + m.cpu.system));
        child.send('cpu');
      }),
    stop: () => child.kill(),
  };
}

export interface Contender {
  name: string;
  url: string;
  served: Served;
}

export interface Standing {
  name: string;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Server CPU per request (µs). */
  cpuUs: number;
  /** Per round, in order. */
  rounds: LoadResult[];
}

/**
 * Load every contender in turn, `rounds` times (after a 1 s warm-up each); medians per contender. The reply of
 * each is fetched once first and must be byte-identical to the first contender's (status, content type, body).
 */
export async function loadInRounds(
  contenders: Contender[],
  body: string,
  headers: Record<string, string>,
  rounds = ROUNDS,
  seconds = SECONDS,
): Promise<Standing[]> {
  const replies = await Promise.all(
    contenders.map(async (c) => {
      const res = await fetch(c.url, { method: 'POST', body, headers });
      return `${res.status} ${res.headers.get('content-type')} ${await res.text()}`;
    }),
  );
  for (const [i, reply] of replies.entries()) {
    if (reply !== replies[0])
      throw new Error(
        `bench: ${contenders[i]!.name} answers "${reply}", the baseline "${replies[0]}"; compare like with like.`,
      );
  }
  for (const c of contenders) await load(c.url, body, headers, 1);
  const results = contenders.map(() => [] as (LoadResult & { cpuUs: number })[]);
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of contenders.entries()) {
      const before = await c.served.cpu();
      const result = await load(c.url, body, headers, seconds);
      const cpuUs = ((await c.served.cpu()) - before) / Math.max(1, result.total);
      results[i]!.push({ ...result, cpuUs });
    }
  }
  return contenders.map((c, i) => {
    const runs = results[i]!;
    return {
      name: c.name,
      rps: median(runs.map((x) => x.rps)),
      p99: median(runs.map((x) => x.p99)),
      errors: runs.reduce((n, x) => n + x.errors, 0),
      non2xx: runs.reduce((n, x) => n + x.non2xx, 0),
      cpuUs: median(runs.map((x) => x.cpuUs)),
      rounds: runs,
    };
  });
}

/** The ratio of two contenders' req/s, round by round (same round, same conditions), and its median. */
export function ratios(candidate: Standing, baseline: Standing): { median: number; each: number[] } {
  const each = candidate.rounds.map((r, i) => r.rps / baseline.rounds[i]!.rps);
  return { median: median(each), each };
}

export function printStandings(standings: Standing[]): void {
  const widths = [46, 10, 9, 8, 9, 16];
  console.log(row(['server', 'req/s', 'p99 ms', 'errors', 'non-2xx', 'server CPU/req'], widths));
  for (const s of standings)
    console.log(
      row(
        [s.name, fmt(s.rps), fmt(s.p99, 1), s.errors, s.non2xx, Number.isNaN(s.cpuUs) ? '-' : `${fmt(s.cpuUs, 1)} µs`],
        widths,
      ),
    );
}

const pct = (x: number): string => `${fmt(x * 100, 1)} %`;

/**
 * µs per request through receiver.fetch for one signed body (idempotency off, so each is handled in full), against
 * a bare fetch handler in the same process: the same Request built, read with text(), JSON.parse'd and answered
 * with the same reply as a Response — what any fetch-style handler does at the least. Also against the read and
 * parse alone, without the Response.
 */
async function inProcess(
  generated: GeneratedContract,
  event: string,
  payload: unknown,
  path: string,
): Promise<{ us: number; bareUs: number; addedUs: number; addedToParseUs: number; bytes: number }> {
  const body = JSON.stringify(payload);
  const headers = {
    'content-type': 'application/json',
    ...signRequest(generated.contract.signature, { rawBody: body, secret: SECRET }).headers,
  };
  const receiver = createReceiver(generated, { secret: SECRET, idempotency: false });
  const request = () => new Request(`http://receiver.local${path}`, { method: 'POST', body, headers });
  const check = await receiver.fetch(request());
  const reply = await check.text();
  if (check.status !== 200) throw new Error(`${event}: the receiver answered ${check.status} ${reply}`);
  const replyHeaders = Object.fromEntries(check.headers);
  const bare = async (): Promise<Response> => {
    JSON.parse(await request().text());
    return new Response(reply, { status: 200, headers: replyHeaders });
  };
  const parseOnly = async (): Promise<void> => void JSON.parse(await request().text());
  const bareCheck = await bare();
  if ((await bareCheck.text()) !== reply)
    throw new Error('bench: the bare fetch handler must answer what the receiver answers');
  for (let i = 0; i < 10_000; i++) {
    await receiver.fetch(request());
    await bare();
    await parseOnly();
  }
  // Interleaved batches, the receiver then the baselines: other load on the machine hits all of them alike, and
  // the median of per-round differences shrugs off the rest.
  const n = 4_000;
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const started = performance.now();
    for (let i = 0; i < n; i++) await fn();
    return ((performance.now() - started) * 1000) / n;
  };
  const us: number[] = [];
  const bareUs: number[] = [];
  const parseUs: number[] = [];
  for (let round = 0; round < BATCHES; round++) {
    us.push(await timed(() => receiver.fetch(request())));
    bareUs.push(await timed(bare));
    parseUs.push(await timed(parseOnly));
  }
  return {
    us: median(us),
    bareUs: median(bareUs),
    addedUs: median(us.map((u, i) => u - bareUs[i]!)),
    addedToParseUs: median(us.map((u, i) => u - parseUs[i]!)),
    bytes: Buffer.byteLength(body),
  };
}

export async function benchReceiver(): Promise<void> {
  console.log(
    `\n## receiver over HTTP (each server in a child process; autocannon from this process, ${CONNECTIONS} connections, pipelining ${PIPELINING}; ${placement()}; ${ROUNDS} interleaved rounds of ${SECONDS} s after a 1 s warm-up; medians)\n`,
  );
  const { body, headers } = protocolRequest();
  const bare = await server('bare');
  const byHand = await server('by-hand');
  const rcv = await server('receiver');
  try {
    const [b, h, r] = await loadInRounds(
      [
        {
          name: 'bare node:http (reads body, same JSON answer)',
          url: `http://127.0.0.1:${bare.port}/webhook`,
          served: bare,
        },
        { name: 'node:http + the same checks by hand', url: `http://127.0.0.1:${byHand.port}/webhook`, served: byHand },
        { name: 'createReceiver (protocol, hmac)', url: `http://127.0.0.1:${rcv.port}/webhook`, served: rcv },
      ],
      body,
      headers,
    );
    printStandings([b!, h!, r!]);
    const ratio = ratios(r!, b!);
    const handRatio = ratios(r!, h!);
    console.log(
      `receiver / bare: ${pct(ratio.median)} of the bare server's throughput (target ≥ 60 %); rounds: ${ratio.each.map(pct).join(', ')}`,
    );
    console.log(
      `receiver / by hand: ${pct(handRatio.median)} of a server doing the same HMAC + JSON.parse + validation inline (${pct(ratios(h!, b!).median)} of bare); rounds: ${handRatio.each.map(pct).join(', ')}`,
    );
    console.log(
      `server CPU per request: receiver ${fmt(r!.cpuUs, 1)} µs, by hand ${fmt(h!.cpuUs, 1)} µs, bare ${fmt(b!.cpuUs, 1)} µs → the checks cost ${fmt(h!.cpuUs - b!.cpuUs, 1)} µs by hand; createReceiver adds ${fmt(r!.cpuUs - h!.cpuUs, 1)} µs to that`,
    );
  } finally {
    bare.stop();
    byHand.stop();
    rcv.stop();
    releaseLoadTool();
  }

  console.log(
    `\nin-process, receiver.fetch(Request) → Response (verify + parse + validate + dispatch), idempotency off; medians of ${BATCHES} interleaved batches:`,
  );
  const cases: [GeneratedContract, string, unknown, string][] = [
    [protocol, 'message.created', protocol.examples['message.created'][0]!.payload, '/webhook'],
  ];
  if (existsSync(new URL('../generated/sendbird/index.js', import.meta.url))) {
    const sendbirdPath = '../generated/sendbird/index.js';
    const sendbird = (await import(
      /* the spec may not be generated yet */ sendbirdPath
    )) as unknown as GeneratedContract & { examples: Record<string, { payload: unknown }[]> };
    const examples = sendbird.examples['group_channel:message_send']!;
    const largest = [...examples].sort(
      (a, b) => JSON.stringify(b.payload).length - JSON.stringify(a.payload).length,
    )[0]!;
    cases.push([sendbird, 'group_channel:message_send', largest.payload, '/webhook']);
  }
  for (const [generated, event, payload, path] of cases) {
    const r = await inProcess(generated, event, payload, path);
    console.log(
      `  ${generated.contract.id} ${event} (${r.bytes} bytes): ${fmt(r.us, 2)} µs/request; bare fetch handler (text() + JSON.parse + the same Response): ${fmt(r.bareUs, 2)} µs → chathooks adds ${fmt(r.addedUs, 2)} µs (target < 25 µs); over text() + JSON.parse alone ${fmt(r.addedToParseUs, 2)} µs`,
    );
  }
}
