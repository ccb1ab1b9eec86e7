/**
 * Drift: recorded deliveries compared with the strict reading of their contract, aggregated over many — unknown
 * events, undocumented properties and enum values, type differences, documented-required fields missing, headers
 * and query parameters the spec does not describe, signature failures, and retries against the delivery policy.
 */
import { compileDeliveryKey, type KeyedRequest } from '../receiver/idempotency.js';
import { eventNameLocation, eventNameReader } from '../model/event-name.js';
import type { Contract, EventContract, JsonSchema } from '../model/model.js';
import { toRuntime, type GuardValidator, type RuntimeContract } from '../model/runtime.js';
import { isObject } from '../model/json.js';
import { getAt } from '../model/pointer.js';
import { verifySignature, SignatureVerificationError } from '../signing/index.js';
import { schemeModule } from '../signing/registry.js';
import { bodyBytes, type Recording, signatureFieldNames } from './recording.js';
import { classifyIssues } from './drift-issues.js';
import { withoutBranchNoise } from './drift-branches.js';
import { strictSchema } from '../model/strict.js';
import {
  DRIFT_FORMAT,
  KIND_ORDER,
  type DriftFinding,
  type DriftReport,
  type JsonType,
  type RecordingProblem,
  type Seen,
} from './drift-findings.js';
import { RetryTracker, DEFAULT_RETRY_TOLERANCE, type RetryTolerance } from './drift-retries.js';

export * from './drift-findings.js';
export { DEFAULT_RETRY_TOLERANCE, type RetryTolerance } from './drift-retries.js';

/** At most this many example values are kept per finding. */
export const MAX_EXAMPLES = 3;

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

// Headers every HTTP client or proxy adds: not the platform's contract, never drift.
const GENERIC_HEADERS = new Set([
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'expect',
  'forwarded',
  'host',
  'keep-alive',
  'pragma',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'via',
  'x-real-ip',
  'x-request-id',
  'traceparent',
  'tracestate',
]);
const GENERIC_PREFIXES = ['x-forwarded-', 'proxy-'];

/** Whether a header is one of the generic or hop-by-hop ones drift never reports. */
export function isGenericHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return GENERIC_HEADERS.has(lower) || GENERIC_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The property names a headers or query schema describes (lower-cased for headers), through its local `$ref`s and
 * `allOf`/`anyOf`/`oneOf` branches (the bundled form wraps a shared schema as `allOf: [{ $ref }]`).
 */
function describedNames(schema: JsonSchema | undefined, lower: boolean): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!isObject(node) || depth > 32) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) visit(getAt(schema, ref.slice(1)), depth + 1);
    const props = node['properties'];
    if (isObject(props)) for (const n of Object.keys(props)) names.add(lower ? n.toLowerCase() : n);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const branch of list) visit(branch, depth + 1);
    }
  };
  visit(schema, 0);
  return names;
}

/** What the contract says travels outside the body, whatever the event: signature, discriminator, app id, key. */
function contractWide(contract: Contract): { headers: Set<string>; query: Set<string> } {
  const headers = new Set<string>();
  const query = new Set<string>();
  const add = (where: string, name: string) => (where === 'header' ? headers.add(name.toLowerCase()) : query.add(name));
  for (const p of schemeModule(contract.signature).bridgeParameters()) add(p.in, p.name);
  if (contract.discriminator && contract.discriminator.in !== 'body')
    add(contract.discriminator.in, contract.discriminator.name);
  if (contract.appId && contract.appId.in !== 'body') add(contract.appId.in, contract.appId.name);
  for (const ref of contract.idempotencyKey ?? []) {
    if (ref.startsWith('query:')) query.add(ref.slice('query:'.length));
    if (ref.startsWith('header:')) headers.add(ref.slice('header:'.length).toLowerCase());
  }
  return { headers, query };
}

/** One parsed delivery, as every check reads it. */
interface Delivery {
  recording: Recording;
  seen: Seen;
  url: URL;
  headers: Map<string, string>;
  /** Case-insensitive reads of `headers`, as the event-name reader, signature check and delivery key take them. */
  header: { get(name: string): string | null };
  /** The exact body bytes (made on first read: only a body-hash key or a signature check needs them). */
  readonly raw: Buffer;
  /** The parsed body; undefined when it did not parse. */
  payload: unknown;
  parseError?: string;
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
function itemsOf(_contract: Contract, payload: unknown): Item[] {
  return [{ payload, concrete: '', general: '' }];
}

/** The strict validators of a runtime contract; a runtime made before strict reading compiles them from its Contract. */
function strictValidatorsOf(runtime: RuntimeContract): { readonly [event: string]: GuardValidator<unknown> } {
  return runtime.strictValidators ?? toRuntime({ ...runtime.contract }).strictValidators;
}

/** Accumulates findings by key, counting and keeping the first sighting and a few examples. */
class Findings {
  private readonly byKey = new Map<string, DriftFinding>();

  /** The finding under `key`, made by `make` on first sight; its count goes up by one. */
  note<F extends DriftFinding>(key: string, seen: Seen, make: (seen: Seen) => F): F {
    let finding = this.byKey.get(key) as F | undefined;
    if (!finding) {
      finding = make(seen);
      this.byKey.set(key, finding);
    } else finding.count++;
    return finding;
  }

  add(finding: DriftFinding): void {
    this.byKey.set(`${finding.kind}\u0000${this.byKey.size}`, finding);
  }

  sorted(): DriftFinding[] {
    const rank = (f: DriftFinding) => KIND_ORDER.indexOf(f.kind);
    return [...this.byKey.values()].sort(
      (a, b) => rank(a) - rank(b) || b.count - a.count || labelOf(a).localeCompare(labelOf(b)),
    );
  }
}

/** The name a finding is sorted by within its kind and count. */
function labelOf(f: DriftFinding): string {
  switch (f.kind) {
    case 'unknown-event':
      return f.event;
    case 'undocumented-header':
    case 'undocumented-query-parameter':
      return `${f.name}\u0000${f.event ?? ''}`;
    case 'unnamed-event':
      return f.where;
    case 'unparsable-body':
      return f.message;
    case 'signature-failure':
      return f.problem;
    case 'retry':
      return f.key;
    default:
      return `${f.event}\u0000${f.pointer}`;
  }
}

/** Keep `value` among the first MAX_EXAMPLES distinct examples. */
function keepExample<T>(examples: T[], value: T): void {
  if (examples.length >= MAX_EXAMPLES) return;
  const text = JSON.stringify(value);
  if (!examples.some((e) => JSON.stringify(e) === text)) examples.push(value);
}

function countValue<T>(list: { value: T; count: number }[], value: T): void {
  const text = JSON.stringify(value);
  const known = list.find((v) => JSON.stringify(v.value) === text);
  if (known) known.count++;
  else list.push({ value, count: 1 });
}

/** Parse one recording into what the checks read; a body that is not JSON keeps its parse error. */
function toDelivery(recording: Recording, file: string | undefined): Delivery {
  const body = recording.request.body;
  const seen: Seen = { id: recording.id, receivedAt: recording.receivedAt, ...(file ? { file } : {}) };
  const url = new URL(recording.request.url, 'http://recording.invalid');
  const headers = new Map<string, string>();
  for (const [name, value] of recording.request.headers) {
    const lower = name.toLowerCase();
    headers.set(lower, headers.has(lower) ? `${headers.get(lower)}, ${value}` : value);
  }
  let raw: Buffer | undefined;
  const delivery: Delivery = {
    recording,
    seen,
    url,
    headers,
    header: headerReader(headers),
    get raw() {
      raw ??= bodyBytes(body);
      return raw;
    },
    payload: undefined,
  };
  try {
    // A text body is its own UTF-8 decoding: parse it as it is, without a round trip through bytes.
    delivery.payload = JSON.parse('text' in body ? body.text : delivery.raw.toString('utf8'));
  } catch (error) {
    delivery.parseError = `not JSON: ${(error as Error).message}`;
  }
  return delivery;
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
  const wide = contractWide(contract);
  const described = new Map<string, { headers: Set<string>; query: Set<string> }>();
  // A delivery of an unknown event is judged against what any event of the contract may carry.
  let anyEvent: { headers: Set<string>; query: Set<string> } | undefined;
  const describedFor = (event: EventContract | undefined) => {
    if (!event) {
      anyEvent ??= {
        headers: new Set([...wide.headers, ...contract.events.flatMap((e) => [...describedNames(e.headers, true)])]),
        query: new Set([...wide.query, ...contract.events.flatMap((e) => [...describedNames(e.query, false)])]),
      };
      return anyEvent;
    }
    let d = described.get(event.name);
    if (!d) {
      d = {
        headers: new Set([...wide.headers, ...describedNames(event.headers, true)]),
        query: new Set([...wide.query, ...describedNames(event.query, false)]),
      };
      described.set(event.name, d);
    }
    return d;
  };
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
      const event = readName({ url: d.url, headers: d.header }, item.payload);
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

/** What the delivery key reads of a delivery; the body bytes only when the key falls back to their hash. */
function keyed(d: Delivery): KeyedRequest {
  return {
    url: d.url,
    headers: d.header,
    get rawBody() {
      return d.raw;
    },
  };
}

function headerReader(headers: Map<string, string>): { get(name: string): string | null } {
  return { get: (name) => headers.get(name.toLowerCase()) ?? null };
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
  for (const issue of classifyIssues(own, item.payload)) {
    const pointer = `${item.general}${issue.general}`;
    const seen = { ...d.seen, pointer: `${item.concrete}${issue.pointer}` };
    const key = `${issue.kind}\u0000${event}\u0000${pointer}`;
    switch (issue.kind) {
      case 'undocumented-property': {
        const f = findings.note(key, seen, (s) => ({
          kind: issue.kind,
          count: 1,
          firstSeen: s,
          event,
          pointer,
          examples: [],
        }));
        keepExample(f.examples, issue.value);
        break;
      }
      case 'undocumented-enum-value': {
        const f = findings.note(key, seen, (s) => ({
          kind: issue.kind,
          count: 1,
          firstSeen: s,
          event,
          pointer,
          values: [],
        }));
        countValue(f.values, issue.value);
        break;
      }
      case 'type-difference': {
        const f = findings.note(key, seen, (s) => ({
          kind: issue.kind,
          count: 1,
          firstSeen: s,
          event,
          pointer,
          expected: issue.expected,
          seen: [] as { value: JsonType; count: number }[],
        }));
        for (const t of issue.expected) if (!f.expected.includes(t)) f.expected.push(t);
        countValue(f.seen, issue.seen);
        break;
      }
      case 'required-missing':
        findings.note(key, seen, (s) => ({ kind: issue.kind, count: 1, firstSeen: s, event, pointer }));
        break;
      case 'schema-difference':
        findings.note(`${key}\u0000${issue.keyword}`, seen, (s) => ({
          kind: issue.kind,
          count: 1,
          firstSeen: s,
          event,
          pointer,
          keyword: issue.keyword,
          message: issue.message,
        }));
        break;
    }
  }
}

/** Headers and query parameters the contract does not describe (generic and hop-by-hop headers aside). */
function checkOutsideBody(
  findings: Findings,
  d: Delivery,
  event: string | undefined,
  described: { headers: Set<string>; query: Set<string> },
): void {
  const redacted = new Set(d.recording.redacted ?? []);
  for (const [name, value] of d.headers) {
    if (described.headers.has(name) || isGenericHeader(name)) continue;
    const f = findings.note(`header\u0000${event ?? ''}\u0000${name}`, d.seen, (seen) => ({
      kind: 'undocumented-header',
      count: 1,
      firstSeen: seen,
      ...(event ? { event } : {}),
      name,
      examples: [] as string[],
    }));
    if (!redacted.has(name)) keepExample(f.examples, value);
  }
  for (const name of new Set(d.url.searchParams.keys())) {
    if (described.query.has(name)) continue;
    const f = findings.note(`query\u0000${event ?? ''}\u0000${name}`, d.seen, (seen) => ({
      kind: 'undocumented-query-parameter',
      count: 1,
      firstSeen: seen,
      ...(event ? { event } : {}),
      name,
      examples: [] as string[],
    }));
    if (!redacted.has(name)) keepExample(f.examples, d.url.searchParams.get(name) ?? '');
  }
}

/**
 * The signature check of a run: with secrets, the raw bytes re-verified at the time the delivery arrived (so a
 * timestamp window is judged as the receiver judged it); without, the verdict the recording carries.
 */
function signatureCheck(
  contract: Contract,
  secrets: readonly string[] | undefined,
): (d: Delivery) => { problem: string; checkedBy: 'recording' | 'secret' } | undefined {
  const scheme = schemeModule(contract.signature);
  if (!scheme.signs) return () => undefined;
  const recorded = (d: Delivery) =>
    d.recording.signature && !d.recording.signature.valid
      ? { problem: d.recording.signature.problem ?? 'invalid', checkedBy: 'recording' as const }
      : undefined;
  if (!secrets?.length) return recorded;
  // A recording whose signature values were redacted cannot be re-verified: its recorded verdict stands.
  const fields = new Set(signatureFieldNames(contract));
  const redacted = (d: Delivery) => (d.recording.redacted ?? []).some((name) => fields.has(name.toLowerCase()));
  return (d) => {
    if (redacted(d)) return recorded(d);
    const at = Date.parse(d.recording.receivedAt);
    try {
      verifySignature(
        contract.signature,
        { rawBody: d.raw, headers: d.header, query: d.url.searchParams },
        secrets,
        Number.isNaN(at) ? {} : { now: () => at },
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof SignatureVerificationError)) throw error;
      return { problem: `${error.reason} (${error.location} ${error.field})`, checkedBy: 'secret' };
    }
  };
}
