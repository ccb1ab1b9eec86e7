/**
 * The scenario vocabulary every mock backend reads: `ok` (a named reply example, default the first),
 * `status:<code>`, `delay:<ms>`, `timeout` (never answers), `reset` (connection dropped), `malformed`
 * (200 with a non-JSON body), `flaky:<n>` (fail n times with 500, then ok), and comma-separated sequences of
 * these (`status:500,status:503,ok`): one step per request, the last step repeating.
 */

export type Step =
  | { kind: 'ok'; example?: string }
  | { kind: 'status'; status: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'malformed' };

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
}

const GRAMMAR = 'ok[:<example>], status:<100-599>, delay:<ms>, timeout, reset, malformed, flaky:<n>, or a comma-separated sequence of these';

/**
 * Parse a scenario into its steps.
 *
 * @example
 * parseScenario('flaky:2'); // [{ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'ok' }]
 */
export function parseScenario(text: string): Step[] {
  const steps: Step[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const [name = '', arg] = part.split(/:(.*)/s);
    const int = (what: string, min: number, max: number): number => {
      if (arg === undefined || !/^\d+$/.test(arg) || Number(arg) < min || Number(arg) > max) {
        throw new ScenarioError(`Scenario "${part}": ${what} must be an integer from ${min} to ${max}. Scenarios are ${GRAMMAR}.`);
      }
      return Number(arg);
    };
    switch (name) {
      case 'ok':
        steps.push(arg ? { kind: 'ok', example: arg } : { kind: 'ok' });
        break;
      case 'status':
        steps.push({ kind: 'status', status: int('the status', 100, 599) });
        break;
      case 'delay':
        steps.push({ kind: 'delay', ms: int('the delay', 0, 600_000) });
        break;
      case 'flaky': {
        const n = int('the number of failures', 0, 1000);
        for (let i = 0; i < n; i++) steps.push({ kind: 'status', status: 500 });
        steps.push({ kind: 'ok' });
        break;
      }
      case 'timeout':
      case 'reset':
      case 'malformed':
        if (arg !== undefined) throw new ScenarioError(`Scenario "${part}": ${name} takes no argument. Scenarios are ${GRAMMAR}.`);
        steps.push({ kind: name });
        break;
      default:
        throw new ScenarioError(`Unknown scenario "${part || text}". Scenarios are ${GRAMMAR}.`);
    }
  }
  return steps;
}

/** The step for the `n`-th request (0-based) of a sequence: the last step repeats. */
export function stepAt(steps: readonly Step[], n: number): Step {
  return steps[Math.min(n, steps.length - 1)]!;
}

export function formatStep(step: Step): string {
  switch (step.kind) {
    case 'ok':
      return step.example ? `ok:${step.example}` : 'ok';
    case 'status':
      return `status:${step.status}`;
    case 'delay':
      return `delay:${step.ms}`;
    default:
      return step.kind;
  }
}
