/** Type fidelity of generated code: events narrow, validators guard, wrong replies and unknown events do not compile. */
import { describe, expectTypeOf, test } from 'vitest';
import {
  validators,
  examples,
  eventNames,
  type EventMap,
  type EventName,
  type ReplyMap,
  type MessageCreated,
} from '../generated/protocol/index.js';
import type * as Gaife from '../generated/gaife/index.js';
import type * as Sendbird from '../generated/sendbird/index.js';
import type * as Tencent from '../generated/tencent-chat/index.js';
import type * as Minimal from './fixtures/generated/minimal/index.js';

describe('Protocol', () => {
  test("EventMap['message.created'] narrows to its payload", () => {
    expectTypeOf<EventMap['message.created']>().toEqualTypeOf<MessageCreated>();
    expectTypeOf<EventMap['message.created']['type']>().toEqualTypeOf<'message.created'>();
    expectTypeOf<EventMap['message.created']['payload']['conversation_id']>().toEqualTypeOf<string>();
    expectTypeOf<EventMap['contact.created']['payload']['display_name']>().toEqualTypeOf<string | null | undefined>();
  });

  test('the union of all events narrows on the discriminator', () => {
    const handle = (event: EventMap[EventName]): void => {
      if (event.type === 'attachment.created')
        expectTypeOf(event.payload.file_size).toEqualTypeOf<number | undefined>();
    };
    expectTypeOf(handle).toBeFunction();
  });

  test('validators are type guards', () => {
    const input: unknown = JSON.parse('{}');
    if (validators['group.created'](input)) expectTypeOf(input).toEqualTypeOf<EventMap['group.created']>();
    expectTypeOf(validators['group.created'].errors).toEqualTypeOf<
      { readonly pointer: string; readonly keyword: string; readonly message: string }[] | null
    >();
  });

  test('examples and the event list are typed', () => {
    expectTypeOf(examples['message.updated'][0]!.payload).toEqualTypeOf<EventMap['message.updated']>();
    expectTypeOf(eventNames[0]).toEqualTypeOf<'contact.created'>();
    expectTypeOf<(typeof eventNames)[number]>().toEqualTypeOf<EventName>();
  });

  test('an unknown event name does not compile', () => {
    // @ts-expect-error: no such event
    expectTypeOf<EventMap['message.exploded']>().toBeNever();
    // @ts-expect-error: no such validator
    expectTypeOf(validators['contact.renamed']).toBeFunction();
    expectTypeOf<ReplyMap>().toHaveProperty('attachment.deleted');
  });
});

describe('GAIFE', () => {
  test('enums become literal unions', () => {
    expectTypeOf<Gaife.EventMap['message']['data']['status']>().toEqualTypeOf<
      'RECEIVED' | 'PROCESSED' | 'FAILED' | 'received' | 'processed' | 'failed'
    >();
    expectTypeOf<Gaife.EventName>().toEqualTypeOf<'message'>();
  });
});

describe('Sendbird', () => {
  type Send = Sendbird.EventMap['group_channel:message_send'];
  test('categories narrow, members are optional, quirky fields keep every variant', () => {
    expectTypeOf<Send['category']>().toEqualTypeOf<'group_channel:message_send'>();
    expectTypeOf<Send['type']>().toEqualTypeOf<'MESG' | 'FILE' | 'ADMM' | undefined>();
    expectTypeOf<NonNullable<Send['members']>[number]['push_trigger_option']>().toEqualTypeOf<
      string | boolean | undefined
    >();
    expectTypeOf<NonNullable<Send['members']>[number]['is_hidden']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Sendbird.EventMap['message:report']['created_at']>().toEqualTypeOf<number | undefined>();
  });

  test('free-form objects (metadata) accept any keys rather than none', () => {
    const metadata: NonNullable<Send['sender']>['metadata'] = { location: 'Seoul', tier: 'gold' };
    expectTypeOf(metadata).not.toBeNever();
  });
});

describe('Tencent', () => {
  type FieldChanged = Tencent.EventMap['Group.CallbackAfterMemberFieldChanged'];
  test('"properties and one of these" is an intersection: either account name, but never an alternative alone', () => {
    const intl: FieldChanged = {
      CallbackCommand: 'Group.CallbackAfterMemberFieldChanged',
      GroupId: '@TGS#2J4SZEAEL',
      Member_Account: 'jared',
    };
    const cn: FieldChanged = {
      CallbackCommand: 'Group.CallbackAfterMemberFieldChanged',
      GroupId: '@TGS#2J4SZEAEL',
      Modified_Account: 'jared',
    };
    // @ts-expect-error: the alternative alone is not the event
    const alone: FieldChanged = { Member_Account: 'jared' };
    // @ts-expect-error: one of the two account names is required
    const neither: FieldChanged = {
      CallbackCommand: 'Group.CallbackAfterMemberFieldChanged',
      GroupId: '@TGS#2J4SZEAEL',
    };
    expectTypeOf([intl, cn, alone, neither]).toBeArray();
  });

  test('MsgBody elements narrow on MsgType', () => {
    const handle = (e: Tencent.EventMap['C2C.CallbackBeforeSendMsg']['MsgBody'][number]): void => {
      if (e.MsgType === 'TIMTextElem') expectTypeOf(e.MsgContent.Text).toBeString();
    };
    expectTypeOf(handle).toBeFunction();
  });
});

describe('a spec with a before-event (test/fixtures/minimal.yaml)', () => {
  type Verdict = Minimal.ReplyMap['message.before_send'];

  test('a correct reply compiles', () => {
    const allow: Verdict = { allow: true };
    const rewrite: Verdict = { allow: true, body: { text: 'cleaned up' } };
    expectTypeOf(allow).toEqualTypeOf<Verdict>();
    expectTypeOf(rewrite.body).toEqualTypeOf<{ text: string } | undefined>();
  });

  test('a wrong reply does not compile', () => {
    // @ts-expect-error: allow is a boolean
    const wrongType: Verdict = { allow: 'yes' };
    // @ts-expect-error: a field the reply does not have
    const extraField: Verdict = { allow: false, ban: true };
    // @ts-expect-error: allow is required
    const missing: Verdict = { reason: 'spam' };
    // @ts-expect-error: the replacement body needs its text
    const badBody: Verdict = { allow: true, body: {} };
    expectTypeOf([wrongType, extraField, missing, badBody]).toBeArray();
  });

  test('payload types narrow per event', () => {
    expectTypeOf<Minimal.EventMap['message.before_send']['event']>().toEqualTypeOf<'message.before_send'>();
    expectTypeOf<Minimal.EventMap['message.after_send']['sent_at']>().toEqualTypeOf<number | undefined>();
  });
});
