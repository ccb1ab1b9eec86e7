/**
 * What `listen` notices about a delivery before passing it on, without ever refusing it for that: the
 * signature checked with the real secret, the event named by the spec's discriminator, the payload read
 * tolerantly (and strictly, where the runtime contract has strict validators). Everything it finds that the
 * spec does not describe is a drift mark, shown on the live line and kept with the delivery.
 */
import type { ValidationIssue } from '../model/ajv.js';
import { batchItems, itemEventName } from '../model/batch.js';
import { eventNameReader } from '../model/event-name.js';
import type { EventContract } from '../model/model.js';
import type { GuardValidator, RuntimeContract } from '../model/runtime.js';
import { type StrictFinding, strictFindings } from '../model/strict-findings.js';
import { SignatureVerificationError } from '../signing/errors.js';
import { schemeModule } from '../signing/registry.js';
import { prepareVerify, type PreparedVerify } from '../signing/verify.js';

/** Something a delivery carries that its spec does not describe (or a signature that does not match). */
export type DriftMark =
  | { kind: 'signature'; problem: string }
  | { kind: 'unknown-event'; event: string | null }
  | { kind: 'not-json' }
  | { kind: 'method'; method: string; expected: string }
  | { kind: 'invalid-payload'; issues: ValidationIssue[] }
  | { kind: 'strict'; issues: ValidationIssue[] };

/** A delivery as `listen` read it. */
export interface Inspection {
  /** The event name the discriminator reads (null: none readable). */
  event: string | null;
  /** The spec's event of that name, when the spec knows it. */
  known: EventContract | undefined;
  /** The signature check, when a secret was given and the scheme signs. */
  signature?: { valid: boolean; problem?: string };
  marks: DriftMark[];
}

/** The request parts the inspection reads. */
export interface Inspected {
  method: string;
  /** The request target as received (path and query). */
  target: string;
  header: (name: string) => string | undefined;
  body: Buffer;
}

/** The strict reading's findings on a payload as one mark, pointers prefixed with `at` (an item of a batch). */
function markStrict(runtime: RuntimeContract, event: string, payload: unknown, at: string, marks: DriftMark[]): void {
  let findings: StrictFinding[];
  try {
    findings = strictFindings(runtime.strictValidators?.[event], payload);
  } catch {
    return; // a generated module's strict code needs Node's require: without it, no strict reading
  }
  if (findings.length)
    marks.push({
      kind: 'strict',
      issues: findings.map((f) => ({ pointer: `${at}${f.pointer}`, keyword: f.keyword, message: f.message })),
    });
}

/** A batch's marks: the envelope and every event tolerantly, each event strictly, unknown event types by name. */
function markBatch(
  runtime: RuntimeContract,
  body: unknown,
  events: ReadonlyMap<string, unknown>,
  marks: DriftMark[],
): void {
  const { contract } = runtime;
  const batch = contract.batch!;
  const whole = runtime.batchValidator;
  if (whole && !whole(body)) {
    marks.push({ kind: 'invalid-payload', issues: issuesOf(whole as unknown as GuardValidator<unknown>) });
    return;
  }
  for (const [index, item] of (batchItems(batch, body) ?? []).entries()) {
    const name = itemEventName(contract, item);
    if (name === undefined || !events.has(name)) marks.push({ kind: 'unknown-event', event: name ?? null });
    else markStrict(runtime, name, item, `${batch.items}/${index}`, marks);
  }
}

function issuesOf(validate: GuardValidator<unknown>): ValidationIssue[] {
  return validate.errors
    ? validate.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword, message: e.message }))
    : [];
}

const URL_BASE = 'http://listen.local';

/**
 * The inspection of a contract's deliveries, with the secrets prepared once (an empty one throws an OptionError
 * naming `secretOption`).
 *
 * @example
 * const inspect = inspector(tencent, { secrets: [token], now: Date.now });
 * inspect({ method: 'POST', target: '/im?CallbackCommand=…&Sign=…', header, body }).marks; // [] when all is as documented
 */
export function inspector(
  runtime: RuntimeContract,
  options: { secrets: readonly string[]; now: () => number; secretOption?: string },
): (request: Inspected) => Inspection {
  const { contract } = runtime;
  const events = new Map(contract.events.map((e) => [e.name, e]));
  const eventName = eventNameReader(contract);
  const expectedMethod = contract.transport.method.toUpperCase();
  const verify: PreparedVerify | undefined =
    options.secrets.length > 0 && schemeModule(contract.signature).signs
      ? prepareVerify(contract.signature, options.secrets, options.now, options.secretOption)
      : undefined;
  return (request) => {
    const marks: DriftMark[] = [];
    let url: URL | undefined;
    const parsedUrl = (): URL => (url ??= parseTarget(request.target));
    const out: Inspection = { event: null, known: undefined, marks };
    if (verify) out.signature = checkSignature(verify, request, parsedUrl);
    if (out.signature && !out.signature.valid) marks.push({ kind: 'signature', problem: out.signature.problem! });
    if (request.method.toUpperCase() !== expectedMethod)
      marks.push({ kind: 'method', method: request.method, expected: expectedMethod });
    let payload: unknown;
    try {
      payload = JSON.parse(request.body.toString('utf8'));
    } catch {
      marks.push({ kind: 'not-json' });
    }
    const source = {
      get url() {
        return parsedUrl();
      },
      headers: { get: (name: string) => request.header(name) ?? null },
    };
    out.event = eventName(source, payload) ?? null;
    if (contract.batch && payload !== undefined) {
      // A batch (LINE): the envelope and each event by its own schema; an empty batch is the endpoint check.
      out.known = out.event === null ? undefined : events.get(out.event);
      markBatch(runtime, payload, events, marks);
      return out;
    }
    out.known = out.event === null ? undefined : events.get(out.event);
    if (!out.known) {
      marks.push({ kind: 'unknown-event', event: out.event });
      return out;
    }
    if (payload === undefined) return out;
    const tolerant = runtime.validators[out.known.name];
    if (tolerant && !tolerant(payload)) marks.push({ kind: 'invalid-payload', issues: issuesOf(tolerant) });
    // The strict reading only where the tolerant one passed: a refused payload is one finding, not two.
    else markStrict(runtime, out.known.name, payload, '', marks);
    return out;
  };
}

function checkSignature(
  verify: PreparedVerify,
  request: Inspected,
  url: () => URL,
): { valid: boolean; problem?: string } {
  try {
    verify(request.body, request.header, () => url().searchParams);
    return { valid: true };
  } catch (error) {
    if (error instanceof SignatureVerificationError) return { valid: false, problem: error.message };
    // Whatever else a request can make a check throw, it is a failed check of that request, not a crash of listen.
    return {
      valid: false,
      problem: `Signature verification failed: the request could not be checked (${(error as Error).message})`,
    };
  }
}

/** The request target as a URL; one that does not parse (an absolute-form target node let through) has no query. */
function parseTarget(target: string): URL {
  try {
    return new URL(target, URL_BASE);
  } catch {
    return new URL(URL_BASE);
  }
}

/**
 * One short phrase per mark, for the live line.
 *
 * @example
 * describeMark({ kind: 'unknown-event', event: 'Group.CallbackAfterNewThing' }); // 'unknown event Group.CallbackAfterNewThing'
 */
export function describeMark(mark: DriftMark): string {
  switch (mark.kind) {
    case 'signature':
      return `signature failed (${mark.problem.replace(/^Signature verification failed: /, '').replace(/\.$/, '')})`;
    case 'unknown-event':
      return mark.event === null ? 'no event name' : `unknown event ${mark.event}`;
    case 'not-json':
      return 'body is not JSON';
    case 'method':
      return `method ${mark.method}, the spec says ${mark.expected}`;
    case 'invalid-payload':
      return `invalid payload (${issueList(mark.issues)})`;
    case 'strict':
      return `undocumented (${issueList(mark.issues)})`;
  }
}

/** The first few issues as `pointer keyword`, and how many more. */
function issueList(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.pointer || '/'} ${i.keyword}`);
  return issues.length > 3 ? `${shown.join(', ')}, +${issues.length - 3} more` : shown.join(', ');
}
