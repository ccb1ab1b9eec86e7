/**
 * Drift: recorded deliveries compared with the strict reading of their contract, aggregated over many — unknown
 * events, undocumented properties and enum values, type differences, documented-required fields missing, headers
 * and query parameters the spec does not describe, signature failures, and retries against the delivery policy.
 */
import { compileDeliveryKey } from '../receiver/idempotency.js';
import { batchItems, itemEventName } from '../model/batch.js';
import { eventNameLocation, eventNameReader } from '../model/event-name.js';
import type { Contract, EventContract, JsonSchema } from '../model/model.js';
import { toRuntime, type GuardValidator, type RuntimeContract } from '../model/runtime.js';
import type { Recording } from './recording.js';
import { type Delivery, Findings, keepExample, countValue, keyed, toDelivery } from './drift-collect.js';
import { checkOutsideBody, outsideTheBody } from './drift-outside.js';
import { signatureCheck } from './drift-signature.js';
import { classifyIssues } from './drift-issues.js';
import { withoutBranchNoise } from './drift-branches.js';
import { strictSchema } from '../model/strict.js';
import { DRIFT_FORMAT, type DriftReport, type JsonType, type RecordingProblem } from './drift-findings.js';
import { RetryTracker, DEFAULT_RETRY_TOLERANCE, type RetryTolerance } from './drift-retries.js';

export {
  type Counted,
  DRIFT_FORMAT,
  type DriftFinding,
  type DriftKind,
  type DriftReport,
  type JsonType,
  KIND_ORDER,
  KIND_TITLES,
  type Seen,
} from './drift-findings.js';
export { DEFAULT_RETRY_TOLERANCE, type RetryTolerance } from './drift-retries.js';
export { MAX_EXAMPLES } from './drift-collect.js';
export { isGenericHeader } from './drift-outside.js';

export interface DriftOptions {
  /** Re-verify every recording's signature over its raw bytes with these secrets (rotation: any may match). */
  secrets?: readonly string[];
  /** The file each recording was read from, for `firstSeen.file`. */
  fileOf?: (recording: Recording) => string | undefined;
  /** Files that could not be read, carried into the report. */
  problems?: readonly RecordingProblem[];
  /** How much sooner than the documented delay a retry may come (clock skew, recording jitter). */
  retryTolerance?: RetryTolerance;
}

/** One event of a delivery: its payload and where it sits in the body (concrete, and with indices as `*`). */
interface Item {
  payload: unknown;
  /** `''` for a one-event delivery; `/events/3` for item 3 of a batch. */
  concrete: string;
  /** `''`, or `/events/*` for any item of a batch: findings of every item aggregate under it. */
  general: string;
}

/**
 * The items of a delivery that each name an event, analysed one by one: the body itself. A batch contract's items
 * (LINE's `/events`, issue 15) enter here, item i as `{ concrete: '/events/i', general: '/events/*' }`.
 */
function itemsOf(contract: Contract, payload: unknown): Item[] {
  const { batch } = contract;
  const items = batch ? batchItems(batch, payload) : undefined;
  if (!batch || !items) return [{ payload, concrete: '', general: '' }];
  return items.map((item, i) => ({ payload: item, concrete: `${batch.items}/${i}`, general: `${batch.items}/*` }));
}

/** The strict validators of a runtime contract; a runtime made before strict reading compiles them from its Contract. */
function strictValidatorsOf(runtime: RuntimeContract): { readonly [event: string]: GuardValidator<unknown> } {
  return runtime.strictValidators ?? toRuntime({ ...runtime.contract }).strictValidators;
}

/**
 * Compare recorded deliveries with the strict reading of their contract and aggregate what differs.
 *
 * @example
 * const { recordings, problems } = await readRecordings(['recordings/']);
 * const report = driftReport(toRuntime(await loadContract('spec/tencent-chat.yaml')), recordings, { problems });
 * report.drift; // true when the platform sends what the spec does not say
 */
export function driftReport(
  runtime: RuntimeContract,
  recordings: readonly Recording[],
  options: DriftOptions = {},
): DriftReport {
  const contract = runtime.contract;
  const strict = strictValidatorsOf(runtime);
  const readName = eventNameReader(contract);
  const byName = new Map(contract.events.map((e) => [e.name, e]));
  const describedFor = outsideTheBody(contract);
  const findings = new Findings();
  const events: Record<string, number> = Object.create(null) as Record<string, number>;
  const tolerance = options.retryTolerance ?? DEFAULT_RETRY_TOLERANCE;
  const retries = new RetryTracker(contract.delivery, tolerance);
  const deliveryKey = compileDeliveryKey(contract);
  const verify = signatureCheck(contract, options.secrets);
  // The strict schema of an event, derived when a delivery of it fails a union (to tell its branches apart).
  const strictSchemas = new Map<string, JsonSchema>();
  const strictOf = (event: EventContract): JsonSchema => {
    let schema = strictSchemas.get(event.name);
    if (schema === undefined) strictSchemas.set(event.name, (schema = strictSchema(event.payload)));
    return schema;
  };

  for (const recording of recordings) {
    const d = toDelivery(recording, options.fileOf?.(recording));
    const signatureProblem = verify(d);
    if (signatureProblem)
      findings.note(`sig\u0000${signatureProblem.problem}`, d.seen, (seen) => ({
        kind: 'signature-failure',
        count: 1,
        firstSeen: seen,
        ...signatureProblem,
      }));
    if (d.parseError !== undefined) {
      const event = readName({ url: d.url, headers: d.header }, undefined);
      events[event ?? '?'] = (events[event ?? '?'] ?? 0) + 1;
      findings.note(`parse\u0000${event ?? ''}`, d.seen, (seen) => ({
        kind: 'unparsable-body',
        count: 1,
        firstSeen: seen,
        ...(event ? { event } : {}),
        message: d.parseError!,
      }));
      checkOutsideBody(findings, d, event, describedFor(event ? byName.get(event) : undefined));
      retries.add(deliveryKey(event ?? '', undefined, keyed(d)), event, d);
      continue;
    }
    for (const item of itemsOf(contract, d.payload)) {
      // A batch's events name themselves (LINE's `type`); a one-event delivery is read where the spec says.
      const event = contract.batch
        ? itemEventName(contract, item.payload)
        : readName({ url: d.url, headers: d.header }, item.payload);
      events[event ?? '?'] = (events[event ?? '?'] ?? 0) + 1;
      const known = event === undefined ? undefined : byName.get(event);
      if (event === undefined) {
        const where = contract.discriminator ? eventNameLocation(contract.discriminator).text : 'no discriminator';
        findings.note(`unnamed\u0000${where}`, d.seen, (seen) => ({
          kind: 'unnamed-event',
          count: 1,
          firstSeen: seen,
          where,
        }));
      } else if (!known) {
        const f = findings.note(`unknown\u0000${event}`, d.seen, (seen) => ({
          kind: 'unknown-event',
          count: 1,
          firstSeen: seen,
          event,
          examples: [] as unknown[],
        }));
        keepExample(f.examples, item.payload);
      } else {
        checkPayload(findings, d, event, item, strict[event], () => strictOf(known));
      }
      checkOutsideBody(findings, d, event, describedFor(known));
      retries.add(deliveryKey(event ?? '', item.payload, keyed(d)), event, d);
    }
  }
  for (const finding of retries.findings()) findings.add(finding);
  const sorted = findings.sorted();
  return {
    format: DRIFT_FORMAT,
    spec: contract.id,
    deliveries: recordings.length,
    events: { ...events },
    drift: sorted.length > 0,
    findings: sorted,
    problems: [...(options.problems ?? [])],
    retryTolerance: { ...tolerance },
  };
}

/** Strict validation of one item, its issues noted by class, event and generalised pointer. */
function checkPayload(
  findings: Findings,
  d: Delivery,
  event: string,
  item: Item,
  validate: GuardValidator<unknown> | undefined,
  schema: () => JsonSchema,
): void {
  if (!validate || validate(item.payload)) return;
  const issues = validate.errors ?? [];
  const unions = issues.some((i) => i.keyword === 'oneOf' || i.keyword === 'anyOf');
  const own = unions ? withoutBranchNoise(schema(), issues, item.payload) : issues;
  const noted = new Set<string>();
  for (const issue of classifyIssues(own, item.payload)) {
    const pointer = `${item.general}${issue.general}`;
    const seen = { ...d.seen, pointer: `${item.concrete}${issue.pointer}` };
    const key = `${issue.kind}\u0000${event}\u0000${pointer}`;
    // One array field in many elements of one delivery counts once; its values all count.
    const again = noted.has(key);
    noted.add(key);
    switch (issue.kind) {
      case 'undocumented-property': {
        const f = findings.note(
          key,
          seen,
          (s) => ({
            kind: issue.kind,
            count: 1,
            firstSeen: s,
            event,
            pointer,
            examples: [],
          }),
          again,
        );
        keepExample(f.examples, issue.value);
        break;
      }
      case 'undocumented-enum-value': {
        const f = findings.note(
          key,
          seen,
          (s) => ({
            kind: issue.kind,
            count: 1,
            firstSeen: s,
            event,
            pointer,
            values: [],
          }),
          again,
        );
        countValue(f.values, issue.value);
        break;
      }
      case 'type-difference': {
        const f = findings.note(
          key,
          seen,
          (s) => ({
            kind: issue.kind,
            count: 1,
            firstSeen: s,
            event,
            pointer,
            expected: issue.expected,
            seen: [] as { value: JsonType; count: number }[],
          }),
          again,
        );
        for (const t of issue.expected) if (!f.expected.includes(t)) f.expected.push(t);
        countValue(f.seen, issue.seen);
        break;
      }
      case 'required-missing':
        findings.note(key, seen, (s) => ({ kind: issue.kind, count: 1, firstSeen: s, event, pointer }), again);
        break;
      case 'schema-difference':
        findings.note(
          `${key}\u0000${issue.keyword}`,
          seen,
          (s) => ({
            kind: issue.kind,
            count: 1,
            firstSeen: s,
            event,
            pointer,
            keyword: issue.keyword,
            message: issue.message,
          }),
          again,
        );
        break;
    }
  }
}
