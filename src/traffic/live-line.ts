/**
 * How `listen` shows a delivery: one line per delivery for a terminal (time, event, the status the platform got
 * and how long it took, the reply verdict, drift marks), or one JSON object for machines.
 */
import { accepted, retryable } from '../delivery/deliver.js';
import type { DeliveryPolicy } from '../model/model.js';
import type { ListenDelivery } from './exchange.js';
import { describeMark } from './inspect.js';

/** Milliseconds as the live line shows them: one decimal below 10 ms, whole above. */
function ms(value: number): string {
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

/** Whether the platform sends again after `status`, said for the live line. */
function retryNote(status: number, policy: DeliveryPolicy): string {
  return retryable({ status }, policy.retryOn)
    ? 'the platform counts it as failed and retries'
    : 'the platform counts it as failed; its policy does not retry';
}

/** What the platform makes of the answer: the verdict of a relayed reply, or the failure and whether it retries. */
function outcome(d: ListenDelivery, policy: DeliveryPolicy): string {
  if (d.failure) {
    const { status } = d.failure;
    return `${d.failure.kind}: ${d.failure.message}${status === undefined ? '' : ` (${retryNote(status, policy)})`}`;
  }
  const v = d.verdict;
  if (!v || !d.reply) return '';
  if (v.ok) return 'reply ok';
  if (!accepted(d.reply.status, policy.success))
    return `reply status ${d.reply.status}: ${retryNote(d.reply.status, policy)}`;
  const issues = (v.replyIssues ?? []).slice(0, 3).map((i) => `${i.pointer || '/'} ${i.message}`);
  return `reply invalid (${issues.join('; ')}): the platform counts it as failed`;
}

/**
 * The live line of a delivery.
 *
 * @example
 * formatLiveLine(delivery, tencent.contract.delivery);
 * // '11:42:03.120 Group.CallbackBeforeSendMsg → 200 in 3.1 ms · reply ok'
 */
export function formatLiveLine(d: ListenDelivery, policy: DeliveryPolicy): string {
  const time = d.receivedAt.slice(11, 23);
  const event = d.event ?? '(no event name)';
  const status = d.reply ? `${d.reply.status} in ${ms(d.reply.latencyMs)}` : 'no answer';
  const parts = [`${time} ${event} → ${status}`];
  const said = outcome(d, policy);
  if (said) parts.push(said);
  if (d.marks.length) parts.push(`drift: ${d.marks.map(describeMark).join('; ')}`);
  if (d.abandoned) parts.push('the platform gave up before the answer');
  if (d.file) parts.push(`recorded ${d.file}`);
  if (d.recordError) parts.push(d.recordError);
  return parts.join(' · ');
}

/**
 * The JSON form of a delivery (`listen --json`): everything the live line says, as fields; no bodies.
 *
 * @example
 * io.out(JSON.stringify(deliveryJson(delivery)));
 */
export function deliveryJson(d: ListenDelivery): Record<string, unknown> {
  return {
    type: 'delivery',
    seq: d.seq,
    receivedAt: d.receivedAt,
    spec: d.spec,
    event: d.event,
    kind: d.kind,
    forwarded: d.forwarded,
    status: d.reply?.status ?? null,
    latencyMs: d.reply ? Math.round(d.reply.latencyMs * 1000) / 1000 : null,
    ...(d.verdict ? { verdict: d.verdict } : {}),
    ...(d.failure ? { failure: d.failure } : {}),
    ...(d.signature ? { signature: d.signature } : {}),
    marks: d.marks,
    ...(d.abandoned ? { abandoned: true } : {}),
    ...(d.file ? { file: d.file } : {}),
    ...(d.recordError ? { recordError: d.recordError } : {}),
  };
}
