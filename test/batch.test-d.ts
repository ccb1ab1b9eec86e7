/** Types of batch contracts: the envelope, its events narrowed by `type`, inBatch, batchValidator, handlers. */
import { describe, expectTypeOf, test } from 'vitest';
import * as batch from './fixtures/generated/batch/index.js';
import type { Batch, BatchEnvelope, BatchItem, EventMap, EventName } from './fixtures/generated/batch/index.js';
import { createReceiver, deliver, wrapBatch, type BatchContract, type Contract } from '../src/index.js';
import type { VerifyContext } from '../src/receiver/index.js';

describe('generated batch types', () => {
  test('Batch is the envelope whose events are the contract events, narrowed by their discriminator', () => {
    expectTypeOf<Batch['destination']>().toEqualTypeOf<BatchEnvelope['destination']>();
    expectTypeOf<Batch['events']>().toEqualTypeOf<BatchItem[]>();
    expectTypeOf<BatchItem>().toEqualTypeOf<EventMap[EventName]>();
    const handle = (body: Batch): void => {
      for (const event of body.events) {
        if (event.type === 'message') expectTypeOf(event).toEqualTypeOf<batch.Message>();
        if (event.type === 'postback') expectTypeOf(event.postback.data).toBeString();
        expectTypeOf(event.webhookEventId).toBeString();
      }
    };
    expectTypeOf(handle).toBeFunction();
  });

  test('inBatch takes events and gives a Batch; an envelope is not an event', () => {
    expectTypeOf(batch.inBatch(batch.examples.follow[0]!.payload)).toEqualTypeOf<Batch>();
    expectTypeOf(batch.batchEnvelope).toEqualTypeOf<BatchEnvelope>();
    // @ts-expect-error: the envelope itself is no event
    batch.inBatch(batch.batchEnvelope);
  });

  test('batchValidator guards a whole Batch; .envelope guards the envelope alone', () => {
    const body: unknown = JSON.parse('{}');
    if (batch.batchValidator(body)) expectTypeOf(body).toEqualTypeOf<Batch>();
    if (batch.batchValidator.envelope(body)) expectTypeOf(body).toEqualTypeOf<BatchEnvelope>();
    expectTypeOf(batch.batchValidator.errors).toEqualTypeOf<batch.ValidationIssue[] | null>();
  });
});

describe('runtime API', () => {
  test('handlers of a batch contract get one typed event each, and its place in the batch', () => {
    createReceiver(batch, {
      secret: 's',
      onInvalidEvent: 'skip',
      onVerify: (ctx) => {
        expectTypeOf(ctx).toEqualTypeOf<VerifyContext>();
      },
      on: {
        message: (event, ctx) => {
          expectTypeOf(event).toEqualTypeOf<batch.Message>();
          expectTypeOf(ctx.batch).toEqualTypeOf<{ index: number; size: number } | undefined>();
        },
      },
    });
    // @ts-expect-error: not a policy
    createReceiver(batch, { secret: 's', onInvalidEvent: 'drop' });
  });

  test('Contract.batch, wrapBatch and deliver items', () => {
    expectTypeOf<Contract['batch']>().toEqualTypeOf<BatchContract | undefined>();
    expectTypeOf<BatchContract['empty']>().toEqualTypeOf<'verification' | 'invalid'>();
    expectTypeOf(wrapBatch).parameter(1).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(deliver).parameter(1).toHaveProperty('items').toEqualTypeOf<readonly unknown[] | undefined>();
  });
});
