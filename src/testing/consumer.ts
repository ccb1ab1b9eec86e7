/**
 * Consumer contract: does a webhook receiver honour its platform's contract? Every valid example, signed and
 * framed as the platform sends it, must be acknowledged in time with a reply the platform reads; retries,
 * bytes the platform really sends, older and newer payloads must be too; forged, stale, malformed and invalid
 * deliveries must be refused. Each case is planned from the contract alone (so test runners can name them
 * up front) and run against a URL or an in-process fetch handler.
 */
import type { FetchLike } from '../delivery/deliver.js';
import { toRuntime, type RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/model.js';
import type { Expectation } from './expectations.js';
import type { CheckName } from './groups.js';
import { planContext, type PlannedCase, type ResolvedTarget } from './plan/context.js';
import { planGroups } from './plan/index.js';
import { planRecordings } from './plan/recordings.js';
import type { Recording } from '../traffic/recording.js';
import { makeReport, type CaseResult, type ContractReport } from './report.js';

export { CHECK_NAMES, defaultExpectations, type CheckName } from './groups.js';
export { parseExpectation, type Expectation } from './expectations.js';
export type { PlannedCase, ResolvedTarget } from './plan/context.js';

/** An in-process receiver: a fetch handler, or anything with a `fetch` method (a chathooks receiver, Hono, itty). */
export type FetchHandler = (request: Request) => Response | Promise<Response>;
export type Target = string | URL | FetchHandler | { fetch: FetchHandler };

export interface ConsumerContractOptions {
  contract: Contract | RuntimeContract;
  /** The receiver: its URL, or an in-process fetch handler. */
  target: Target;
  /** The secret the receiver verifies with; without it, deliveries go unsigned and signature checks are skipped. */
  secret?: string;
  /** The app id the receiver expects where the contract carries one (Tencent `SdkAppid`). */
  appId?: string;
  /** Event names or globs (`Group.*`); default every event. */
  events?: readonly string[];
  /** Override the expectation of negative checks (defaults follow each platform's docs; see `defaultExpectations`). */
  expect?: Partial<Record<CheckName, Expectation>>;
  /**
   * Demand a 4xx for invalid payloads and for unknown events of a closed event set (default false: any answer
   * but a 5xx passes there, since platforms never send those bodies and advise acknowledging unknown events).
   */
  strict?: boolean;
  /** The most reply bytes read per case (default 1 MiB); a longer reply is cut there and fails a reply schema that asks for JSON. */
  maxReplyBytes?: number;
  /** Also send each event's first example as the platform's bytes, with required fields only, and with an undocumented field (default true). */
  variants?: boolean;
  /** Run the negative checks (default true). */
  negative?: boolean;
  /** Cases in flight at once (default 16). */
  concurrency?: number;
  /** How long a reply may take (default: the contract's delivery timeout). */
  timeoutMs?: number;
  /**
   * Replay these recorded deliveries (`readRecordings`) instead of the spec's generated cases: each as recorded
   * (exact bytes, headers, query), or re-signed when `secret` is given; judged as the generated cases are.
   */
  recordings?: readonly Recording[];
  /** Clock for signing timestamps (ms since epoch). */
  now?: () => number;
  signal?: AbortSignal;
  /** Called as each case finishes (for progress displays). */
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

/** The planning inputs: everything but the target. */
export type ConsumerPlanOptions = Omit<ConsumerContractOptions, 'target' | 'concurrency' | 'signal' | 'onCase'>;

/**
 * Plan every case for a contract (no I/O): the names are known before anything is sent. One planner per case
 * group of `CASE_GROUPS` (src/testing/groups.ts); bad options (an unknown event or check, a bad expectation) throw.
 *
 * @example
 * planConsumerContract({ contract: tencent, secret, events: ['Group.*'] }).map((c) => c.name);
 * // ['Group.CallbackBeforeSendMsg / text', …, 'signature: missing', 'signature: wrong', …]
 */
export function planConsumerContract(options: ConsumerPlanOptions): PlannedCase[] {
  const ctx = planContext(options);
  return options.recordings ? planRecordings(ctx, options.recordings) : planGroups(ctx);
}

const DEFAULT_BASE = 'http://receiver.chathooks.test';

/** Make a target ready to send to: URLs as they are, handlers behind a fetch-shaped adapter that honours timeouts. */
export function resolveTarget(target: Target, contract: Contract, signal?: AbortSignal): ResolvedTarget {
  if (typeof target === 'string' || target instanceof URL) return { url: String(target), signal };
  const handler: FetchHandler = typeof target === 'function' ? target : (request) => target.fetch(request);
  const fetchLike: FetchLike = Object.assign(
    async (url: string, init: RequestInit): Promise<Response> => {
      try {
        return await handler(new Request(url, init));
      } catch (error) {
        throw new Error(`the handler threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    { inProcess: true },
  );
  return {
    url: `${DEFAULT_BASE}${contract.transport.path.startsWith('/') ? '' : '/'}${contract.transport.path}`,
    fetch: fetchLike,
    signal,
  };
}

/** Run planned cases, `concurrency` at a time; results come back in plan order. */
export async function runCases(
  cases: readonly PlannedCase[],
  target: ResolvedTarget,
  concurrency: number,
  onCase?: ConsumerContractOptions['onCase'],
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      let r: CaseResult;
      try {
        r = await c.run(target);
      } catch (error) {
        r = {
          name: c.name,
          group: c.group,
          ...(c.event ? { event: c.event } : {}),
          outcome: 'failed',
          reason: `the case could not run: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      results[i] = r;
      onCase?.(r, ++done, cases.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, cases.length)) }, worker));
  return results;
}

/**
 * Replay the contract against a receiver.
 *
 * @example
 * const report = await runConsumerContract({ contract: sendbird, target: 'http://127.0.0.1:8080/webhooks/sendbird', secret });
 * report.failed; // 0
 * report.cases.filter((c) => c.outcome === 'failed').map((c) => `${c.name}: ${c.reason}`);
 */
export async function runConsumerContract(options: ConsumerContractOptions): Promise<ContractReport> {
  const started = { at: new Date(), clock: performance.now() };
  const source = toRuntime(options.contract);
  const cases = planConsumerContract({ ...options, contract: source });
  const target = resolveTarget(options.target, source.contract, options.signal);
  const results = await runCases(cases, target, options.concurrency ?? 16, options.onCase);
  return makeReport('consumer', source.contract, target.fetch ? 'in-process handler' : target.url, started, results);
}
