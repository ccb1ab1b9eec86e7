/** Open enums (`x-chathooks-open-enum`): types name the documented values and still accept any other value. */
import { describe, expectTypeOf, test } from 'vitest';
import type * as Gaife from '../generated/gaife/index.js';
import type * as Sendbird from '../generated/sendbird/index.js';
import type * as Tencent from '../generated/tencent-chat/index.js';

type Action = Tencent.EventMap['State.StateChange']['Info']['Action'];

describe('open enums', () => {
  test("Tencent's Info.Action is 'Login' | 'Logout' | 'Disconnect' | (string & {})", () => {
    expectTypeOf<Action>().toEqualTypeOf<'Login' | 'Logout' | 'Disconnect' | (string & {})>();
    // Any string still fits (the tolerant reading accepts it); the documented ones are what editors suggest.
    expectTypeOf<'Kick'>().toExtend<Action>();
    expectTypeOf<Action>().not.toEqualTypeOf<string>();
  });

  test('JoinType and ExitType are open enums of their documented values, optional as before', () => {
    expectTypeOf<Tencent.EventMap['Group.CallbackAfterNewMemberJoin']['JoinType']>().toEqualTypeOf<
      'Apply' | 'Invited' | (string & {}) | undefined
    >();
    expectTypeOf<Tencent.EventMap['Group.CallbackAfterMemberExit']['ExitType']>().toEqualTypeOf<
      'Kicked' | 'Quit' | (string & {}) | undefined
    >();
  });

  test('a numeric open enum is 1 | 2 | … | (number & {})', () => {
    type Image = Extract<
      NonNullable<Tencent.EventMap['C2C.CallbackAfterSendMsg']['MsgBody']>[number],
      { MsgType: 'TIMImageElem' }
    >;
    expectTypeOf<NonNullable<Image['MsgContent']>['ImageFormat']>().toEqualTypeOf<
      1 | 2 | 3 | 4 | 255 | (number & {}) | undefined
    >();
  });

  test("a component schema with an open enum (Sendbird's Sdk) names its values", () => {
    expectTypeOf<Sendbird.components['schemas']['Sdk']>().toEqualTypeOf<
      'iOS' | 'Android' | 'JavaScript' | '.NET' | 'API' | (string & {})
    >();
  });

  test('documented-required fields stay optional in the types (the tolerant reading)', () => {
    expectTypeOf<Gaife.EventMap['message']['data']['created_by']>().toEqualTypeOf<string | undefined>();
  });
});

describe('strict validators', () => {
  test('are exported beside the tolerant ones and guard the same event types', () => {
    expectTypeOf<typeof Tencent.strictValidators>().toEqualTypeOf<typeof Tencent.validators>();
    expectTypeOf<typeof Tencent.strictReplyValidators>().toEqualTypeOf<typeof Tencent.replyValidators>();
    const check = (value: unknown, v: typeof Tencent.strictValidators): void => {
      if (v['State.StateChange'](value)) expectTypeOf(value.Info.Action).toEqualTypeOf<Action>();
    };
    expectTypeOf(check).toBeFunction();
  });
});
