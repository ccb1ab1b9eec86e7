/**
 * What a sender saw of one attempt under a fault scenario, judged from the step the mock played (the record's
 * parsed `step`, never its scenario text): the provider contract holds the sender's next move against this.
 */
import { accepted, type Attempt } from '../delivery/deliver.js';
import type { RecordedDelivery } from '../mock/core.js';
import { assertNever } from '../model/assert-never.js';
import type { DeliveryPolicy, EventContract } from '../model/model.js';

export interface SeenAnswer {
  /** No answer within the platform's timeout: the mock hung, or answered later than the sender waits. */
  timedOut: boolean;
  /** The attempt as the delivery engine's retry rule reads it. */
  failure: Pick<Attempt, 'error' | 'status'>;
  /** Whether the sender may take the answer as an acknowledgement. */
  acknowledged: boolean;
}

const TIMED_OUT: SeenAnswer = { timedOut: true, failure: { error: 'timeout' }, acknowledged: false };

/**
 * What the sender saw of attempt `d`, for a policy whose waits run at `scale`.
 *
 * @example
 * answerSeen(delivery, policy, 0.01, event); // { timedOut: true, failure: { error: 'timeout' }, acknowledged: false } for a `timeout` step
 */
export function answerSeen(
  d: RecordedDelivery,
  policy: DeliveryPolicy,
  scale: number,
  event: EventContract | undefined,
): SeenAnswer {
  // Every step but timeout and reset answers with a status; so does a refused scenario header (no step).
  const answered = (): SeenAnswer => ({
    timedOut: false,
    failure: { status: d.answer as number },
    acknowledged: accepted(d.answer as number, policy.success),
  });
  const { step } = d;
  if (!step) return answered();
  switch (step.kind) {
    case 'timeout':
      return TIMED_OUT;
    case 'reset':
      return { timedOut: false, failure: { error: 'network' }, acknowledged: false };
    case 'delay':
      return step.ms > policy.timeoutMs * scale ? TIMED_OUT : answered();
    case 'malformed': {
      // A non-JSON 200 acknowledges only an event whose reply the sender does not read.
      const seen = answered();
      return event?.reply ? { ...seen, acknowledged: false } : seen;
    }
    case 'ok':
    case 'status':
      return answered();
    default:
      return assertNever(step);
  }
}

/**
 * The answer to attempt `d` in words, for a failure's reason.
 *
 * @example
 * describeAnswer(delivery); // 'a dropped connection' for a `reset` step, 'a 503' for `status:503`
 */
export function describeAnswer(d: RecordedDelivery): string {
  const { step } = d;
  if (!step) return `a ${d.answer}`;
  switch (step.kind) {
    case 'timeout':
      return 'no answer (timeout)';
    case 'reset':
      return 'a dropped connection';
    case 'malformed':
      return 'a 200 with a non-JSON body';
    case 'ok':
    case 'status':
    case 'delay':
      return `a ${d.answer}`;
    default:
      return assertNever(step);
  }
}
