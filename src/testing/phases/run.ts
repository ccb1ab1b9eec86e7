/**
 * One phase: a mock consumer playing a scenario, the sender made to deliver to it (within a time limit), a
 * grace period for retries sent in the background, then what the mock recorded.
 */
import { startMockServer, type RecordedDelivery } from '../../mock/index.js';
import { watchStalls, type StallWatch } from '../sender-timing.js';
import type { ProviderContext } from './context.js';

export interface Phase {
  /** `capture`, or the fault scenario the mock played. */
  name: string;
  deliveries: RecordedDelivery[];
  url: string;
  /** The mock server's base URL (the report's target). */
  mockUrl: string;
  /** When `send` was called (epoch ms): the earliest a sender could have started a timer of this phase. */
  startedAt: number;
  /** When the phase stopped listening (epoch ms). */
  endedAt: number;
  /** This process's stalls during the phase. */
  stalls: StallWatch;
  /** From the phase's start to the first arrival: the sender's start-up, a measure of the machine's load (0: nothing arrived). */
  senderStartMs: number;
  error?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const ms = (n: number): string => `${Math.round(n)} ms`;

/** Call the sender; its failure, or its not finishing within the phase's limit, is returned as a message. */
async function sendWithin(ctx: ProviderContext, name: string, url: string): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the sender had not finished after ${ms(ctx.phaseTimeoutMs)}`)),
      ctx.phaseTimeoutMs,
    );
  });
  try {
    await Promise.race([
      Promise.resolve().then(() => ctx.send({ url, secret: ctx.secret, scenario: name, timeScale: ctx.scale })),
      limit,
    ]);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    clearTimeout(timer);
  }
}

/** Run the sender against a mock playing `mockScenario`; the mock is closed whatever happens. */
export async function runPhase(ctx: ProviderContext, name: string, mockScenario: string): Promise<Phase> {
  const { contract } = ctx;
  const mock = await startMockServer([ctx.source], {
    scenario: mockScenario,
    secret: { [contract.id]: ctx.secret },
    ...(ctx.appId !== undefined ? { appIds: { [contract.id]: ctx.appId } } : {}),
  });
  const url = mock.urls[contract.id]!;
  // Stalls of this process (it stamps the mock's record) widen the margins of the waits they overlap.
  const stalls = watchStalls();
  try {
    const startedAt = Date.now();
    const error = await sendWithin(ctx, name, url);
    await sleep(ctx.graceMs);
    const deliveries = mock.deliveries();
    const senderStartMs = deliveries.length
      ? Math.max(0, Math.min(...deliveries.map((d) => Date.parse(d.at))) - startedAt)
      : 0;
    return {
      name,
      deliveries,
      url,
      mockUrl: mock.url,
      startedAt,
      endedAt: Date.now(),
      stalls,
      senderStartMs,
      ...(error !== undefined ? { error } : {}),
    };
  } finally {
    stalls.stop();
    await mock.close();
  }
}
