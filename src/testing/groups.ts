/**
 * The consumer contract's case groups and negative checks: ONE table from which the planner runs every group
 * (`plan/index.ts` keys a planner by each name), `chathooks replay --help` lists them with their defaults,
 * `--expect CHECK=EXP` names are validated, and the README's table is written (a test compares them).
 */
import type { Contract } from '../model/model.js';
import { OptionError } from '../model/errors.js';
import { didYouMean } from '../model/naming.js';
import type { Expectation } from './expectations.js';

/** A negative check's expectation by default, with `strict`, and where the event set is open. */
interface CheckDefaults {
  readonly default: Expectation;
  readonly strict: Expectation;
  /** Overrides both where the platform adds events without notice and re-sends what is not acknowledged. */
  readonly openEventSet?: Expectation;
}

interface CheckSpec {
  readonly name: string;
  /** What the check sends, in a few words. */
  readonly sends: string;
  readonly expect: CheckDefaults;
}

interface CaseGroupSpec {
  readonly name: string;
  /** Planned for each selected event in turn, or once for the contract (after every event's cases). */
  readonly scope: 'each event' | 'once';
  /** The option that leaves the group out when false (`--no-variants`, `--no-negative`). */
  readonly option?: 'variants' | 'negative';
  /** What the group sends (Markdown: backticks for code). */
  readonly sends: string;
  /** What the receiver must do with it. */
  readonly must: string;
  readonly checks: readonly CheckSpec[];
}

const REFUSE = { default: 'reject:4xx', strict: 'reject:4xx' } as const satisfies CheckDefaults;
// Platforms never send these bodies, and advise acknowledging events a receiver does not handle.
const TOLERATE = { default: 'tolerate', strict: 'reject:4xx' } as const satisfies CheckDefaults;

/** The case groups in the order help and docs list them (each event's groups are planned before the `once` groups). */
export const CASE_GROUPS = [
  {
    name: 'examples',
    scope: 'each event',
    sends: 'every valid example of every event (`<event> / <example>`)',
    must: "be answered within the platform's timeout, with an accepted status and a reply that satisfies the event's reply schema (Tencent's `ActionStatus` envelope)",
    checks: [],
  },
  {
    name: 'variants',
    scope: 'each event',
    option: 'variants',
    sends:
      "each event's first example as the platform's own bytes (`\\/`, `\\u` escapes), with only its required fields, and with a field no doc mentions",
    must: 'be acknowledged too: verify the raw body, read older and newer payloads tolerantly',
    checks: [],
  },
  {
    name: 'retries',
    scope: 'each event',
    sends: 'the same delivery twice',
    must: 'both acknowledged',
    checks: [],
  },
  {
    name: 'security',
    scope: 'once',
    option: 'negative',
    sends:
      'missing and wrong signature, stale and future timestamp (where the scheme signs one: Tencent, Standard Webhooks, Slack), another `SdkAppid`',
    must: 'be rejected (4xx)',
    checks: [
      { name: 'missing-signature', sends: 'a delivery without its signature', expect: REFUSE },
      { name: 'wrong-signature', sends: 'a signature that does not match', expect: REFUSE },
      { name: 'stale-timestamp', sends: 'signed 300 s before the timestamp window', expect: REFUSE },
      { name: 'future-timestamp', sends: 'signed 300 s after the timestamp window', expect: REFUSE },
      { name: 'wrong-app-id', sends: 'a delivery for another app id (with `--app-id`)', expect: REFUSE },
    ],
  },
  {
    name: 'payloads',
    scope: 'each event',
    option: 'negative',
    sends: 'each invalid example of the spec',
    must: 'not fail: any answer but a 5xx, a timeout or a reset (`--strict`: a 4xx)',
    checks: [{ name: 'invalid-payload', sends: 'an invalid example', expect: TOLERATE }],
  },
  {
    name: 'events',
    scope: 'once',
    option: 'negative',
    sends: 'truncated JSON; an event the spec does not list',
    must: 'truncated JSON rejected (4xx); an unknown event not failed (`--strict`: a 4xx), and acknowledged where the set is open (Sendbird adds categories)',
    checks: [
      { name: 'malformed-json', sends: 'truncated JSON', expect: REFUSE },
      // An open event set (Sendbird) adds events without notice and re-sends whatever is not acknowledged.
      {
        name: 'unknown-event',
        sends: 'an event the spec does not list',
        expect: { ...TOLERATE, openEventSet: 'acknowledge' },
      },
    ],
  },
  {
    name: 'batches',
    scope: 'once',
    sends:
      'batch contracts only (LINE): one batch of every event, the same batch redelivered, an empty batch, a batch with one invalid event',
    must: "acknowledge the batch and its redelivery (answer once, handle each event once); the empty batch acknowledged where it is the platform's endpoint check; the invalid event not failed (`--strict`: a 4xx for the whole batch)",
    checks: [
      { name: 'invalid-in-batch', sends: 'a batch with one invalid event', expect: TOLERATE },
      { name: 'empty-batch', sends: 'an empty batch where the spec says it is no delivery', expect: TOLERATE },
    ],
  },
] as const satisfies readonly CaseGroupSpec[];

export type CaseGroup = (typeof CASE_GROUPS)[number];
export type GroupName = CaseGroup['name'];
/** A negative check, each with a configurable expectation. */
export type CheckName = CaseGroup['checks'][number]['name'];

const ALL_CHECKS: readonly (CheckSpec & { name: CheckName; group: GroupName })[] = CASE_GROUPS.flatMap((g) =>
  (g.checks as readonly (CheckSpec & { name: CheckName })[]).map((c) => ({ ...c, group: g.name })),
);

/** The negative checks, each with a configurable expectation, in the table's order. */
export const CHECK_NAMES: readonly CheckName[] = ALL_CHECKS.map((c) => c.name);

/** The group a check's case reports under. */
export function groupOf(check: CheckName): GroupName {
  return ALL_CHECKS.find((c) => c.name === check)!.group;
}

/**
 * Default expectations for negative checks, following the platform's documented behaviour. Forged, stale and
 * malformed deliveries must be refused (4xx). Invalid payloads and unknown events are tolerated (any answer but
 * a 5xx): platforms never send the former, and advise acknowledging the latter; `strict` demands a 4xx for both.
 *
 * @example
 * defaultExpectations(protocol.contract)['invalid-payload'];                   // 'tolerate'
 * defaultExpectations(protocol.contract, { strict: true })['invalid-payload']; // 'reject:4xx'
 */
export function defaultExpectations(
  contract: Contract,
  options: { strict?: boolean | undefined } = {},
): Record<CheckName, Expectation> {
  const pick = (d: CheckDefaults): Expectation =>
    contract.eventSet === 'open' && d.openEventSet ? d.openEventSet : options.strict ? d.strict : d.default;
  return Object.fromEntries(ALL_CHECKS.map((c) => [c.name, pick(c.expect)])) as Record<CheckName, Expectation>;
}

/** A name given to `--expect` or `expect`: a check of the table, or an error naming the closest one. */
export function checkNamed(name: string, where: string): CheckName {
  const found = CHECK_NAMES.find((c) => c === name);
  if (found) return found;
  throw new OptionError(
    `${where}: unknown check "${name}".${didYouMean(name, CHECK_NAMES)} Checks are ${CHECK_NAMES.join(', ')}.`,
  );
}

/** A check's defaults in words: `reject:4xx`, `tolerate; --strict: reject:4xx; open event set: acknowledge`. */
export function describeDefaults(d: CheckDefaults): string {
  const parts: string[] = [d.default];
  if (d.strict !== d.default) parts.push(`--strict: ${d.strict}`);
  if (d.openEventSet) parts.push(`open event set: ${d.openEventSet}`);
  return parts.join('; ');
}

/** The README's table of groups, written from this one (`test/testing-tables.test.ts` compares them). */
export function caseGroupsMarkdown(): string {
  const rows = CASE_GROUPS.map((g) => {
    const checks = (g.checks as readonly CheckSpec[]).map((c) => `\`${c.name}\``).join(', ') || '—';
    return `| ${g.name} | ${g.sends} | ${g.must} | ${checks} |`;
  });
  return ['| group | cases | must | checks (`--expect CHECK=EXP`) |', '|---|---|---|---|', ...rows].join('\n');
}
