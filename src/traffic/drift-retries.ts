/**
 * Retries seen against the delivery policy: deliveries grouped by their delivery key (the contract's idempotency
 * key, else a hash of the raw body — what a receiver dedupes on), attempts counted and spaced by `receivedAt`.
 */
import type { DeliveryPolicy } from '../model/model.js';
import type { Recording } from './recording.js';
import type { DriftFinding, Seen } from './drift-findings.js';

/**
 * How much sooner than the documented delay a retry may arrive and still count as on time: the larger of
 * `ratio` × the delay and `minMs` (recording clocks and the platform's scheduler both jitter).
 */
export interface RetryTolerance {
  ratio: number;
  minMs: number;
}

/** 10 % of the delay, at least 250 ms. */
export const DEFAULT_RETRY_TOLERANCE: RetryTolerance = { ratio: 0.1, minMs: 250 };

/** Keys longer than this are cut in reports (a key is built from what the sender sent). */
const MAX_KEY_CHARS = 200;

interface Attempt {
  at: number;
  seen: Seen;
  answer: string;
}

/** What an attempt was answered, as recorded: the reply status, the failure (`timeout`, `network`…), or `unknown`. */
function answerOf(recording: Recording): string {
  if (recording.failure) return recording.failure.kind;
  return recording.reply ? String(recording.reply.status) : 'unknown';
}

/**
 * Collects attempts per delivery key; `findings` judges each group against the policy.
 *
 * @example
 * const tracker = new RetryTracker(contract.delivery, DEFAULT_RETRY_TOLERANCE);
 * tracker.add(key, 'message', delivery);
 * tracker.findings(); // [{ kind: 'retry', attempts: 5, allowed: 4, tooMany: true, … }]
 */
export class RetryTracker {
  private readonly groups = new Map<string, { event: string | undefined; attempts: Attempt[] }>();

  constructor(
    private readonly policy: DeliveryPolicy,
    private readonly tolerance: RetryTolerance,
  ) {}

  add(key: string, event: string | undefined, delivery: { recording: Recording; seen: Seen }): void {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { event, attempts: [] }));
    group.attempts.push({
      at: Date.parse(delivery.recording.receivedAt),
      seen: delivery.seen,
      answer: answerOf(delivery.recording),
    });
  }

  /** A finding per delivery attempted more often than the policy allows, or retried sooner than its delays. */
  findings(): DriftFinding[] {
    const allowed = 1 + this.policy.retries.length;
    const out: DriftFinding[] = [];
    for (const [key, group] of this.groups) {
      if (group.attempts.length < 2) continue;
      const attempts = [...group.attempts].sort((a, b) => a.at - b.at);
      const gapsMs = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
      const tooSoon = gapsMs.flatMap((gapMs, i) => {
        const documentedMs = this.policy.retries[i];
        if (documentedMs === undefined || Number.isNaN(gapMs)) return [];
        const toleranceMs = Math.max(this.tolerance.minMs, Math.round(documentedMs * this.tolerance.ratio));
        return gapMs < documentedMs - toleranceMs ? [{ attempt: i + 2, gapMs, documentedMs, toleranceMs }] : [];
      });
      const tooMany = attempts.length > allowed;
      if (!tooMany && tooSoon.length === 0) continue;
      out.push({
        kind: 'retry',
        count: attempts.length,
        firstSeen: attempts[0]!.seen,
        ...(group.event ? { event: group.event } : {}),
        key: key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key,
        attempts: attempts.length,
        allowed,
        gapsMs: gapsMs.map((g) => (Number.isNaN(g) ? -1 : g)),
        answers: attempts.map((a) => a.answer),
        tooMany,
        tooSoon,
      });
    }
    return out;
  }
}
