/**
 * The Sendbird spec held to ../shared/reference/providers.md: every event with its
 * kind and confidence (§2.3), and each documented quirk accepted by the generated validators.
 */
import { describe, expect, test } from 'vitest';
import { createAjv } from '../src/model/ajv.js';
import { importGenerated } from './helpers/generated.js';

const clone = <T>(v: T): T => structuredClone(v);
type Payload = Record<string, unknown>;

// §2.3: 36 core categories and 9 newer ones.
const SENDBIRD_CORE = [
  'open_channel:create',
  'open_channel:remove',
  'open_channel:enter',
  'open_channel:exit',
  'open_channel:message_send',
  'open_channel:message_update',
  'open_channel:message_delete',
  'group_channel:create',
  'group_channel:changed',
  'group_channel:remove',
  'group_channel:invite',
  'group_channel:decline_invite',
  'group_channel:join',
  'group_channel:leave',
  'group_channel:message_send',
  'group_channel:message_read',
  'group_channel:message_update',
  'group_channel:message_delete',
  'group_channel:freeze_unfreeze',
  'group_channel:reaction_add',
  'group_channel:reaction_delete',
  'user:block',
  'user:unblock',
  'operators:register_by_operator',
  'operators:unregister_by_operator',
  'message:report',
  'user:report',
  'open_channel:report',
  'group_channel:report',
  'alert:user_message_rate_limit_exceeded',
  'profanity_filter:replace',
  'profanity_filter:block',
  'profanity_filter:moderate',
  'image_moderation:block',
  'announcement:create_channels',
  'announcement:send_messages',
];
const SENDBIRD_NEWER = [
  'user:push_preference',
  'user:push_channel_preference',
  'user:device_token_register',
  'user:device_token_unregister',
  'user:mute',
  'user:ban',
  'user:deactivate',
  'profanity_filter:detect',
  'message:moderation_extension_triggered',
];
// §2.5 payloads retrieved from the docs, and core categories whose payloads were not.
const SENDBIRD_CONFIRMED = [
  'open_channel:create',
  'open_channel:remove',
  'group_channel:message_send',
  'group_channel:message_read',
  'user:block',
  'user:unblock',
  'operators:register_by_operator',
  'operators:unregister_by_operator',
  'message:report',
  'profanity_filter:replace',
  'image_moderation:block',
];
const SENDBIRD_NOT_RETRIEVED = [
  'open_channel:enter',
  'open_channel:exit',
  'open_channel:message_update',
  'group_channel:changed',
  'group_channel:invite',
  'group_channel:join',
  'group_channel:reaction_add',
  'announcement:send_messages',
  'profanity_filter:block',
  'profanity_filter:detect',
  'user:mute',
];

describe('Sendbird (spec/sendbird.yaml)', async () => {
  const s = await importGenerated('sendbird');
  const example = (name: string, i = 0): Payload => clone(s.examples[name]![i]!.payload) as Payload;
  const valid = (name: string, payload: unknown): boolean => s.validators[name]!(payload);
  const byName = new Map(s.contract.events.map((e) => [e.name, e]));

  test('all 45 categories: the 36 core and the 9 newer', () => {
    expect(s.contract.events).toHaveLength(45);
    expect(s.contract.events.map((e) => e.name).sort()).toEqual([...SENDBIRD_CORE, ...SENDBIRD_NEWER].sort());
  });

  test('confidence: confirmed payloads documented, unretrieved ones inferred', () => {
    for (const name of SENDBIRD_CONFIRMED) expect(byName.get(name)!.confidence, name).toBe('documented');
    for (const name of SENDBIRD_NOT_RETRIEVED) expect(byName.get(name)!.confidence, name).toBe('inferred');
    for (const e of s.contract.events) {
      expect(e.source, e.name).toMatch(/^https:\/\//);
      expect(e.invalidExamples.length, e.name).toBeGreaterThan(0);
    }
  });

  test('signature, delivery, and an open category set', () => {
    expect(s.contract.signature).toMatchObject({
      scheme: 'hmac-sha256',
      header: 'x-sendbird-signature',
      legacyHeaders: ['x-signature'],
      encoding: 'hex',
    });
    expect(s.contract.delivery).toMatchObject({
      timeoutMs: 5000,
      retries: [0, 0],
      retryOn: ['timeout', 'network', 'non-2xx'],
    });
    expect(s.contract.eventSet).toBe('open');
    expect(s.contract.discriminator).toEqual({ in: 'body', name: 'category' });
  });

  test('headers: the signature may come in x-sendbird-signature or x-signature alone (the tutorial names only x-signature)', () => {
    const ajv = createAjv();
    const hex = 'a'.repeat(64);
    for (const event of s.contract.events) {
      const validate = ajv.compile(event.headers as object);
      expect(validate({ 'x-signature': hex, 'content-type': 'application/json' })).toBe(true);
      expect(validate({ 'x-sendbird-signature': hex, 'content-type': 'application/json' })).toBe(true);
      expect(validate({ 'x-signature': 'not hex' })).toBe(false);
    }
  });

  test('quirk: message:report.created_at is in seconds', () => {
    const p = example('message:report');
    expect(p['created_at']).toBeLessThan(1e11);
    const ms = example('group_channel:message_send');
    expect((ms['payload'] as Payload)['created_at']).toBeGreaterThan(1e11);
  });

  test('quirk: members are optional, is_hidden is an integer, push_trigger_option a string or a boolean', () => {
    const p = example('group_channel:message_send');
    const withMembers = s.examples['group_channel:message_send']!.find((x) =>
      Array.isArray((x.payload as Payload)['members']),
    );
    expect(withMembers).toBeDefined();
    const members = clone((withMembers!.payload as Payload)['members']) as Payload[];
    delete p['members'];
    expect(valid('group_channel:message_send', p)).toBe(true);
    for (const option of ['default', 'all', true, false]) {
      expect(
        valid('group_channel:message_send', {
          ...p,
          members: members.map((m) => ({ ...m, push_trigger_option: option })),
        }),
        String(option),
      ).toBe(true);
    }
    expect(valid('group_channel:message_send', { ...p, members: members.map((m) => ({ ...m, is_hidden: 0 })) })).toBe(
      true,
    );
    expect(
      valid('group_channel:message_send', { ...p, members: members.map((m) => ({ ...m, is_hidden: false })) }),
    ).toBe(false);
  });

  test('message events come as text, file and admin messages', () => {
    const types = new Set(s.contract.events.flatMap((e) => e.examples.map((x) => (x.payload as Payload)['type'])));
    for (const type of ['MESG', 'FILE', 'ADMM']) expect(types.has(type), type).toBe(true);
  });

  test('an example carries non-ASCII text and one a URL, for the raw-body signature cases', () => {
    const all = JSON.stringify(s.contract.events.map((e) => e.examples));
    expect(all).toMatch(/[^\u0000-\u007f]/);
    expect(all).toContain('https://');
  });
});
