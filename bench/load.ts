/**
 * Load with autocannon from this process against a server in a child process (see receiver-server.ts): the
 * load tool and the server never share a process, and baseline and candidate get the same settings.
 *
 * On a small machine the load tool and the server otherwise fight over the same cores, and the figures say
 * more about the scheduler than about the server. Where `taskset` exists and there are at least two CPUs, the
 * server under test runs alone on the last CPU and this process (the load tool) on the others: each server is
 * measured at the capacity of one core, baseline and candidate alike.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const PIPELINING = 1;

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Requests completed. */
  total: number;
}

export async function load(
  url: string,
  body: string,
  headers: Record<string, string>,
  seconds = 5,
  connections = CONNECTIONS,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers,
    connections,
    duration: seconds,
    pipelining: PIPELINING,
  });
  // autocannon reports the count too; the typing in autocannon.d.ts leaves it out.
  const total =
    (result as unknown as { requests: { total?: number } }).requests.total ?? result.requests.average * seconds;
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total,
  };
}

/** `taskset -a -p -c <cpus> <pid>`; false when taskset is missing or refuses. */
function taskset(cpus: string, pid: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const CPUS = availableParallelism();
const SERVER_CPU = String(CPUS - 1);
const LOAD_CPUS = CPUS > 2 ? `0-${CPUS - 2}` : '0';
let pinned: boolean | undefined;

/** Pin this process (the load tool) away from the server CPU, once; false when pinning is unavailable. */
function pinLoadTool(): boolean {
  return (pinned ??= CPUS >= 2 && taskset(LOAD_CPUS, process.pid));
}

/** Pin a server process (every thread) to the server CPU, if pinning is available. */
export function pinServer(pid: number | undefined): void {
  if (pid !== undefined && pinLoadTool()) taskset(SERVER_CPU, pid);
}

/** Give this process every CPU again (after the HTTP benchmarks; the others measure in-process work). */
export function releaseLoadTool(): void {
  if (pinned) taskset(`0-${CPUS - 1}`, process.pid);
  pinned = undefined;
}

/** One line for a benchmark header: where the servers and the load tool run. */
export function placement(): string {
  return pinLoadTool()
    ? `each server alone on CPU ${SERVER_CPU}, the load tool on CPU ${LOAD_CPUS}`
    : `servers and load tool share ${CPUS} CPU${CPUS === 1 ? '' : 's'} (no taskset or one CPU)`;
}
