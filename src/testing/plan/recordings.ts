/**
 * Recorded deliveries replayed against a receiver (`replay --from`, `describeContract({ recordings })`): each
 * sent as recorded — the exact body bytes, headers and query — or re-signed with the secret (a fresh timestamp
 * where the scheme has one, the recorded message id kept), then judged as the generated cases are: a delivery
 * of a known event with a valid payload must be acknowledged (status, reply schema); one the spec does not know,
 * one whose body is not JSON or fails the event's schema, or one whose recorded signature did not verify, is
 * held to the expectation of that check (`unknown-event`, `malformed-json`, `invalid-payload`, `wrong-signature`).
 */
import type { FramedRequest } from '../../delivery/deliver.js';
import { batchItems, itemEventName } from '../../model/batch.js';
import { eventNameReader } from '../../model/event-name.js';
import type { EventContract } from '../../model/model.js';
import { signRequest } from '../../signing/index.js';
import { schemeModule } from '../../signing/registry.js';
import { bodyBytes, type Recording } from '../../traffic/recording.js';
import type { CheckName } from '../groups.js';
import { checkCase, deliveryFor, type Request } from './cases.js';
import type { PlanContext, PlannedCase, ResolvedTarget } from './context.js';
import { HOP_BY_HOP_HEADERS } from '../../model/hop-by-hop.js';

/** Headers that describe one connection, not the delivery (RFC 9110 §7.6.1), and those the transport sets itself. */
const DROPPED = new Set([...HOP_BY_HOP_HEADERS, 'host', 'content-length']);

/** The recorded headers worth sending again, repeated names joined as one field (RFC 9110 §5.3). */
function replayHeaders(recording: Recording): Record<string, string> {
  const headers: Record<string, string> = {};
  const connection = new Set(
    recording.request.headers
      .filter(([name]) => name === 'connection')
      .flatMap(([, value]) => value.split(',').map((v) => v.trim().toLowerCase())),
  );
  for (const [name, value] of recording.request.headers) {
    const key = name.toLowerCase();
    if (DROPPED.has(key) || connection.has(key)) continue;
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return headers;
}

/** The target's URL with the recorded query string (the target's own parameters first). */
function replayUrl(target: ResolvedTarget, recording: Recording): URL {
  const url = new URL(target.url);
  const recorded = new URL(recording.request.url, 'http://recorded.invalid');
  for (const [k, v] of recorded.searchParams) url.searchParams.append(k, v);
  return url;
}

/**
 * A recorded request made ready for the target; with `secret`, its signature replaced by a fresh one over the
 * same bytes (the recorded message id kept, so a receiver's duplicate check sees the same delivery).
 */
function replayRequest(ctx: PlanContext, target: ResolvedTarget, recording: Recording): Request {
  const url = replayUrl(target, recording);
  const headers = replayHeaders(recording);
  const bytes = bodyBytes(recording.request.body);
  if (ctx.signs && ctx.secret !== undefined) {
    const scheme = schemeModule(ctx.contract.signature);
    const idHeader = scheme
      .deliveryKeyHint()
      .find((k) => k.startsWith('header:'))
      ?.slice('header:'.length);
    const id = idHeader ? headers[idHeader.toLowerCase()] : undefined;
    const signed = signRequest(ctx.contract.signature, {
      rawBody: bytes,
      secret: ctx.secret,
      now: ctx.now,
      ...(id ? { id } : {}),
    });
    for (const [k, v] of Object.entries(signed.headers)) headers[k.toLowerCase()] = v;
    for (const [k, v] of Object.entries(signed.query)) url.searchParams.set(k, v);
  }
  const request: FramedRequest = {
    method: recording.request.method,
    url: url.href,
    headers,
    body: bytes.toString('utf8'),
    bytes,
  };
  return request;
}

/** The event a recording is of: as recorded, else read by the spec's discriminator (inside the first item of a batch). */
function eventOf(ctx: PlanContext, recording: Recording, payload: unknown): EventContract | undefined {
  let name = recording.event ?? undefined;
  const { batch } = ctx.contract;
  if (recording.event === undefined && batch) {
    const first = batchItems(batch, payload)?.[0];
    name = first === undefined ? undefined : itemEventName(ctx.contract, first);
  } else if (recording.event === undefined) {
    const url = new URL(recording.request.url, 'http://recorded.invalid');
    const headers = new Headers(recording.request.headers);
    name = eventNameReader(ctx.contract)({ url, headers }, payload);
  }
  return name === undefined ? undefined : ctx.contract.events.find((e) => e.name === name);
}

function parsed(recording: Recording): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bodyBytes(recording.request.body).toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

/** `<event> / recorded <time> (<id>)`: unique per recording, sorted by arrival within an event. */
function caseName(recording: Recording, event: EventContract | undefined): string {
  const what = event?.name ?? `${recording.event ?? 'unknown event'} (not in the spec)`;
  return `${what} / recorded ${recording.receivedAt} (${recording.id})`;
}

/** Which check a recording that must not simply be acknowledged is held to, with the reason in words. */
function checkFor(
  ctx: PlanContext,
  recording: Recording,
  event: EventContract | undefined,
  body: ReturnType<typeof parsed>,
): { check: CheckName; hint: string } | undefined {
  if (recording.signature?.valid === false && !ctx.signs)
    return {
      check: 'wrong-signature',
      hint: `its recorded signature did not verify (${recording.signature.problem ?? 'mismatch'}); pass --secret to re-sign it`,
    };
  if (!event)
    return {
      check: 'unknown-event',
      hint: `"${recording.event ?? '(no event name)'}" is not an event of ${ctx.contract.title}`,
    };
  if (!body.ok) return { check: 'malformed-json', hint: 'the recorded body is not JSON' };
  // A batch body is judged whole: the envelope, then each item against its own event.
  const validate = ctx.contract.batch ? ctx.source.batchValidator : ctx.source.validators[event.name];
  if (validate && !validate(body.value)) {
    const issue = validate.errors?.[0];
    return {
      check: 'invalid-payload',
      hint: `the recorded payload fails ${event.name}'s schema${issue ? ` at ${issue.pointer || '/'}: ${issue.message}` : ''}`,
    };
  }
  return undefined;
}

/**
 * One case per recording, in the order given.
 *
 * @example
 * planRecordings(planContext({ contract: tencent, secret }), recordings).map((c) => c.name);
 * // ['Group.CallbackBeforeSendMsg / recorded 2026-11-30T11:22:33.456Z (0123abcd4567ef89)', …]
 */
export function planRecordings(ctx: PlanContext, recordings: readonly Recording[]): PlannedCase[] {
  return recordings.map((recording) => {
    const body = parsed(recording);
    const event = eventOf(ctx, recording, body.ok ? body.value : undefined);
    const name = caseName(recording, event);
    const build = (target: ResolvedTarget): Request => replayRequest(ctx, target, recording);
    const { batch } = ctx.contract;
    // An empty batch is the platform's endpoint check where the contract says so: acknowledged like a delivery.
    if (batch?.empty === 'verification' && body.ok && batchItems(batch, body.value)?.length === 0)
      return deliveryFor(
        ctx,
        `endpoint check / recorded ${recording.receivedAt} (${recording.id})`,
        'recordings',
        undefined,
        build,
      );
    const check = checkFor(ctx, recording, event, body);
    if (check) return checkCase(ctx, name, check.check, event, build, check.hint, 'recordings');
    return deliveryFor(ctx, name, 'recordings', event!, build);
  });
}
