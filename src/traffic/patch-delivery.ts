/**
 * `drift --patch` for retries the platform made beyond its documented policy: `x-chathooks-delivery.retries` gains
 * the positions seen (or a shorter delay where a retry came sooner), each the shortest gap seen between arrivals,
 * and an empty `retryOn` the conditions the retried attempts were answered with. A proposal like every other: the
 * note says where it came from, the user decides.
 */
import type { RetryCondition } from '../model/model.js';
import type { Ctx, Of } from './patch-context.js';
import { addNote, resolve, where } from './patch-yaml.js';

/** The retry condition an attempt's recorded answer shows, if any (a success or an unknown answer shows none). */
function conditionOf(answer: string, success: '2xx' | number[]): RetryCondition | undefined {
  if (answer === 'timeout') return 'timeout';
  if (answer === 'network' || answer === 'refused' || answer === 'forward-failed') return 'network';
  const status = Number(answer);
  if (!Number.isInteger(status)) return undefined;
  const ok = success === '2xx' ? status >= 200 && status < 300 : success.includes(status);
  return ok ? undefined : 'non-2xx';
}

/** The policy's delays widened to what the findings show: more positions, or shorter delays where retries came sooner. */
function observedRetries(policy: readonly number[], findings: readonly Of<'retry'>[]): number[] {
  const retries = [...policy];
  for (const f of findings)
    f.gapsMs.forEach((gap, i) => {
      if (gap < 0) return;
      if (i >= policy.length) retries[i] = Math.min(retries[i] ?? gap, gap);
      else if (f.tooSoon.some((s) => s.attempt === i + 2)) retries[i] = Math.min(retries[i]!, gap);
    });
  return retries;
}

/**
 * Widen the delivery policy to the retries seen.
 *
 * @example
 * widenRetries(ctx, report.findings.filter((f) => f.kind === 'retry'));
 * // x-chathooks-delivery.retries: [] → [2500], retryOn: [] → [non-2xx]
 */
export function widenRetries(ctx: Ctx, findings: readonly Of<'retry'>[]): void {
  if (findings.length === 0) return;
  const policy = ctx.contract.delivery;
  if (!ctx.doc.has('x-chathooks-delivery'))
    ctx.doc.set(
      'x-chathooks-delivery',
      ctx.doc.createNode({ timeoutMs: policy.timeoutMs, retries: [], retryOn: [], success: policy.success }),
    );
  const delivery = resolve(ctx.doc, {
    node: ctx.doc.get('x-chathooks-delivery', true),
    path: ['x-chathooks-delivery'],
  });
  if (!delivery) return void ctx.skipped.push('retries: x-chathooks-delivery is not a map');
  const retries = observedRetries(policy.retries, findings);
  const changes: string[] = [];
  if (retries.join() !== policy.retries.join()) {
    delivery.node.set('retries', ctx.doc.createNode(retries, { flow: true }));
    changes.push(`retries [${policy.retries.join(', ')}] → [${retries.join(', ')}]`);
  }
  if (policy.retryOn.length === 0) {
    const seen = new Set<RetryCondition>();
    for (const f of findings)
      for (const answer of f.answers.slice(0, -1)) {
        const condition = conditionOf(answer, policy.success);
        if (condition) seen.add(condition);
      }
    if (seen.size) {
      delivery.node.set('retryOn', ctx.doc.createNode([...seen].sort(), { flow: true }));
      changes.push(`retryOn [] → [${[...seen].sort().join(', ')}]`);
    } else ctx.skipped.push('retryOn: the recordings do not show what the retried attempts were answered');
  }
  if (changes.length === 0) return;
  const most = Math.max(...findings.map((f) => f.attempts));
  const first = findings[0]!.firstSeen;
  addNote(
    delivery.node,
    `Retries widened by chathooks drift on ${ctx.today} from ${findings.length} deliver${findings.length === 1 ? 'y' : 'ies'} attempted up to ${most} times (first: ${first.file ?? `recording ${first.id}`} at ${first.receivedAt}); delays are the shortest gaps seen between arrivals.`,
    'notes',
  );
  ctx.changes.push(`delivery policy: ${changes.join(', ')} at ${where(delivery.path)}`);
}
