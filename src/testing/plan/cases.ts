/**
 * The two kinds of case every planner builds: a delivery the receiver must acknowledge, and a check whose
 * answer is held to its expectation. Both frame and sign as the platform does, send once, and keep the
 * request and the reply in the result when they fail.
 */
import {
  accepted,
  describeCut,
  frameRequest,
  judgeReply,
  replyCut,
  sendOnce,
  type SendResult,
  type Transcript,
} from '../../delivery/deliver.js';
import { isObject } from '../../model/json.js';
import type { EventContract } from '../../model/model.js';
import { describeExpectation, meets } from '../expectations.js';
import { groupOf, type CheckName } from '../groups.js';
import { clip, type CaseResult } from '../report.js';
import type { PlanContext, PlannedCase, ResolvedTarget } from './context.js';

export type Request = Transcript['request'];

/** One delivery to frame: a payload or raw bytes, signed with `secret` when given. */
export interface Frame {
  event: string;
  payload?: unknown;
  /** Batch contracts: the events of the delivery, in order (default: `[payload]`). */
  items?: readonly unknown[];
  rawBody?: string;
  secret?: string | undefined;
  appId?: string | undefined;
  now?: () => number;
}

/** Frame a delivery as the platform sends it. */
export function frame(ctx: PlanContext, target: ResolvedTarget, f: Frame): Request {
  return frameRequest(
    ctx.contract,
    {
      url: target.url,
      event: f.event,
      ...(f.rawBody !== undefined ? { rawBody: f.rawBody } : { payload: f.payload }),
      ...(f.items !== undefined ? { items: f.items } : {}),
      ...(f.secret !== undefined ? { secret: f.secret } : {}),
      ...(f.appId !== undefined ? { appId: f.appId } : {}),
    },
    f.now ?? ctx.now,
  );
}

/** The secret and app id a delivery the receiver should take carries. */
export const credentials = (ctx: PlanContext): Pick<Frame, 'secret' | 'appId'> => ({
  secret: ctx.signs ? ctx.secret : undefined,
  appId: ctx.appId,
});

export function send(ctx: PlanContext, target: ResolvedTarget, request: Request): Promise<SendResult> {
  return sendOnce(request, {
    timeoutMs: ctx.timeoutMs,
    signal: target.signal,
    fetch: target.fetch,
    maxReplyBytes: ctx.maxReplyBytes,
  });
}

/** A case's result: passed, or failed with the reason, the request and the reply. */
export function caseResult(
  c: Pick<CaseResult, 'name' | 'group' | 'event'>,
  r: SendResult,
  request: Request,
  reason: string | undefined,
): CaseResult {
  const out: CaseResult = {
    ...c,
    outcome: reason ? 'failed' : 'passed',
    latencyMs: Math.round(r.latencyMs * 100) / 100,
  };
  if (reason) {
    out.reason = reason;
    out.request = { ...request, body: clip(request.body) };
    const cut = replyCut(r);
    out.reply = {
      ...(r.status !== undefined ? { status: r.status } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.text !== undefined ? { body: clip(r.text) } : {}),
      ...(cut ?? {}),
    };
  }
  return out;
}

const snippet = (text: string | undefined): string => {
  if (text === undefined || text === '') return '';
  const one = text.replace(/\s+/g, ' ');
  return `: ${one.length > 120 ? `${one.slice(0, 120)}…` : one}`;
};

const successes = (ctx: PlanContext): string => (ctx.policy.success === '2xx' ? '2xx' : ctx.policy.success.join('/'));

/** What the platform does when a delivery times out, for the reason. */
function onTimeout(ctx: PlanContext, event: EventContract | undefined): string {
  const { policy } = ctx;
  if (event?.kind === 'before' && policy.onTimeout)
    return ` and ${policy.onTimeout === 'proceed' ? 'lets the action proceed' : 'blocks the action'}`;
  return policy.retries.length ? ' and sends it again' : '';
}

/** Why a delivery that must be acknowledged was not, in one line; undefined when it was. */
export function positiveFailure(ctx: PlanContext, event: EventContract | undefined, r: SendResult): string | undefined {
  const { policy, maxReplyBytes } = ctx;
  if (r.error === 'timeout')
    return `no reply within ${ctx.timeoutMs} ms: the platform gives up then${onTimeout(ctx, event)}`;
  if (r.error) return `no reply: ${r.errorMessage ?? r.error}`;
  const cut = replyCut(r);
  const judged = judgeReply(ctx.source, event, r.status!, r.text ?? '', policy, cut && { how: cut, maxReplyBytes });
  if (!accepted(r.status!, policy.success)) {
    return `answered ${r.status}; the platform accepts only ${successes(ctx)}${policy.retries.length ? ' and sends it again' : ''}${snippet(r.text)}`;
  }
  if (judged.replyValid === false && cut) {
    return `${describeCut(cut, maxReplyBytes)}; a reply cut short cannot satisfy ${event?.name ?? 'the'} reply schema — answer with the small JSON reply the platform reads (or raise maxReplyBytes)`;
  }
  if (judged.replyValid === false) {
    const issues = (judged.replyIssues ?? []).slice(0, 2).map((i) => `${i.pointer || '/'} ${i.message}`);
    return `reply does not satisfy ${event?.name ?? 'the'} reply schema: ${issues.join('; ')}${snippet(r.text)}`;
  }
  return undefined;
}

/** A delivery the receiver must acknowledge; `hint` follows a failure that got an answer. */
export function deliveryCase(
  ctx: PlanContext,
  name: string,
  group: string,
  event: EventContract,
  body: Omit<Frame, 'event' | 'secret' | 'appId'>,
  hint?: string,
): PlannedCase {
  return {
    name,
    group,
    event: event.name,
    async run(target) {
      const request = frame(ctx, target, { event: event.name, ...body, ...credentials(ctx) });
      const r = await send(ctx, target, request);
      const failure = positiveFailure(ctx, event, r);
      return caseResult(
        { name, group, event: event.name },
        r,
        request,
        failure && hint && r.status !== undefined ? `${failure} — ${hint}` : failure,
      );
    },
  };
}

/** A negative check: the answer is held to the check's expectation; `hint` says what the delivery was. */
export function checkCase(
  ctx: PlanContext,
  name: string,
  check: CheckName,
  event: EventContract | undefined,
  build: (target: ResolvedTarget) => Request,
  hint: string,
): PlannedCase {
  const group = groupOf(check);
  const about = event ? { event: event.name } : {};
  return {
    name,
    group,
    ...about,
    async run(target) {
      const expectation = ctx.expectations[check];
      const request = build(target);
      const r = await send(ctx, target, request);
      let reason: string | undefined;
      if (r.error === 'timeout')
        reason = `no reply within ${ctx.timeoutMs} ms; expected ${describeExpectation(expectation, ctx.policy)}`;
      else if (r.error) reason = `no reply: ${r.errorMessage ?? r.error}`;
      else if (!meets(expectation, r.status!, ctx.policy))
        reason = `answered ${r.status}; expected ${describeExpectation(expectation, ctx.policy)} — ${hint}${snippet(r.text)}`;
      return caseResult({ name, group, ...about }, r, request, reason);
    },
  };
}

/**
 * The sample's body for one check: tagged with the check's name where the schema allows it, so each check sends
 * a body no other case sends and a receiver that refuses repeats cannot pass a check by accident.
 */
export function sampleBody(ctx: PlanContext, check: CheckName): unknown {
  const { event, example } = ctx.sample!;
  const validate = ctx.source.validators[event.name];
  const tagged = isObject(example.payload) ? { ...example.payload, chathooks_check: check } : undefined;
  return tagged !== undefined && (!validate || validate(tagged)) ? tagged : example.payload;
}

/** The sample, tagged for `check`, signed with the secret as given; `extra` changes what the check is about. */
export function signedSample(
  ctx: PlanContext,
  target: ResolvedTarget,
  check: CheckName,
  extra: Partial<Frame> = {},
): Request {
  return frame(ctx, target, {
    event: ctx.sample!.event.name,
    payload: sampleBody(ctx, check),
    secret: ctx.secret,
    appId: ctx.appId,
    ...extra,
  });
}
