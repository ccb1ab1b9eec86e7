/**
 * Picking the time scale a sender is verified at: fast enough that the platform's whole schedule (GAIFE: four
 * 30 s timeouts and 22 s of backoff in the timeout phase alone) fits in seconds, slow enough that the shortest
 * scaled wait stays well above what noise on this machine (loopback latency, a stalled timer) can swamp.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { retryable } from '../delivery/deliver.js';
import { http } from '../node-http.js';
import { parseSequence, stepAt, type Step } from '../mock/scenario.js';
import { assertNever } from '../model/assert-never.js';
import type { DeliveryPolicy } from '../model/model.js';

/** The scaled schedule of every phase together should take at most this long (the run adds process starts). */
export const TIME_SCALE_BUDGET_MS = 3000;
/** The shortest scaled wait (a timeout or a non-zero backoff) is never shorter than this… */
export const TIME_SCALE_FLOOR_MS = 50;
/** …nor than this many times the measured loopback latency. */
export const TIME_SCALE_LATENCY_FACTOR = 10;

export interface TimeScaleChoice {
  /** The chosen scale, rounded to two significant digits (never above 1). */
  scale: number;
  /** Platform ms the phases take at most, unscaled. */
  scheduleMs: number;
  /** The floor the shortest wait was held to, in real ms. */
  floorMs: number;
  /** Why this scale: `budget` (the schedule fits the budget), `floor` (slower, to keep the shortest wait above the floor) or `real time`. */
  by: 'budget' | 'floor' | 'real time';
}

/** What one step costs a correct sender, in platform ms, and the failure it sees (none when the step acknowledges). */
function stepCost(
  policy: DeliveryPolicy,
  step: Step,
): { waitMs: number; failure?: { error: 'timeout' | 'network' } | { status: number } } {
  switch (step.kind) {
    case 'timeout':
      return { waitMs: policy.timeoutMs, failure: { error: 'timeout' } };
    case 'delay':
      return step.ms > policy.timeoutMs
        ? { waitMs: policy.timeoutMs, failure: { error: 'timeout' } }
        : { waitMs: step.ms };
    case 'reset':
      return { waitMs: 0, failure: { error: 'network' } };
    case 'status':
      return { waitMs: 0, failure: { status: step.status } };
    case 'ok':
    case 'malformed':
      return { waitMs: 0 };
    default:
      return assertNever(step);
  }
}

/** Sends the platform makes after the mock's answers to one delivery under `scenario`, and how long they take (platform ms). */
function phaseScheduleMs(policy: DeliveryPolicy, scenario: string): number {
  const steps = parseSequence(scenario);
  let total = 0;
  for (let n = 0; n <= policy.retries.length; n++) {
    const { waitMs, failure } = stepCost(policy, stepAt(steps, n));
    total += waitMs;
    if (!failure || n === policy.retries.length || !retryable(failure, policy.retryOn)) break;
    total += policy.retries[n]!;
  }
  return total;
}

/**
 * The platform time a sender verification waits through: per fault scenario, the timeouts and backoff a
 * correct sender goes through (the capture phase answers at once).
 *
 * @example
 * policyScheduleMs(gaife.contract.delivery, ['status:500', 'timeout', 'reset', 'flaky:1']); // 190000
 */
export function policyScheduleMs(policy: DeliveryPolicy, scenarios: readonly string[]): number {
  return scenarios.reduce((sum, s) => sum + phaseScheduleMs(policy, s), 0);
}

const twoDigits = (x: number, round: (n: number) => number): number => {
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  // toFixed first: 0.05 / 0.001 is 50.000000000000014 in floating point, which must not round up to 51.
  return Number((round(Number((x / unit).toFixed(6))) * unit).toPrecision(2));
};

/**
 * The largest time scale that keeps the whole policy schedule within `budgetMs`, unless that would make the
 * shortest scaled wait shorter than max(`floorMs`, `latencyFactor` × `latencyMs`): then the scale that keeps
 * it there (a slower run beats a verdict that noise decides).
 *
 * @example
 * chooseTimeScale(gaife.contract.delivery, DEFAULT_FAULT_SCENARIOS, { latencyMs: 1 });
 * // { scale: 0.015, scheduleMs: 190000, floorMs: 50, by: 'budget' }
 */
export function chooseTimeScale(
  policy: DeliveryPolicy,
  scenarios: readonly string[],
  options: { latencyMs: number; budgetMs?: number; floorMs?: number; latencyFactor?: number },
): TimeScaleChoice {
  const scheduleMs = policyScheduleMs(policy, scenarios);
  const floorMs = Math.max(
    options.floorMs ?? TIME_SCALE_FLOOR_MS,
    (options.latencyFactor ?? TIME_SCALE_LATENCY_FACTOR) * options.latencyMs,
  );
  const budget = scheduleMs > 0 ? (options.budgetMs ?? TIME_SCALE_BUDGET_MS) / scheduleMs : 1;
  const shortest = Math.min(...[policy.timeoutMs, ...policy.retries].filter((ms) => ms > 0));
  const floor = Number.isFinite(shortest) ? floorMs / shortest : 0;
  if (budget >= 1 || floor >= 1) return { scale: 1, scheduleMs, floorMs, by: 'real time' };
  // Rounded down to stay within the budget, up to stay above the floor.
  return budget >= floor
    ? { scale: twoDigits(budget, Math.floor), scheduleMs, floorMs, by: 'budget' }
    : { scale: Math.min(1, twoDigits(floor, Math.ceil)), scheduleMs, floorMs, by: 'floor' };
}

/**
 * This machine's loopback latency right now: the median round trip of a few small requests to a local server
 * (after one that warms the connection), in ms.
 *
 * @example
 * const latencyMs = await measureLatencyMs(); // ~0.3 on an idle machine, a few ms on a busy one
 */
export async function measureLatencyMs(rounds = 7): Promise<number> {
  const server = http.createServer((_req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const roundTrip = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      http
        .get({ host: '127.0.0.1', port, agent, timeout: 5000 }, (res) => {
          res.resume().on('end', () => resolve(performance.now() - started));
        })
        .on('timeout', function (this: { destroy: (e: Error) => void }) {
          this.destroy(new Error('loopback probe timed out'));
        })
        .on('error', reject);
    });
  try {
    await roundTrip();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(await roundTrip());
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  } finally {
    agent.destroy();
    server.close();
  }
}
