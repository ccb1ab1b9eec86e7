/** Tencent reply types are exact (issue 12, item 23): a string ErrorCode does not compile, in the type or a handler. */
import { describe, expectTypeOf, test } from 'vitest';
import * as tencent from '../generated/tencent-chat/index.js';
import { createReceiver } from '../src/receiver/index.js';

type SendMsgReply = tencent.ReplyMap['Group.CallbackBeforeSendMsg'];

describe('Tencent before-event replies', () => {
  test('ErrorCode and ResultCode are numbers, not unknown', () => {
    expectTypeOf<SendMsgReply['ErrorCode']>().toEqualTypeOf<number>();
    expectTypeOf<tencent.ReplyMap['C2C.CallbackBeforeSendMsg']['ErrorCode']>().toEqualTypeOf<number>();
    expectTypeOf<tencent.ReplyMap['Group.CallbackBeforeInviteJoinGroup']['ErrorCode']>().toEqualTypeOf<number>();
    expectTypeOf<
      NonNullable<tencent.ReplyMap['Sns.CallbackPrevFriendAdd']['ResultItem']>[number]['ResultCode']
    >().toEqualTypeOf<number>();
  });

  test('the valid replies compile', () => {
    const allow: SendMsgReply = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
    const block: SendMsgReply = { ActionStatus: 'OK', ErrorCode: 1, ErrorInfo: 'blocked' };
    const custom: SendMsgReply = { ActionStatus: 'OK', ErrorCode: 10100, ErrorInfo: 'not here' };
    expectTypeOf([allow, block, custom]).toEqualTypeOf<SendMsgReply[]>();
  });

  test("{ ErrorCode: '1' } is a type error", () => {
    // @ts-expect-error: ErrorCode is a number; Tencent fails a delivery answered with a string
    const wrong: SendMsgReply = { ActionStatus: 'OK', ErrorCode: '1', ErrorInfo: '' };
    expectTypeOf(wrong).not.toBeAny();
  });

  test("a handler returning { ErrorCode: '1' } does not compile; { ErrorCode: 1 } does", () => {
    createReceiver(tencent, {
      secret: 's',
      on: {
        'Group.CallbackBeforeSendMsg': () => ({ ErrorCode: 1, ErrorInfo: 'blocked' }),
        'C2C.CallbackBeforeSendMsg': () => ({ ErrorCode: 0 }),
      },
    });
    createReceiver(tencent, {
      secret: 's',
      on: {
        // @ts-expect-error: ErrorCode is a number
        'Group.CallbackBeforeSendMsg': () => ({ ErrorCode: '1' }),
      },
    });
  });
});
