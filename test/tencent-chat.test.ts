/**
 * The Tencent Cloud Chat spec held to ../shared/reference/providers.md: every event with its
 * kind and confidence (§1.5), and each documented quirk accepted by the generated validators.
 */
import { describe, expect, test } from 'vitest';
import { createAjv } from '../src/model/ajv.js';
import { importGenerated } from './helpers/generated.js';

const clone = <T>(v: T): T => structuredClone(v);
type Payload = Record<string, unknown>;

// §1.5: B = before, A = after, N = notify; D = documented, T = third-party.
const TENCENT: [string, 'B' | 'A' | 'N', 'D' | 'T'][] = [
  ['State.StateChange', 'A', 'D'],
  ['Profile.CallbackPortraitSet', 'A', 'D'],
  ['Sns.CallbackPrevFriendAdd', 'B', 'D'],
  ['Sns.CallbackPrevFriendResponse', 'B', 'D'],
  ['Sns.CallbackFriendAdd', 'A', 'D'],
  ['Sns.CallbackFriendDelete', 'A', 'D'],
  ['Sns.CallbackBlackListAdd', 'A', 'D'],
  ['Sns.CallbackBlackListDelete', 'A', 'D'],
  ['Follow.CallbackAfterFollowAdd', 'A', 'D'],
  ['Follow.CallbackAfterFollowDelete', 'A', 'D'],
  ['C2C.CallbackBeforeSendMsg', 'B', 'D'],
  ['C2C.CallbackAfterSendMsg', 'A', 'D'],
  ['C2C.CallbackAfterMsgReport', 'A', 'D'],
  ['C2C.CallbackAfterMsgWithDraw', 'A', 'D'],
  ['Group.CallbackBeforeCreateGroup', 'B', 'D'],
  ['Group.CallbackAfterCreateGroup', 'A', 'D'],
  ['Group.CallbackBeforeApplyJoinGroup', 'B', 'D'],
  ['Group.CallbackBeforeInviteJoinGroup', 'B', 'D'],
  ['Group.CallbackAfterNewMemberJoin', 'A', 'D'],
  ['Group.CallbackAfterMemberExit', 'A', 'D'],
  ['Group.CallbackBeforeSendMsg', 'B', 'D'],
  ['Group.CallbackAfterSendMsg', 'A', 'D'],
  ['Group.CallbackAfterGroupFull', 'A', 'D'],
  ['Group.CallbackAfterGroupDestroyed', 'A', 'D'],
  ['Group.CallbackAfterGroupInfoChanged', 'A', 'D'],
  ['Group.CallbackOnMemberStateChange', 'A', 'D'],
  ['Group.CallbackSendMsgException', 'A', 'D'],
  ['Group.CallbackBeforeCreateTopic', 'B', 'D'],
  ['Group.CallbackAfterCreateTopic', 'A', 'D'],
  ['Group.CallbackAfterTopicDestroyed', 'A', 'D'],
  ['Group.CallbackAfterTopicInfoChanged', 'A', 'D'],
  ['Group.CallbackAfterMemberFieldChanged', 'A', 'D'],
  ['Group.CallbackAfterGroupAttrChanged', 'A', 'D'],
  ['Group.CallbackAfterReadReceipt', 'A', 'D'],
  ['Group.CallbackAfterChangeGroupOwner', 'A', 'D'],
  ['Group.CallbackOnDailyGroupQuotaAlarm', 'N', 'D'],
  ['Group.CallbackAfterRecallMsg', 'A', 'D'],
  ['C2C.CallbackAfterC2CMsgExtension', 'A', 'D'],
  ['Group.CallbackAfterGroupMsgExtension', 'A', 'D'],
  ['OfficialAccount.CallbackBeforeCreateOfficialAccount', 'B', 'T'],
  ['OfficialAccount.CallbackAfterCreateOfficialAccount', 'A', 'T'],
  ['OfficialAccount.CallbackAfterOfficialAccountInfoChanged', 'A', 'T'],
  ['OfficialAccount.CallbackAfterOfficialAccountDestroyed', 'A', 'T'],
  ['OfficialAccount.CallbackBeforeAddSubscriber', 'B', 'T'],
  ['OfficialAccount.CallbackAfterAddSubscriber', 'A', 'T'],
  ['OfficialAccount.CallbackAfterOfficialAccountFull', 'A', 'T'],
  ['OfficialAccount.CallbackAfterDeleteSubscriber', 'A', 'T'],
  ['OfficialAccount.CallbackBeforeSendMsg', 'B', 'D'],
  ['OfficialAccount.CallbackAfterSendMsg', 'A', 'D'],
  ['OfficialAccount.CallbackAfterMsgWithDraw', 'A', 'T'],
  ['Bot.OnC2CMessage', 'A', 'T'],
  ['Bot.OnGroupMessage', 'A', 'T'],
  ['Chatbot.OnC2CSignalMessage', 'B', 'D'],
  ['ContentCallback.ResultNotify', 'N', 'T'],
  ['Alert.RequestOverLimit', 'N', 'T'],
  ['Push.OfflinePush', 'N', 'T'],
  ['Push.AllMemberPush', 'N', 'T'],
];
const KIND = { B: 'before', A: 'after', N: 'notify' } as const;
const CONFIDENCE = { D: 'documented', T: 'third-party' } as const;

describe('Tencent Cloud Chat (spec/tencent-chat.yaml)', async () => {
  const t = await importGenerated('tencent-chat');
  const events = new Map(t.contract.events.map((e) => [e.name, e]));
  const example = (name: string, i = 0): Payload => clone(t.examples[name]![i]!.payload) as Payload;
  const valid = (name: string, payload: unknown): boolean => t.validators[name]!(payload);

  test('all 57 commands: 39 core + 18 extended, each with the kind and confidence of §1.5', () => {
    expect(t.contract.events).toHaveLength(57);
    expect(t.contract.events.map((e) => [e.name, e.kind, e.confidence]).sort()).toEqual(
      TENCENT.map(([n, k, c]) => [n, KIND[k], CONFIDENCE[c]]).sort(),
    );
    const count = (k: string) => t.contract.events.filter((e) => e.kind === k).length;
    expect([count('before'), count('after'), count('notify')]).toEqual([12, 40, 5]);
  });

  test('transport, signature and delivery policy as documented', () => {
    expect(t.contract.discriminator).toEqual({ in: 'query', name: 'CallbackCommand', bodyField: 'CallbackCommand' });
    expect(t.contract.appId).toEqual({ in: 'query', name: 'SdkAppid' });
    expect(t.contract.signature).toMatchObject({
      scheme: 'tencent-sha256',
      signParam: 'Sign',
      timeParam: 'RequestTime',
      toleranceSec: 60,
      required: false,
    });
    expect(t.contract.delivery).toMatchObject({ timeoutMs: 2000, retries: [], onTimeout: 'proceed' });
    const query = t.contract.events[0]!.query;
    expect(query).toBeDefined();
    const validateQuery = createAjv().compile(query as object);
    const base = {
      SdkAppid: '1400000000',
      CallbackCommand: 'State.StateChange',
      contenttype: 'json',
      ClientIP: '203.0.113.7',
      RequestTime: '1700000000',
      Sign: 'a'.repeat(64),
    };
    for (const platform of [
      'iOS',
      'IOS',
      'Mac',
      'macOS',
      'iPad',
      'IPad',
      'RESTAPI',
      'Web',
      'Android',
      'Windows',
      'Unknown',
    ]) {
      expect(validateQuery({ ...base, OptPlatform: platform }), platform).toBe(true);
    }
    expect(validateQuery({ CallbackCommand: 'State.StateChange' })).toBe(false);
  });

  test('every event has a source URL, tags, ≥1 example and ≥1 invalid example', () => {
    for (const e of t.contract.events) {
      expect(e.source, e.name).toMatch(/^https:\/\//);
      expect(e.tags.length, e.name).toBeGreaterThan(0);
      expect(e.examples.length, e.name).toBeGreaterThan(0);
      expect(e.invalidExamples.length, e.name).toBeGreaterThan(0);
    }
  });

  test('before-events have replies with allow and block examples; message callbacks can rewrite', () => {
    for (const e of t.contract.events.filter((x) => x.kind === 'before')) {
      const names = e.reply!.examples.map((x) => x.name);
      expect(names[0], e.name).toBe('allow');
      expect(names, e.name).toContain('block');
    }
    for (const name of ['C2C.CallbackBeforeSendMsg', 'Group.CallbackBeforeSendMsg'])
      expect(events.get(name)!.reply!.examples.map((x) => x.name)).toContain('rewrite');
  });

  test('quirk: EventTime as a number or a numeric string', () => {
    const p = example('State.StateChange');
    p['EventTime'] = 1670574414123;
    expect(valid('State.StateChange', p)).toBe(true);
    p['EventTime'] = '1670574414123';
    expect(valid('State.StateChange', p)).toBe(true);
    p['EventTime'] = 'yesterday';
    expect(valid('State.StateChange', p)).toBe(false);
  });

  test('quirk: State.StateChange Login, Logout and Disconnect, with KickedDevice platforms in every spelling', () => {
    const actions = t.examples['State.StateChange']!.map((x) => ((x.payload as Payload)['Info'] as Payload)['Action']);
    expect(actions).toEqual(expect.arrayContaining(['Login', 'Logout', 'Disconnect']));
    const p = example('State.StateChange');
    p['KickedDevice'] = ['iOS', 'IOS', 'Mac', 'macOS', 'iPad', 'IPad', 'Android', 'Web', 'Windows', 'Linux'].map(
      (Platform) => ({ Platform }),
    );
    expect(valid('State.StateChange', p)).toBe(true);
  });

  test('quirk: C2C.CallbackAfterMsgWithDraw is spelled with a capital D', () => {
    expect(events.has('C2C.CallbackAfterMsgWithDraw')).toBe(true);
    expect(events.has('C2C.CallbackAfterMsgWithdraw')).toBe(false);
  });

  test('quirk: Requester_Account (Sns) and Requestor_Account (group apply)', () => {
    expect(example('Sns.CallbackPrevFriendAdd')).toHaveProperty('Requester_Account');
    expect(example('Group.CallbackBeforeApplyJoinGroup')).toHaveProperty('Requestor_Account');
  });

  test('quirk: Group.CallbackAfterMemberFieldChanged names the member as Member_Account or Modified_Account', () => {
    const p = example('Group.CallbackAfterMemberFieldChanged');
    const account = (p['Member_Account'] ?? p['Modified_Account']) as string;
    delete p['Member_Account'];
    delete p['Modified_Account'];
    expect(valid('Group.CallbackAfterMemberFieldChanged', { ...p, Member_Account: account })).toBe(true);
    expect(valid('Group.CallbackAfterMemberFieldChanged', { ...p, Modified_Account: account })).toBe(true);
    expect(valid('Group.CallbackAfterMemberFieldChanged', p)).toBe(false);
  });

  test('quirk: FollowAdd sends FollowList[{To_Account}], FollowDelete sends To_Account: string[]', () => {
    const add = example('Follow.CallbackAfterFollowAdd');
    const del = example('Follow.CallbackAfterFollowDelete');
    expect(Array.isArray(add['FollowList'])).toBe(true);
    expect(Array.isArray(del['To_Account'])).toBe(true);
    expect(valid('Follow.CallbackAfterFollowDelete', { ...del, To_Account: 'jared' })).toBe(false);
  });

  test('quirk: push callbacks say GroupID (capital ID)', () => {
    const p = example('Push.OfflinePush');
    p['GroupID'] = '@TGS#2J4SZEAEL';
    expect(valid('Push.OfflinePush', p)).toBe(true);
    expect(JSON.stringify(t.contract.events.find((e) => e.name === 'Push.OfflinePush')!.payload)).toContain(
      '"GroupID"',
    );
  });

  test('MsgBody: every element type of §1.8 is accepted, an unknown one is rejected', () => {
    const p = example('C2C.CallbackBeforeSendMsg');
    const elements = [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
      { MsgType: 'TIMLocationElem', MsgContent: { Desc: 'office', Latitude: 22.54, Longitude: 113.93 } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'content' } },
      {
        MsgType: 'TIMCustomElem',
        MsgContent: { Data: 'message', Desc: 'notification', Ext: 'url', Sound: 'dingdong.aiff' },
      },
      { MsgType: 'TIMSoundElem', MsgContent: { UUID: '305c0201', Size: 62351, Second: 1 } },
      {
        MsgType: 'TIMImageElem',
        MsgContent: {
          UUID: '1853095_D61040894AC3DE44CDFFFB3EC7EB720F',
          ImageFormat: 1,
          ImageInfoArray: [{ Type: 1, Size: 1553, Width: 68, Height: 68, URL: 'https://example.com/img.jpg' }],
        },
      },
      {
        MsgType: 'TIMFileElem',
        MsgContent: { UUID: '305c02010', FileSize: 1773552, FileName: 'file:///private/var/Application/tmp/test.pdf' },
      },
      {
        MsgType: 'TIMVideoFileElem',
        MsgContent: {
          VideoUUID: '1400123456_a',
          VideoSize: 1194603,
          VideoSecond: 5,
          VideoFormat: 'mp4',
          ThumbUUID: '1400123456_b',
          ThumbSize: 13907,
          ThumbWidth: 720,
          ThumbHeight: 1280,
          ThumbFormat: 'JPG',
        },
      },
    ];
    for (const element of elements)
      expect(valid('C2C.CallbackBeforeSendMsg', { ...p, MsgBody: [element] }), element.MsgType).toBe(true);
    expect(valid('C2C.CallbackBeforeSendMsg', { ...p, MsgBody: [{ MsgType: 'TIMStickerElem', MsgContent: {} }] })).toBe(
      false,
    );
    expect(t.contract.events.some((e) => JSON.stringify(e.payload).includes('TIMRelayElem'))).toBe(true);
  });

  test('replies: refusal-code ranges and the silent drop', () => {
    const c2c = t.replyValidators['C2C.CallbackBeforeSendMsg']!;
    const group = t.replyValidators['Group.CallbackBeforeSendMsg']!;
    const reply = (ErrorCode: number) => ({ ActionStatus: 'OK', ErrorCode, ErrorInfo: '' });
    expect([0, 1, 2, 120001, 130000].map((c) => c2c(reply(c)))).toEqual([true, true, true, true, true]);
    expect([120000, 130001, 10150].map((c) => c2c(reply(c)))).toEqual([false, false, false]);
    expect([0, 1, 2, 10100, 10200].map((c) => group(reply(c)))).toEqual([true, true, true, true, true]);
    expect([10099, 10201, 120001].map((c) => group(reply(c)))).toEqual([false, false, false]);
    // Friend replies (reference §Sns.CallbackPrevFriendAdd/Response): every field is required, ResultItem and each
    // item's ResultInfo included; ErrorCode and ResultCode are any integer (38000–39000 is only the custom range).
    for (const name of ['Sns.CallbackPrevFriendAdd', 'Sns.CallbackPrevFriendResponse']) {
      const friend = t.replyValidators[name]!;
      const item = (ResultCode: number, ErrorCode = 0) => ({
        ...reply(ErrorCode),
        ResultItem: [{ To_Account: 'jared', ResultCode, ResultInfo: '' }],
      });
      expect([0, 1, 37999, 38000, 39000, 50000].map((c) => friend(item(c)))).toEqual([
        true,
        true,
        true,
        true,
        true,
        true,
      ]);
      expect([1, 2, 37999, 120001].map((c) => friend(item(0, c)))).toEqual([true, true, true, true]);
      expect(friend(reply(0))).toBe(false);
      expect(friend({ ...reply(0), ResultItem: [{ To_Account: 'jared', ResultCode: 0 }] })).toBe(false);
      expect(friend({ ...reply(0), ErrorCode: '1', ResultItem: [] })).toBe(false);
    }
    // The silent drop is allowed only for message callbacks.
    expect(t.replyValidators['Group.CallbackBeforeCreateGroup']!(reply(2))).toBe(false);
  });
});
