/**
 * The findings of a drift report: what recorded deliveries show that the spec does not say. One union, serialised
 * as it is by `chathooks drift --json` (the shape is documented in the README, "Drift"), and read by the patch
 * writer and the readable report.
 */

/** The report format, in `--json` output; a change of shape changes the number. */
export const DRIFT_FORMAT = 'chathooks.drift/1';

/** Where a finding was first seen: the recording (its id and arrival time) and, when known, its file. */
export interface Seen {
  id: string;
  receivedAt: string;
  file?: string;
  /** The concrete pointer in that delivery's body (array indices kept), for findings that have one. */
  pointer?: string;
}

/** How often a value was seen. */
export interface Counted<T> {
  value: T;
  count: number;
}

/** A JSON type as drift names it: `integer` for whole numbers, `number` for the others. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

interface Base {
  /** Deliveries (or batch items) that showed it; one showing it in several array elements counts once. */
  count: number;
  firstSeen: Seen;
}

/** Every finding of a report, by `kind`. `event` is the event the delivery named, by the spec's discriminator. */
export type DriftFinding =
  | (Base & {
      kind: 'unknown-event';
      event: string /** Up to 3 distinct payloads, the first seen first. */;
      examples: unknown[];
    })
  | (Base & { kind: 'unnamed-event'; where: string })
  | (Base & { kind: 'unparsable-body'; event?: string; message: string })
  | (Base & { kind: 'undocumented-property'; event: string; pointer: string; examples: unknown[] })
  | (Base & { kind: 'undocumented-enum-value'; event: string; pointer: string; values: Counted<unknown>[] })
  | (Base & { kind: 'type-difference'; event: string; pointer: string; expected: string[]; seen: Counted<JsonType>[] })
  | (Base & { kind: 'required-missing'; event: string; pointer: string })
  | (Base & { kind: 'schema-difference'; event: string; pointer: string; keyword: string; message: string })
  | (Base & { kind: 'undocumented-header'; event?: string; name: string; examples: string[] })
  | (Base & { kind: 'undocumented-query-parameter'; event?: string; name: string; examples: string[] })
  | (Base & { kind: 'signature-failure'; problem: string; checkedBy: 'recording' | 'secret' })
  | (Base & {
      kind: 'retry';
      event?: string;
      /** The delivery key attempts were grouped by (the contract's idempotency key, else the body's sha256). */
      key: string;
      attempts: number;
      /** `1 + retries.length` of the delivery policy. */
      allowed: number;
      /** Time between consecutive attempts, from `receivedAt` (-1 where a time does not parse). */
      gapsMs: number[];
      /** What each attempt was answered, in order: the reply status, a failure kind (`timeout`…), or `unknown`. */
      answers: string[];
      tooMany: boolean;
      /** Retries that came sooner than the documented delay allows (attempt number from 2). */
      tooSoon: { attempt: number; gapMs: number; documentedMs: number; toleranceMs: number }[];
    });

export type DriftKind = DriftFinding['kind'];

/** The order findings are grouped in, and the headline of each group in the readable report. */
export const KIND_TITLES: Record<DriftKind, string> = {
  'unknown-event': 'Unknown events',
  'unnamed-event': 'Deliveries that name no event',
  'unparsable-body': 'Bodies that do not parse',
  'undocumented-property': 'Undocumented properties',
  'undocumented-enum-value': 'Undocumented enum values',
  'type-difference': 'Type differences',
  'required-missing': 'Documented-required fields missing',
  'schema-difference': 'Other schema differences',
  'undocumented-header': 'Undocumented headers',
  'undocumented-query-parameter': 'Undocumented query parameters',
  'signature-failure': 'Signature failures',
  retry: 'Retries against the delivery policy',
};

export const KIND_ORDER = Object.keys(KIND_TITLES) as DriftKind[];

/** A recording file that could not be read as one (not HAR/JSON, truncated, for another spec). */
export type { RecordingProblem } from './recording.js';
import type { RecordingProblem } from './recording.js';

/** What `driftReport` returns and `chathooks drift --json` prints. */
export interface DriftReport {
  format: typeof DRIFT_FORMAT;
  /** The contract id. */
  spec: string;
  /** Recordings analysed. */
  deliveries: number;
  /** Deliveries per event name (unknown ones included; `?` for deliveries that name none). */
  events: Record<string, number>;
  /** Whether any finding was made (the CLI's exit 1). */
  drift: boolean;
  /** Grouped by kind (in `KIND_ORDER`), most frequent first. */
  findings: DriftFinding[];
  /** Files that could not be read, when the caller passes them on (the CLI does). */
  problems: RecordingProblem[];
  /** The tolerance retry spacing was judged with. */
  retryTolerance: { ratio: number; minMs: number };
}
