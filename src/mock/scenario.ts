/**
 * The scenario vocabulary every mock backend reads: `ok` (a named reply example, default the first),
 * `status:<code>`, `delay:<ms>`, `timeout` (never answers), `reset` (connection dropped), `malformed`
 * (200 with a non-JSON body), `flaky:<n>` (fail n times with 500, then ok), and comma-separated sequences of
 * these (`status:500,status:503,ok`): one step per request, the last step repeating.
 */
import { ChathooksError } from '../model/errors.js';

import { assertNever } from '../model/assert-never.js';

/**
 * One parsed step: the only form a scenario takes past `parseSequence`. Every interpreter (the mock core's
 * decision, the native server and MSW carrying it out, Prism's `Prefer` translation, the provider contract's
 * judgement, `formatStep`) switches on `kind` with an `assertNever` default, so a new kind does not compile
 * until each of them handles it.
 */
export type Step =
  | { kind: 'ok'; example?: string }
  | { kind: 'status'; status: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'malformed' };

/** The steps after which the mock never answers: no reply is built for them, and the record says which. */
export type Unanswered = Extract<Step['kind'], 'timeout' | 'reset'>;

export class ScenarioError extends ChathooksError {
  override readonly name = 'ScenarioError';
  readonly code = 'scenario';
}

/** The request header that picks a scenario for one delivery (like Prism's `Prefer`). */
export const SCENARIO_HEADER = 'x-chathooks-scenario';
/** The most steps (comma-separated parts) a scenario may have, wherever it comes from; `flaky:<n>` is one step. */
export const MAX_SCENARIO_STEPS = 32;
/** The longest `x-chathooks-scenario` header the mock reads: it is parsed on every request. */
export const MAX_SCENARIO_HEADER_BYTES = 256;
/** `flaky:<n>` fails at most this many times. */
const MAX_FLAKY = 1000;

/**
 * A parsed scenario in runs: `flaky:1000` is one run of 1000 × 500 and one of ok, not 1001 steps, so a
 * scenario costs the length of its text whatever its counts (expanding them cost 210 ms for a 15 KB header).
 */
export interface Sequence {
  readonly runs: readonly Run[];
}

interface Run {
  readonly step: Step;
  readonly times: number;
}

/** One word of the grammar: how it is written, what the mock answers, and its parser. */
interface Word {
  readonly syntax: string;
  readonly answer: string;
  /** The runs of `<word>[:<arg>]`; `int` reads the argument as a bounded integer or throws a ScenarioError. */
  parse(arg: string | undefined, int: (what: string, min: number, max: number) => number): readonly Run[];
}

const once = (step: Step): readonly Run[] => [{ step, times: 1 }];

/**
 * Every word of the scenario grammar, in the order help and errors list them: a step kind the table lacks (or
 * `flaky`, which is sugar for runs of `status:500` then `ok`) does not compile.
 */
export const SCENARIO_WORDS: Readonly<Record<Step['kind'] | 'flaky', Word>> = {
  ok: {
    syntax: 'ok[:<example>]',
    answer: "the event's first (or named) reply example",
    parse: (arg) => once(arg ? { kind: 'ok', example: arg } : { kind: 'ok' }),
  },
  status: {
    syntax: 'status:<100-599>',
    answer: 'that status',
    parse: (_, int) => once({ kind: 'status', status: int('the status', 100, 599) }),
  },
  delay: {
    syntax: 'delay:<ms>',
    answer: 'the ok answer, late',
    parse: (_, int) => once({ kind: 'delay', ms: int('the delay', 0, 600_000) }),
  },
  timeout: { syntax: 'timeout', answer: 'never answers', parse: () => once({ kind: 'timeout' }) },
  reset: { syntax: 'reset', answer: 'drops the connection', parse: () => once({ kind: 'reset' }) },
  malformed: {
    syntax: 'malformed',
    answer: '200 with a body that is not JSON',
    parse: () => once({ kind: 'malformed' }),
  },
  flaky: {
    syntax: 'flaky:<n>',
    answer: '500 n times, then ok',
    parse: (_, int) => {
      const n = int('the number of failures', 0, MAX_FLAKY);
      return n > 0
        ? [
            { step: { kind: 'status', status: 500 }, times: n },
            { step: { kind: 'ok' }, times: 1 },
          ]
        : once({ kind: 'ok' });
    },
  },
};

/** The grammar in one line, for errors and `--help`: generated from SCENARIO_WORDS. */
export const SCENARIO_GRAMMAR = `${Object.values(SCENARIO_WORDS)
  .map((w) => w.syntax)
  .join(', ')}, or a comma-separated sequence of these`;

const isWord = (name: string): name is keyof typeof SCENARIO_WORDS => Object.hasOwn(SCENARIO_WORDS, name);

/** At most 60 characters of what the user wrote, for messages (a scenario may come from a request). */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * Parse a scenario into runs of steps; throws a ScenarioError saying what is wrong and the grammar.
 *
 * @example
 * parseSequence('flaky:2').runs; // [{ step: { kind: 'status', status: 500 }, times: 2 }, { step: { kind: 'ok' }, times: 1 }]
 */
export function parseSequence(text: string): Sequence {
  const parts = text.split(',', MAX_SCENARIO_STEPS + 1);
  if (parts.length > MAX_SCENARIO_STEPS) {
    const count = text.split(',').length;
    throw new ScenarioError(
      `Scenario ${quote(text)} has ${count} steps; at most ${MAX_SCENARIO_STEPS} are allowed. Shorten the sequence: its last step repeats by itself, and flaky:<n> is one step for n failures.`,
    );
  }
  const runs: Run[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    const colon = part.indexOf(':');
    const name = colon < 0 ? part : part.slice(0, colon);
    const arg = colon < 0 ? undefined : part.slice(colon + 1);
    if (!isWord(name))
      throw new ScenarioError(`Unknown scenario ${quote(part || text)}. Scenarios are ${SCENARIO_GRAMMAR}.`);
    const word = SCENARIO_WORDS[name];
    // A word written without `:` takes no argument.
    if (arg !== undefined && !word.syntax.includes(':'))
      throw new ScenarioError(`Scenario ${quote(part)}: ${name} takes no argument. Scenarios are ${SCENARIO_GRAMMAR}.`);
    const int = (what: string, min: number, max: number): number => {
      if (arg === undefined || !/^\d{1,7}$/.test(arg) || Number(arg) < min || Number(arg) > max) {
        throw new ScenarioError(
          `Scenario ${quote(part)}: ${what} must be an integer from ${min} to ${max}. Scenarios are ${SCENARIO_GRAMMAR}.`,
        );
      }
      return Number(arg);
    };
    runs.push(...word.parse(arg, int));
  }
  return { runs };
}

/**
 * Parse a scenario into its steps, one per request (`flaky:<n>` expanded).
 *
 * @example
 * parseScenario('flaky:2'); // [{ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'ok' }]
 */
export function parseScenario(text: string): Step[] {
  return parseSequence(text).runs.flatMap(({ step, times }) => Array.from({ length: times }, () => step));
}

/**
 * Parse the `x-chathooks-scenario` header of a request: refused unread beyond MAX_SCENARIO_HEADER_BYTES, and every
 * error names the header, so the sender's author knows which request to fix.
 *
 * @example
 * parseScenarioHeader('status:500,timeout,ok'); // three runs
 */
export function parseScenarioHeader(value: string): Sequence {
  // Header values reach node as latin1 strings (MSW's fetch Headers as ByteStrings): one character per byte.
  if (value.length > MAX_SCENARIO_HEADER_BYTES) {
    throw new ScenarioError(
      `Header ${SCENARIO_HEADER} is ${value.length} bytes; the mock reads at most ${MAX_SCENARIO_HEADER_BYTES}. Send a shorter scenario (at most ${MAX_SCENARIO_STEPS} steps such as "status:500,timeout,ok"; flaky:<n> is one step), or configure a longer one as the mock's global or per-event scenario.`,
    );
  }
  try {
    return parseSequence(value);
  } catch (error) {
    throw new ScenarioError(`Header ${SCENARIO_HEADER}: ${(error as Error).message}`);
  }
}

/**
 * The step for the `n`-th request (0-based) of a sequence: the last step repeats.
 *
 * @example
 * stepAt(parseSequence('flaky:2'), 5); // { kind: 'ok' }
 */
export function stepAt(sequence: Sequence, n: number): Step {
  let left = n;
  for (const run of sequence.runs) {
    if (left < run.times) return run.step;
    left -= run.times;
  }
  return sequence.runs[sequence.runs.length - 1]!.step;
}

/**
 * A step as scenario text, for the delivery record.
 *
 * @example
 * formatStep({ kind: 'status', status: 503 }); // 'status:503'
 */
export function formatStep(step: Step): string {
  switch (step.kind) {
    case 'ok':
      return step.example ? `ok:${step.example}` : 'ok';
    case 'status':
      return `status:${step.status}`;
    case 'delay':
      return `delay:${step.ms}`;
    case 'timeout':
    case 'reset':
    case 'malformed':
      return step.kind;
    default:
      return assertNever(step);
  }
}
