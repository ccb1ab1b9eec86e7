/**
 * chathooks/vitest: contract tests as vitest tests, one per case with a readable name, and matchers that
 * check payloads and replies against a contract with the failing JSON pointer in the message.
 *
 * @example
 * import { describeContract, useContracts } from 'chathooks/vitest';
 * import * as sendbird from 'chathooks/generated/sendbird';
 *
 * describeContract(sendbird, { target: () => server.url, secret: 'test-token' });
 * useContracts(sendbird);
 * expect(body).toBeValidEvent('group_channel:message_send');
 */
import { ChathooksError } from '../model/errors.js';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FAULT_SCENARIOS,
  planConsumerContract,
  runProviderContract,
  type ConsumerPlanOptions,
  type ContractReport,
  type FetchHandler,
  type ProviderContractOptions,
} from '../testing/index.js';
import { resolveTarget } from '../testing/consumer.js';
import { providerPhases } from '../testing/phases/index.js';
import { formatCase } from '../testing/report.js';
import { toRuntime, type RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/model.js';

/** A receiver for `describeContract`: a URL, an object with `fetch` (a chathooks receiver), or a function giving either once tests run. */
export type LazyTarget =
  | string
  | URL
  | { fetch: FetchHandler }
  | (() => string | URL | { fetch: FetchHandler } | Promise<string | URL | { fetch: FetchHandler }>);

export interface DescribeConsumerOptions extends Omit<ConsumerPlanOptions, 'contract'> {
  target: LazyTarget;
  /** The describe block's name (default `<title>: consumer contract`). */
  name?: string;
}

export interface DescribeProviderOptions extends Omit<ProviderContractOptions, 'contract' | 'onCase'> {
  name?: string;
}

/** A contract case that failed, with the request and the reply in its message. */
export class ContractCaseError extends ChathooksError {
  override readonly name = 'ContractCaseError';
  readonly code = 'contract-case';
}

function isProvider(options: DescribeConsumerOptions | DescribeProviderOptions): options is DescribeProviderOptions {
  return 'send' in options;
}

/**
 * Describe a contract as vitest tests. With `target`, one test per consumer case (`<event> / <example>`,
 * `signature: wrong`, …) against your receiver; with `send`, one test per provider phase (`capture`,
 * `status:500`, `timeout`, …) for your sender. With `target` and `recordings` (from `readRecordings`), one test
 * per recorded delivery replayed against your receiver instead (`<event> / recorded <time> (<id>)`; re-signed
 * when `secret` is given). Also installs the matchers for the contract.
 *
 * @example
 * const { recordings } = await readRecordings(['test/recordings'], { spec: 'tencent-chat' });
 * describeContract(tencent, { target: () => `${server.url}/im`, recordings });
 */
export function describeContract(
  source: Contract | RuntimeContract,
  options: DescribeConsumerOptions | DescribeProviderOptions,
): void {
  const generated = toRuntime(source);
  const { contract } = generated;
  useContracts(generated);
  if (isProvider(options)) {
    const { name, ...rest } = options;
    describe(name ?? `${contract.title}: provider contract`, () => {
      let report: Promise<ContractReport> | undefined;
      const run = (): Promise<ContractReport> => (report ??= runProviderContract({ ...rest, contract: generated }));
      for (const phase of providerPhases(rest.scenarios ?? DEFAULT_FAULT_SCENARIOS)) {
        test(phase.title, async () => {
          const cases = (await run()).cases.filter((c) => c.group === phase.name);
          const failed = cases.filter((c) => c.outcome === 'failed');
          if (failed.length) throw new ContractCaseError(failed.map(formatCase).join('\n\n'));
        });
      }
    });
    return;
  }
  const { target, name, ...plan } = options;
  const cases = planConsumerContract({ ...plan, contract: generated });
  describe(name ?? `${contract.title}: consumer contract`, () => {
    let resolved: Promise<ReturnType<typeof resolveTarget>> | undefined;
    const ready = () =>
      (resolved ??= Promise.resolve(typeof target === 'function' ? target() : target).then((t) =>
        resolveTarget(t, contract),
      ));
    for (const c of cases) {
      test(c.name, async (ctx) => {
        const result = await c.run(await ready());
        if (result.outcome === 'skipped') ctx.skip(result.reason);
        if (result.outcome === 'failed') throw new ContractCaseError(formatCase(result));
      });
    }
  });
}

const registered: RuntimeContract[] = [];

function find(event: string): { generated?: RuntimeContract; error?: string } {
  const having = registered.filter((g) => g.contract.events.some((e) => e.name === event));
  if (having.length === 1) return { generated: having[0]! };
  if (having.length > 1)
    return {
      error: `"${event}" is an event of several contracts (${having.map((g) => g.contract.id).join(', ')}); register only the one you mean with useContracts`,
    };
  const known = registered.map((g) => g.contract.id).join(', ') || 'none';
  return { error: `"${event}" is not an event of any contract registered with useContracts (registered: ${known})` };
}

interface MatcherContext {
  isNot: boolean;
}

function check(
  this: MatcherContext,
  kind: 'payload' | 'reply',
  received: unknown,
  event: string,
): { pass: boolean; message: () => string } {
  const { generated, error } = find(event);
  if (!generated) return { pass: false, message: () => error! };
  const validate = kind === 'payload' ? generated.validators[event] : generated.replyValidators[event];
  if (!validate)
    return {
      pass: false,
      message: () => `${event} (${generated.contract.title}) has no reply schema: the platform ignores the reply`,
    };
  const pass = validate(received);
  const issues = validate.errors ?? [];
  const what = kind === 'payload' ? `a valid "${event}" event` : `a reply "${event}" accepts`;
  return {
    pass,
    message: () =>
      this.isNot
        ? `expected the ${kind} not to be ${what} of ${generated.contract.title}, but it is`
        : `expected the ${kind} to be ${what} of ${generated.contract.title}:\n${issues.map((i) => `  ${i.pointer || '/'}: ${i.message} (${i.keyword})`).join('\n')}`,
  };
}

/** The matchers, for `expect.extend` (useContracts installs them). */
export const contractMatchers = {
  toBeValidEvent(this: MatcherContext, received: unknown, event: string) {
    return check.call(this, 'payload', received, event);
  },
  toSatisfyReply(this: MatcherContext, received: unknown, event: string) {
    return check.call(this, 'reply', received, event);
  },
};

/** Register contracts for `toBeValidEvent` / `toSatisfyReply` and install the matchers. */
export function useContracts(...sources: (Contract | RuntimeContract)[]): void {
  for (const source of sources) {
    const generated = toRuntime(source);
    const at = registered.findIndex((g) => g.contract.id === generated.contract.id);
    if (at >= 0) registered[at] = generated;
    else registered.push(generated);
  }
  expect.extend(contractMatchers);
}

interface ContractMatchers<R = unknown> {
  /** The value is a valid payload of the event (in a contract registered with useContracts or describeContract). */
  toBeValidEvent(event: string): R;
  /** The value is a reply the event's platform accepts. */
  toSatisfyReply(event: string): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares Matchers<T = any>; an augmentation must repeat its exact type parameters.
  interface Matchers<T = any> extends ContractMatchers<T> {}
}
