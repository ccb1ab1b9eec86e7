/**
 * The provider contract's phases as a table: capture, then one phase per fault scenario; each kind names the
 * scenario its mock plays, its title (vitest's test names) and its judge. `runPhases` runs them in order.
 */
import type { CaseResult } from '../report.js';
import { judgeCapture } from './capture.js';
import type { ProviderContext } from './context.js';
import { judgeFaults } from './faults.js';
import { phaseFailures } from './judging.js';
import { runPhase, type Phase } from './run.js';

interface PhaseKind {
  /** The scenario the mock consumer plays in a phase of this kind. */
  mockScenario(phase: string): string;
  /** What the phase proves, after its name. */
  title: string;
  judge(ctx: ProviderContext, phase: Phase): CaseResult[];
}

export const PHASE_KINDS = {
  capture: { mockScenario: () => 'ok', title: 'every delivery is signed, framed and valid', judge: judgeCapture },
  fault: { mockScenario: (scenario) => scenario, title: 'attempts follow the delivery policy', judge: judgeFaults },
} as const satisfies Record<string, PhaseKind>;

export interface PlannedPhase {
  /** `capture`, or the fault scenario: the group of the phase's cases. */
  name: string;
  kind: keyof typeof PHASE_KINDS;
  /** `<name>: <what it proves>`. */
  title: string;
}

/**
 * The phases of a run, in order: capture, then each fault scenario.
 *
 * @example
 * providerPhases(['status:500']).map((p) => p.title); // ['capture: every delivery is signed, framed and valid', 'status:500: attempts follow the delivery policy']
 */
export function providerPhases(scenarios: readonly string[]): PlannedPhase[] {
  const planned = (name: string, kind: PlannedPhase['kind']): PlannedPhase => ({
    name,
    kind,
    title: `${name}: ${PHASE_KINDS[kind].title}`,
  });
  return [planned('capture', 'capture'), ...scenarios.map((s) => planned(s, 'fault'))];
}

/** Run every phase in order and judge it; `onCase` hears each case as it is judged. */
export async function runPhases(
  ctx: ProviderContext,
  onCase: (c: CaseResult) => void,
): Promise<{ cases: CaseResult[]; mockUrl: string }> {
  const cases: CaseResult[] = [];
  let mockUrl = '';
  for (const { name, kind } of providerPhases(ctx.scenarios)) {
    const spec = PHASE_KINDS[kind];
    const phase = await runPhase(ctx, name, spec.mockScenario(name));
    mockUrl = phase.mockUrl;
    for (const c of [...phaseFailures(phase), ...spec.judge(ctx, phase)]) {
      cases.push(c);
      onCase(c);
    }
  }
  return { cases, mockUrl };
}
