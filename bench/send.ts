/**
 * `chathooks send` of one Tencent before-event to a local receiver, spawn to exit, beside `chathooks --help`
 * spawned in the same run (node's start plus the CLI's dispatch): the ratio is what `send` adds (target ≤ 2×).
 * Rounds alternate the two commands so load on the machine falls on both alike. Needs a built dist/.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './lib.js';

const ROUNDS = 15;
const TARGET_RATIO = 2;
const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TENCENT_OK = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });

/** Wall time (ms) of `node dist/cli/index.js args` from spawn to exit; a non-zero exit is an error. */
function spawnToExit(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`chathooks ${args.join(' ')} exited ${code}: ${err}`));
    });
  });
}

export async function benchSend(): Promise<void> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(TENCENT_OK));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/im`;
  const send = ['send', 'spec/tencent-chat.yaml', 'Group.CallbackBeforeSendMsg', '--to', url, '--secret', 'bench'];
  try {
    // One of each first: node's compile cache (22.1+) is then warm for both, as it is for a user's second run.
    await spawnToExit(['--help']);
    await spawnToExit(send);
    const help: number[] = [];
    const sent: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      help.push(await spawnToExit(['--help']));
      sent.push(await spawnToExit(send));
    }
    const ratio = median(sent) / median(help);
    console.log('\nsend — one Tencent before-event to a local receiver, spawn to exit (median of', ROUNDS, 'rounds)');
    console.log(`  chathooks --help                    ${fmt(median(help), 1)} ms`);
    console.log(`  chathooks send … --to ${url.replace(/:\d+/, ':PORT')}  ${fmt(median(sent), 1)} ms`);
    console.log(`  ratio ${fmt(ratio, 2)}× (target ≤ ${TARGET_RATIO}×) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`);
  } finally {
    server.close();
  }
}
