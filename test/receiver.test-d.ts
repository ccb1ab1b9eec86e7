/** Receiver handler and reply types: typed payloads, checked replies, no unknown events. */
import { describe, expectTypeOf, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
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

describe('Tencent handler types', () => {
  test('a Group.CallbackBeforeSendMsg handler sees MsgBody; a reply field the event does not allow does not compile', () => {
    createReceiver(tencent, {
      secret: 's',
      on: {
        'Group.CallbackBeforeSendMsg': (event) => {
          expectTypeOf(event.MsgBody).toEqualTypeOf<tencent.GroupCallbackBeforeSendMsg['MsgBody']>();
          expectTypeOf(event.CallbackCommand).toEqualTypeOf<'Group.CallbackBeforeSendMsg'>();
          return { ErrorCode: 10150, ErrorInfo: 'blocked', CloudCustomData: 'flagged' };
        },
      },
    });
    createReceiver(tencent, {
      secret: 's',
      on: {
        // @ts-expect-error: an after-event reply has no MsgBody to rewrite
        'Group.CallbackAfterSendMsg': () => ({ MsgBody: [] }),
      },
    });
    createReceiver(tencent, {
      secret: 's',
      on: {
        // @ts-expect-error: Tencent has no such command
        'Group.CallbackAfterMemberInvited': () => undefined,
      },
    });
  });
});
