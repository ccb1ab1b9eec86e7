/** Tencent Cloud Chat end to end: the delivery engine frames and signs as Tencent does; the receiver checks it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as tencent from '../generated/tencent-chat/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import { deliver } from '../src/delivery/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { scriptedServer } from './helpers/scripted-server.js';
import { listen } from './helpers/server.js';

const TOKEN = 'xxxxyyyy';
const APP = '1400000000';
let server: Awaited<ReturnType<typeof listen>>;
const seen: string[] = [];
const handled: string[] = [];

beforeAll(async () => {
  const receiver = createReceiver(tencent, {
    secret: TOKEN,
    appId: APP,
    on: {
      'Group.CallbackBeforeSendMsg': (event) => {
        const text = event.MsgBody.map((e) => (e.MsgType === 'TIMTextElem' ? e.MsgContent.Text : '')).join(' ');
        handled.push(text);
        if (text.includes('spam')) return { ErrorCode: 10150, ErrorInfo: 'spam is not allowed here' };
        if (text.includes('darn'))
          return { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text.replace('darn', '****') } }] };
        return undefined;
      },
      'Group.CallbackAfterNewMemberJoin': (event) =>
        void seen.push(...event.NewMemberList.map((m) => m.Member_Account)),
    },
  });
  server = await listen((req, res) => void receiver.node(req, res));
});
afterAll(() => server.close());

const url = () => `${server.url}/im/callback`;
// Each message has its own Random, as real traffic does.
let random = 1_000_000;
const groupSend = (text: string) => ({
  ...(tencent.examples['Group.CallbackBeforeSendMsg'][0]!.payload as object),
  Random: random++,
  MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
});

describe('Tencent receiver', () => {
  test('a before-event handler that returns nothing allows, inside the full envelope', async () => {
    const t = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackBeforeSendMsg',
      payload: groupSend('hello'),
      secret: TOKEN,
      appId: APP,
    });
    expect(new URL(t.request.url).searchParams.get('CallbackCommand')).toBe('Group.CallbackBeforeSendMsg');
    expect(new URL(t.request.url).searchParams.get('Sign')).toMatch(/^[0-9a-f]{64}$/);
    expect(t).toMatchObject({ outcome: 'delivered', reply: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' } });
    expect(t.attempts[0]!.replyValid).toBe(true);
  });

  test('block with a custom code, and rewrite: both completed into the envelope and valid replies', async () => {
    const blocked = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackBeforeSendMsg',
      payload: groupSend('buy spam'),
      secret: TOKEN,
      appId: APP,
    });
    expect(blocked.reply).toEqual({ ActionStatus: 'OK', ErrorCode: 10150, ErrorInfo: 'spam is not allowed here' });
    const rewritten = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackBeforeSendMsg',
      payload: groupSend('darn it'),
      secret: TOKEN,
      appId: APP,
    });
    expect(rewritten.reply).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '**** it' } }],
    });
    expect([blocked.attempts[0]!.replyValid, rewritten.attempts[0]!.replyValid]).toEqual([true, true]);
  });

  test('a retried delivery (the same bytes again) is answered once, with the first reply', async () => {
    const payload = groupSend('buy spam twice');
    const first = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackBeforeSendMsg',
      payload,
      secret: TOKEN,
      appId: APP,
    });
    const retry = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackBeforeSendMsg',
      payload,
      secret: TOKEN,
      appId: APP,
    });
    expect(retry.reply).toEqual(first.reply);
    expect(retry.reply).toMatchObject({ ErrorCode: 10150 });
    expect(handled.filter((t) => t === 'buy spam twice')).toHaveLength(1);
  });

  test('two different deliveries of a command without message keys are both handled (friend adds)', async () => {
    const receiver = createReceiver(tencent, {
      secret: TOKEN,
      appId: APP,
      on: { 'Sns.CallbackFriendAdd': (e) => void added.push(e.PairList[0]!.To_Account) },
    });
    const added: string[] = [];
    const s = await listen((req, res) => void receiver.node(req, res));
    try {
      for (const to of ['jared', 'tommy']) {
        const payload = {
          CallbackCommand: 'Sns.CallbackFriendAdd',
          PairList: [{ From_Account: 'leckie', To_Account: to, Initiator_Account: 'leckie' }],
          ClientCmd: 'friend_add',
          Admin_Account: '',
          ForceFlag: 0,
        };
        expect(
          (
            await deliver(tencent, {
              url: `${s.url}/cb`,
              event: 'Sns.CallbackFriendAdd',
              payload,
              secret: TOKEN,
              appId: APP,
            })
          ).outcome,
        ).toBe('delivered');
      }
      expect(added).toEqual(['jared', 'tommy']);
    } finally {
      await s.close();
    }
  });

  test('after-events dispatch; EventTime as a string or a number both validate', async () => {
    for (const example of tencent.examples['Group.CallbackAfterNewMemberJoin']) {
      const t = await deliver(tencent, {
        url: url(),
        event: 'Group.CallbackAfterNewMemberJoin',
        payload: example.payload,
        secret: TOKEN,
        appId: APP,
      });
      expect(t.outcome).toBe('delivered');
    }
    expect(seen).toEqual(['jared', 'tommy', 'jared']);
  });

  test('a wrong SdkAppid is 403; a wrong token, a stale RequestTime and a missing Sign are 401', async () => {
    const payload = tencent.examples['Group.CallbackAfterGroupFull'][0]!.payload;
    const wrongApp = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackAfterGroupFull',
      payload,
      secret: TOKEN,
      appId: '1400000001',
    });
    expect(wrongApp.attempts[0]).toMatchObject({ status: 403, reply: { error: 'wrong-app', parameter: 'SdkAppid' } });
    const wrongToken = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackAfterGroupFull',
      payload,
      secret: 'guess',
      appId: APP,
    });
    expect(wrongToken.attempts[0]).toMatchObject({ status: 401, reply: { reason: 'mismatch', parameter: 'Sign' } });
    const stale = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackAfterGroupFull',
      payload,
      secret: TOKEN,
      appId: APP,
      timeScale: 1,
      clock: { now: () => Date.now() - 120_000, sleep: async () => undefined, real: (ms) => ms },
    });
    expect(stale.attempts[0]).toMatchObject({ status: 401, reply: { reason: 'stale', parameter: 'RequestTime' } });
    const unsigned = await deliver(tencent, { url: url(), event: 'Group.CallbackAfterGroupFull', payload, appId: APP });
    expect(unsigned.attempts[0]).toMatchObject({ status: 401, reply: { reason: 'missing', parameter: 'Sign' } });
  });

  test('the command in the query names the event; an unknown command is 404', async () => {
    const t = await deliver(tencent, {
      url: url(),
      event: 'Group.CallbackAfterGroupFull',
      payload: tencent.examples['Group.CallbackAfterGroupFull'][0]!.payload,
      secret: TOKEN,
      appId: APP,
      query: { CallbackCommand: 'Group.CallbackAfterMemberInvited' },
    });
    expect(t.attempts[0]!.status).toBe(404);
  });
});

describe('documented delivery policies', () => {
  test('Tencent: a before-event is sent once, never retried, and proceeds on timeout (2 s)', async () => {
    const s = await scriptedServer(['hang', 'hang']);
    try {
      const t = await deliver(tencent, {
        url: `${s.url}/cb`,
        event: 'C2C.CallbackBeforeSendMsg',
        payload: tencent.examples['C2C.CallbackBeforeSendMsg'][0]!.payload,
        secret: TOKEN,
        appId: APP,
        timeScale: 0.05,
      });
      expect(t.attempts.map((a) => a.error)).toEqual(['timeout']);
      expect(t.attempts[0]!.latencyMs).toBeGreaterThanOrEqual(95); // 2 s × 0.05
      expect(t.outcome).toBe('proceeded');
      expect(s.arrivals).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  test('Tencent: an after-event answered 500 is not retried by default; a 200 without the JSON envelope is a failure', async () => {
    const s = await scriptedServer([{ status: 500 }, 'malformed']);
    try {
      const payload = tencent.examples['Group.CallbackAfterGroupFull'][0]!.payload;
      const first = await deliver(tencent, {
        url: `${s.url}/cb`,
        event: 'Group.CallbackAfterGroupFull',
        payload,
        secret: TOKEN,
        appId: APP,
      });
      expect(first.attempts.map((a) => a.status)).toEqual([500]);
      const second = await deliver(tencent, {
        url: `${s.url}/cb`,
        event: 'Group.CallbackAfterGroupFull',
        payload,
        secret: TOKEN,
        appId: APP,
      });
      expect(second.attempts[0]).toMatchObject({ status: 200, ok: false, replyValid: false });
      expect(second.outcome).toBe('failed');
    } finally {
      await s.close();
    }
  });

  test('Sendbird: at most 3 sends within 15 s, retried on timeout and non-2xx, signed in both headers', async () => {
    const s = await scriptedServer(['hang', { status: 500 }, 'hang', { status: 200 }]);
    try {
      const started = performance.now();
      const t = await deliver(sendbird, {
        url: `${s.url}/sb`,
        event: 'group_channel:message_send',
        payload: sendbird.examples['group_channel:message_send'][0]!.payload,
        secret: 'master-token',
        timeScale: 0.02,
      });
      const elapsedPlatformMs = (performance.now() - started) / 0.02;
      expect(t.attempts.map((a) => a.error ?? a.status)).toEqual(['timeout', 500, 'timeout']);
      expect(t.outcome).toBe('failed');
      expect(s.arrivals).toHaveLength(3);
      expect(elapsedPlatformMs).toBeLessThan(15_000 + 3000);
      const headers = s.arrivals[0]!.headers;
      expect(headers['x-sendbird-signature']).toMatch(/^[0-9a-f]{64}$/);
      expect(headers['x-signature']).toBe(headers['x-sendbird-signature']);
    } finally {
      await s.close();
    }
  });

  test('Sendbird: an unknown category is acknowledged (open set) by a receiver', async () => {
    const receiver = createReceiver(sendbird, { secret: 'master-token', logger: { warn: () => undefined } });
    const body = JSON.stringify({ category: 'poll:create', app_id: '9BDF228D-8E32-43DE-88B7-969BA4CF4C40' });
    const { signRequest } = await import('../src/signing/index.js');
    const res = await receiver.fetch(
      new Request('http://r.local/webhook', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...signRequest(sendbird.contract.signature, { rawBody: body, secret: 'master-token' }).headers,
        },
      }),
    );
    expect(res.status).toBe(200);
  });
});
