/**
 * The Prism bridge (issue 12): each event answers with its own reply examples (item 18), and a request without
 * the signature scheme's headers is refused (item 21). Real Prism processes on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { preferHeader, ScenarioError, startPrism, type PrismServer } from '../src/mock/index.js';
import { signRequest } from '../src/signing/index.js';
import { loadContract, type Contract } from '../src/model/index.js';

const SEND_MSG = 'Group.CallbackBeforeSendMsg';
const FRIEND_ADD = 'Sns.CallbackPrevFriendAdd';

let tencentPrism: PrismServer;
let protocolPrism: PrismServer;
let stampedPrism: PrismServer;
let stamped: Contract;

beforeAll(async () => {
  stamped = await loadContract('test/fixtures/stamped.yaml', { validation: 'conventions' });
  [tencentPrism, protocolPrism, stampedPrism] = await Promise.all([
    startPrism(tencent.contract),
    startPrism(protocol.contract),
    startPrism(stamped),
  ]);
});
afterAll(async () => {
  await Promise.all([tencentPrism?.close(), protocolPrism?.close(), stampedPrism?.close()]);
});

/** POST a Tencent event to Prism as Tencent frames it (query parameters; unsigned: authentication off). */
async function postTencent(event: string, prefer: string | undefined): Promise<{ status: number; body: unknown }> {
  const payload = (tencent.examples as Record<string, readonly { payload: unknown }[]>)[event]![0]!.payload;
  const query = new URLSearchParams({
    SdkAppid: '1400000000',
    CallbackCommand: event,
    contenttype: 'json',
    ClientIP: '127.0.0.1',
    OptPlatform: 'Web',
  });
  const res = await fetch(`${tencentPrism.endpoint}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(prefer ? { prefer } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: await res.json() };
}

const replyExample = (event: string, name: string): unknown =>
  (tencent.replyExamples as Record<string, readonly { name: string; payload: unknown }[]>)[event]!.find(
    (e) => e.name === name,
  )!.payload;

describe('Prism answers each event with its own reply examples (item 18)', () => {
  test(`${SEND_MSG} with ok:block gets its own block reply, not the friend request's`, async () => {
    expect(replyExample(SEND_MSG, 'block')).not.toEqual(replyExample(FRIEND_ADD, 'block'));
    const answer = await postTencent(SEND_MSG, preferHeader(tencent.contract, 'ok:block', SEND_MSG));
    expect(answer).toEqual({ status: 200, body: replyExample(SEND_MSG, 'block') });
    const friend = await postTencent(FRIEND_ADD, preferHeader(tencent.contract, 'ok:block', FRIEND_ADD));
    expect(friend).toEqual({ status: 200, body: replyExample(FRIEND_ADD, 'block') });
  });

  test("ok with the event answers with the event's first reply example", async () => {
    const first = (tencent.replyExamples as Record<string, readonly { payload: unknown }[]>)[FRIEND_ADD]![0]!.payload;
    expect(await postTencent(FRIEND_ADD, preferHeader(tencent.contract, 'ok', FRIEND_ADD))).toEqual({
      status: 200,
      body: first,
    });
  });

  test('an example name several events share needs the event; a name no event has is refused', () => {
    expect(() => preferHeader(tencent.contract, 'ok:block')).toThrow(ScenarioError);
    expect(() => preferHeader(tencent.contract, 'ok:block')).toThrow(
      /Several events .* have a reply example "block".*pass the event/,
    );
    expect(() => preferHeader(tencent.contract, 'ok:nonesuch', SEND_MSG)).toThrow(
      /"Group.CallbackBeforeSendMsg" has no reply example "nonesuch"; its reply examples: allow, block/,
    );
    expect(() => preferHeader(tencent.contract, 'ok', 'Group.NoSuchEvent')).toThrow(/has no event "Group.NoSuchEvent"/);
  });
});

describe("Prism requires the signature scheme's headers (item 21)", () => {
  const body = JSON.stringify({ event: 'message.after_send', id: 'm1' });
  const secret = `whsec_${Buffer.from('a test key of 24 bytes..').toString('base64')}`;

  test('an unsigned request to a Standard Webhooks spec gets a 4xx naming the missing headers; a signed one a 200', async () => {
    const url = `${stampedPrism.endpoint}?AppId=1400000000`;
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(unsigned.status).toBeLessThan(500);
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'])
      expect(unsigned.headers.get('sl-violations')).toContain(`'${name}'`);
    const { headers } = signRequest(stamped.signature, { rawBody: body, secret });
    const signed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    expect(signed.status).toBe(200);
  });

  test('an hmac spec: no signature header is a 4xx; a wrong signature passes, as documented (Prism checks presence, not signatures)', async () => {
    const payload = JSON.stringify(protocol.examples['message.created'][0]!.payload);
    const unsigned = await fetch(protocolPrism.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(unsigned.status).toBeLessThan(500);
    const wrong = await fetch(protocolPrism.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-protocol-signature': 'ab'.repeat(32) },
      body: payload,
    });
    expect(wrong.status).toBe(200);
  });
});
