/**
 * A real Prism process (`@stoplight/prism-cli mock`) on a contract's OpenAPI bridge. Prism serves the
 * receiver `paths` entry with its request validation and reply examples and honours `Prefer` headers;
 * it cannot delay, hang or drop a connection, so those scenarios are refused.
 */
import { ToolError } from '../model/errors.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildOpenApi, replyExampleKey } from '../codegen/openapi.js';
import type { Contract, EventContract } from '../model/model.js';
import { assertNever } from '../model/assert-never.js';
import { parseSequence, ScenarioError } from './scenario.js';
import { resolveTooling } from '../tooling.js';

export interface PrismOptions {
  port?: number;
  host?: string;
  /** How long to wait for Prism to accept requests (ms, default 30 000). */
  startTimeoutMs?: number;
}

export interface PrismServer {
  url: string;
  /** The receiver endpoint. */
  endpoint: string;
  port: number;
  process: ChildProcess;
  close(): Promise<void>;
}

/**
 * The `Prefer` header that makes Prism answer per a scenario; throws a ScenarioError for scenarios Prism
 * cannot play (delay, timeout, reset, malformed, flaky, sequences) or statuses the contract does not define.
 * Give the event being sent so that `ok` answers with that event's own reply example: the bridge's receiver
 * endpoint holds every event's reply examples (keyed `<event>/<example>`), and without a `Prefer` example Prism
 * answers with the first one, another event's. `ok:<example>` without the event works when only one event has
 * a reply example of that name.
 *
 * @example
 * preferHeader(contract, 'status:400'); // 'code=400'
 * preferHeader(tencent, 'ok:block', 'Group.CallbackBeforeSendMsg'); // 'code=200, example=Group.CallbackBeforeSendMsg/block'
 */
export function preferHeader(contract: Contract, scenario: string, event?: string): string | undefined {
  const { runs } = parseSequence(scenario);
  if (runs.length !== 1 || runs[0]!.times !== 1)
    throw new ScenarioError(
      `Prism cannot play the sequence "${scenario}": it answers every request alike; ${PRISM_ALTERNATIVES}.`,
    );
  const { step } = runs[0]!;
  switch (step.kind) {
    case 'ok':
      return okPreference(contract, step.example, event);
    case 'status': {
      const defined = new Set(['400', ...contract.events.map((e) => String(e.reply?.status ?? 200))]);
      if (!defined.has(String(step.status))) {
        throw new ScenarioError(
          `Prism can only answer statuses the OpenAPI bridge defines (${[...defined].sort().join(', ')}), not ${step.status}; ${PRISM_ALTERNATIVES}.`,
        );
      }
      return `code=${step.status}`;
    }
    case 'delay':
      return cannotPlay(scenario, 'latency injection');
    case 'timeout':
      return cannotPlay(scenario, 'way to hang');
    case 'reset':
      return cannotPlay(scenario, 'way to drop a connection');
    case 'malformed':
      return cannotPlay(scenario, 'malformed replies');
    default:
      return assertNever(step);
  }
}

const PRISM_ALTERNATIVES = 'use the native mock server (`chathooks mock`, startMockServer) or chathooks/msw';

function cannotPlay(scenario: string, lacking: string): never {
  throw new ScenarioError(`Prism cannot play "${scenario}" (it has no ${lacking}); ${PRISM_ALTERNATIVES}.`);
}

/** `code=<status>, example=<event>/<example>` for an `ok` step: the event's own reply example. */
function okPreference(
  contract: Contract,
  example: string | undefined,
  eventName: string | undefined,
): string | undefined {
  const withReplies = contract.events.filter((e) => e.reply && e.reply.examples.length > 0);
  let event: EventContract | undefined;
  if (eventName !== undefined) {
    event = contract.events.find((e) => e.name === eventName);
    if (!event)
      throw new ScenarioError(
        `${contract.title} has no event "${eventName}"; its events: ${contract.events.map((e) => e.name).join(', ')}.`,
      );
  } else if (example !== undefined) {
    const owners = withReplies.filter((e) => e.reply!.examples.some((x) => x.name === example));
    if (owners.length > 1) {
      throw new ScenarioError(
        `Several events of ${contract.title} have a reply example "${example}" (${owners.map((e) => e.name).join(', ')}); pass the event: preferHeader(contract, 'ok:${example}', '${owners[0]!.name}').`,
      );
    }
    event = owners[0];
    if (!event) throw new ScenarioError(`No event of ${contract.title} has a reply example "${example}".`);
  } else return undefined;
  const replies = event.reply?.examples ?? [];
  if (example !== undefined && !replies.some((x) => x.name === example)) {
    throw new ScenarioError(
      `"${event.name}" has no reply example "${example}"; its reply examples: ${replies.map((x) => x.name).join(', ') || 'none'}.`,
    );
  }
  const status = event.reply?.status ?? 200;
  const chosen = example ?? replies[0]?.name;
  return chosen === undefined ? `code=${status}` : `code=${status}, example=${replyExampleKey(event.name, chosen)}`;
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Start Prism on a contract; resolves once it answers HTTP.
 *
 * @example
 * const prism = await startPrism(protocol.contract);
 * await fetch(prism.endpoint, { method: 'POST', body, headers: { ...signed, prefer: preferHeader(protocol.contract, 'status:400') } });
 * await prism.close();
 */
export async function startPrism(contract: Contract, options: PrismOptions = {}): Promise<PrismServer> {
  // Prism is an optional peer (~76 MB): resolved before anything is started or written.
  const cli = join(dirname(resolveTooling('@stoplight/prism-cli/package.json', 'startPrism')), 'dist/index.js');
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  const dir = await mkdtemp(join(tmpdir(), `chathooks-prism-${contract.id}-`));
  const file = join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(buildOpenApi(contract).document));
  const child = spawn(process.execPath, [cli, 'mock', file, '-p', String(port), '-h', host, '-v', 'error'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://${host}:${port}`;
  const cleanup = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      });
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new ToolError(
        `Prism exited with code ${child.exitCode} before it was ready: ${output.trim().slice(0, 500)}`,
      );
    }
    try {
      await fetch(`${url}/__chathooks-ready`, { signal: AbortSignal.timeout(500) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await cleanup();
        throw new ToolError(
          `Prism did not accept requests on ${url} within ${options.startTimeoutMs ?? 30_000} ms: ${output.trim().slice(0, 500)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const endpoint = `${url}${contract.transport.path}`;
  // Prism compiles the endpoint's validators on its first request (~0.5 s): spend that now, on a request it
  // refuses, so a sender's first delivery is not counted against the contract's timeout.
  await fetch(endpoint, {
    method: contract.transport.method,
    headers: { 'content-type': contract.transport.contentType },
    body: '{}',
    signal: AbortSignal.timeout(10_000),
  })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
  return { url, endpoint, port, process: child, close: cleanup };
}
