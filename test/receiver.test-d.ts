/** Receiver handler and reply types: typed payloads, checked replies, no unknown events. */
import { describe, expectTypeOf, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import { createReceiver } from '../src/receiver/index.js';

describe('createReceiver types', () => {
  test('handlers get the typed payload of their event', () => {
    createReceiver(protocol, {
      secret: 's',
      on: {
        'message.created': (event, ctx) => {
          expectTypeOf(event).toEqualTypeOf<protocol.MessageCreated>();
          expectTypeOf(event.payload.conversation_id).toBeString();
          expectTypeOf(ctx.deliveryId).toBeString();
        },
      },
    });
  });

  test('a before-event handler returns its reply fields (the envelope is completed)', () => {
    createReceiver(minimal, {
      secret: 's',
      on: {
        'message.before_send': (event) => {
          expectTypeOf(event.body.text).toBeString();
          return event.body.text === 'x' ? { allow: false, reason: 'no' } : undefined;
        },
      },
    });
  });

  test('a reply field the event does not allow does not compile', () => {
    createReceiver(minimal, {
      secret: 's',
      on: {
        // @ts-expect-error: `ban` is not a field of the verdict
        'message.before_send': () => ({ allow: false, ban: true }),
      },
    });
    createReceiver(minimal, {
      secret: 's',
      on: {
        // @ts-expect-error: `allow` is a boolean
        'message.before_send': () => ({ allow: 'no' }),
      },
    });
  });

  test('an unknown event name does not compile', () => {
    createReceiver(protocol, {
      secret: 's',
      on: {
        // @ts-expect-error: no such event
        'message.exploded': () => undefined,
      },
    });
  });
});
