/** Signature schemes: known-answer vectors, round trips, rotation, and every failure reason. */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { safeEqual } from '../src/signing/compare.js';
import { hmacSha256Key } from '../src/signing/hmac-key.js';
import type { SignatureScheme } from '../src/model/model.js';
import {
  SignatureVerificationError,
  hmacDigest,
  signRequest,
  standardSignature,
  tencentSign,
  verifySignature,
  type SignatureFailureReason,
} from '../src/signing/index.js';

const sendbird: SignatureScheme = {
  scheme: 'hmac-sha256',
  header: 'x-sendbird-signature',
  legacyHeaders: ['x-signature'],
  encoding: 'hex',
};
const protocol: SignatureScheme = { scheme: 'hmac-sha256', header: 'x-protocol-signature', encoding: 'hex' };
const tencent: SignatureScheme = {
  scheme: 'tencent-sha256',
  signParam: 'Sign',
  timeParam: 'RequestTime',
  toleranceSec: 60,
  required: false,
};
const standard: SignatureScheme = { scheme: 'standard-webhooks', toleranceSec: 300 };
const empty = new URLSearchParams();

function failure(fn: () => void): SignatureVerificationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SignatureVerificationError) return error;
    throw error;
  }
  throw new Error('expected a SignatureVerificationError');
}

describe('known-answer vectors', () => {
  test("Tencent's documented vector: token xxxxyyyy, RequestTime 1669872112", () => {
    expect(tencentSign('xxxxyyyy', 1669872112)).toBe(
      '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
    );
    // The seed page prints token "xxxyyy" with the same digest; that pairing is wrong (providers.md §1.2).
    expect(tencentSign('xxxyyy', 1669872112)).toBe('e78a85473bed2cdc8d6fa8c4d5a4ba4735fd64156e15a99516b9890293e135de');
  });

  test('the Standard Webhooks specification vector', () => {
    expect(
      standardSignature(
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        'msg_p5jXN8AQM9LWM0D4loKWxJek',
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  // Computed independently with `openssl dgst -sha256 -hmac sb_master_token` over the exact bytes.
  test.each([
    [
      'escaped slashes',
      '{"url":"https:\\/\\/example.com\\/a"}',
      '3bdb1a422a58a82dfb69c96f91dffac8834803a4782a3a0ec4e5af3e66d109c5',
    ],
    [
      'non-ASCII text (UTF-8)',
      '{"message":"I’m café 안녕"}',
      '085a70124691b27e024febb48f9e20c048a77ede1888ca3a7f35c716bdb2f8b2',
    ],
    [
      'a plain body',
      '{"category":"group_channel:message_send"}',
      'ae6c13b0571f2ca4c82765bd77061302510c9ff0a148ed08b25f383ca733e8c9',
    ],
  ])('HMAC-SHA256 of %s verifies as sent', (_what, body, digest) => {
    expect(hmacDigest('sb_master_token', body)).toBe(digest);
    expect(hmacDigest('sb_master_token', Buffer.from(body, 'utf8'))).toBe(digest);
    expect(() =>
      verifySignature(
        sendbird,
        { rawBody: body, headers: { 'x-sendbird-signature': digest }, query: empty },
        'sb_master_token',
      ),
    ).not.toThrow();
  });

  test('the prepared-key HMAC receivers use equals createHmac for keys shorter than, as long as, and longer than a block', () => {
    const bodies = [
      '',
      '{}',
      '{"message":"I’m café 안녕"}',
      'x'.repeat(63),
      'y'.repeat(64),
      'z'.repeat(5000),
      'w'.repeat(70_000),
      '{}',
    ].map((b) => Buffer.from(b, 'utf8'));
    const keys = [
      '',
      'k',
      'sb_master_token',
      'é'.repeat(32),
      'a'.repeat(63),
      'b'.repeat(64),
      'c'.repeat(65),
      'd'.repeat(200),
    ];
    for (const key of keys) {
      const mac = hmacSha256Key(key);
      for (const body of bodies) {
        const want = createHmac('sha256', key).update(body).digest();
        expect(mac(body, 'hex'), `key of ${key.length} chars, body of ${body.length} bytes`).toBe(want.toString('hex'));
        // Again, in each encoding: the scratch buffers are reused, the result must not change.
        expect(mac(body, 'base64')).toBe(want.toString('base64'));
        expect(Buffer.from(mac(body, 'binary'), 'latin1').equals(want)).toBe(true);
      }
    }
    expect(hmacSha256Key(Buffer.from([0, 1, 2, 255]))(bodies[1]!, 'hex')).toBe(
      createHmac('sha256', Buffer.from([0, 1, 2, 255]))
        .update(bodies[1]!)
        .digest('hex'),
    );
  });

  test('safeEqual: equal only when every byte is, for short and long, ASCII and non-ASCII strings', () => {
    const hex = 'ab'.repeat(32);
    expect(safeEqual(hex, hex)).toBe(true);
    expect(safeEqual(hex, `${hex.slice(0, -1)}c`)).toBe(false);
    expect(safeEqual(hex, hex.slice(1))).toBe(false);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('café', 'café')).toBe(true);
    expect(safeEqual('café', 'cafe\u0301')).toBe(false);
    expect(safeEqual('é'.repeat(128), 'é'.repeat(128))).toBe(true);
    expect(safeEqual('x'.repeat(129), 'x'.repeat(129))).toBe(true);
    expect(safeEqual('x'.repeat(129), `${'x'.repeat(128)}y`)).toBe(false);
  });

  test('re-serialised JSON does not verify: escaped slashes are part of the signed bytes', () => {
    const sent = '{"url":"https:\\/\\/example.com\\/a"}';
    const reserialised = JSON.stringify(JSON.parse(sent));
    expect(reserialised).toBe('{"url":"https://example.com/a"}');
    const headers = { 'x-sendbird-signature': hmacDigest('sb_master_token', sent) };
    expect(
      failure(() => verifySignature(sendbird, { rawBody: reserialised, headers, query: empty }, 'sb_master_token'))
        .reason,
    ).toBe('mismatch');
  });
});

describe.each([
  ['hmac-sha256 (Sendbird)', sendbird],
  ['hmac-sha256 (Protocol)', protocol],
  ['tencent-sha256', tencent],
  ['standard-webhooks', standard],
] as const)('%s', (_name, scheme) => {
  const secret = scheme.scheme === 'standard-webhooks' ? 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' : 'the-secret';
  // Standard Webhooks secrets are base64 (the official package refuses anything else).
  const other = (plain: string) =>
    scheme.scheme === 'standard-webhooks' ? `whsec_${Buffer.from(plain).toString('base64')}` : plain;
  const now = () => 1_700_000_000_000;
  const body = '{"hello":"wörld \\/"}';
  const signed = () => {
    const { headers, query } = signRequest(scheme, { rawBody: body, secret, now });
    return { rawBody: body, headers, query: new URLSearchParams(query) };
  };

  test('sign then verify round-trips', () => {
    expect(() => verifySignature(scheme, signed(), secret, { now })).not.toThrow();
  });

  test('rotation: the second of several secrets matches', () => {
    expect(() => verifySignature(scheme, signed(), [other('an-old-secret'), secret], { now })).not.toThrow();
  });

  test('a wrong secret is a mismatch whose message names the field but never a secret or digest', () => {
    const input = signed();
    const error = failure(() => verifySignature(scheme, input, other('another-secret'), { now }));
    expect(error.reason).toBe('mismatch');
    expect(error.message).toMatch(/^Signature verification failed: /);
    expect(error.message).toContain(error.field);
    for (const value of [secret, other('another-secret'), ...Object.values(input.headers), ...input.query.values()]) {
      if (value.length > 12) expect(error.message).not.toContain(value);
    }
  });

  test('a missing signature is "missing"', () => {
    const error = failure(() => verifySignature(scheme, { rawBody: body, headers: {}, query: empty }, secret, { now }));
    expect(error.reason).toBe<SignatureFailureReason>('missing');
  });

  test('a truncated signature is "malformed" (no RangeError from timingSafeEqual)', () => {
    const input = signed();
    const headers = Object.fromEntries(
      Object.entries(input.headers).map(([k, v]) => [
        k,
        k === 'webhook-id' || k === 'webhook-timestamp' ? v : v.slice(0, 10),
      ]),
    );
    const query = new URLSearchParams(
      [...input.query].map(([k, v]): [string, string] => [k, k === 'Sign' ? v.slice(0, 10) : v]),
    );
    const error = failure(() => verifySignature(scheme, { rawBody: body, headers, query }, secret, { now }));
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect(['malformed', 'mismatch']).toContain(error.reason);
  });
});

describe.each([
  ['tencent-sha256', tencent, 'tok'],
  ['standard-webhooks', standard, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
] as const)('%s freshness window', (_name, scheme, secret) => {
  const now = () => 1_700_000_000_000;
  const { headers, query } = signRequest(scheme, { rawBody: '{}', secret, now });
  const input = { rawBody: '{}', headers, query: new URLSearchParams(query) };
  const tolerance = scheme.toleranceSec;

  test('an old request is stale, one from the future is future, both beyond the tolerance', () => {
    expect(
      failure(() => verifySignature(scheme, input, secret, { now: () => now() + (tolerance + 5) * 1000 })).reason,
    ).toBe('stale');
    expect(
      failure(() => verifySignature(scheme, input, secret, { now: () => now() - (tolerance + 5) * 1000 })).reason,
    ).toBe('future');
  });

  test('inside the tolerance both ways it verifies', () => {
    expect(() => verifySignature(scheme, input, secret, { now: () => now() + (tolerance - 5) * 1000 })).not.toThrow();
    expect(() => verifySignature(scheme, input, secret, { now: () => now() - (tolerance - 5) * 1000 })).not.toThrow();
  });
});

describe('header handling', () => {
  const body = '{"a":1}';
  const digest = hmacDigest('k', body);

  test('the legacy x-signature header is accepted when x-sendbird-signature is absent', () => {
    expect(() =>
      verifySignature(sendbird, { rawBody: body, headers: { 'x-signature': digest }, query: empty }, 'k'),
    ).not.toThrow();
  });

  test('header lookup is case-insensitive for plain objects and Headers', () => {
    expect(() =>
      verifySignature(
        sendbird,
        { rawBody: body, headers: { 'X-SendBird-Signature': digest.toUpperCase() }, query: empty },
        'k',
      ),
    ).not.toThrow();
    expect(() =>
      verifySignature(
        sendbird,
        { rawBody: body, headers: new Headers({ 'X-Sendbird-Signature': digest }), query: empty },
        'k',
      ),
    ).not.toThrow();
  });

  test('a base64 digest (with a prefix) verifies exactly as written: another encoding of the same bytes is a mismatch', () => {
    const scheme: SignatureScheme = {
      scheme: 'hmac-sha256',
      header: 'x-hub-signature-256',
      encoding: 'base64',
      prefix: 'sha256=',
    };
    const { headers } = signRequest(scheme, { rawBody: body, secret: 'k' });
    const value = headers['x-hub-signature-256']!;
    expect(value).toBe(`sha256=${hmacDigest('k', body, 'base64')}`);
    expect(() => verifySignature(scheme, { rawBody: body, headers, query: empty }, ['old', 'k'])).not.toThrow();
    // The 43rd character carries two unused bits: flipping them decodes to the same 32 bytes.
    const last = value.at(-2)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const twin = `${value.slice(0, -2)}${alphabet[alphabet.indexOf(last) ^ 1]}=`;
    expect(Buffer.from(twin.slice(7), 'base64')).toEqual(Buffer.from(value.slice(7), 'base64'));
    expect(
      failure(() =>
        verifySignature(scheme, { rawBody: body, headers: { 'x-hub-signature-256': twin }, query: empty }, 'k'),
      ).reason,
    ).toBe('mismatch');
  });

  test('signRequest sets the legacy header too, with the same value', () => {
    const { headers } = signRequest(sendbird, { rawBody: body, secret: 'k' });
    expect(headers).toEqual({ 'x-sendbird-signature': digest, 'x-signature': digest });
  });

  test('errors name the field and the location', () => {
    const error = failure(() =>
      verifySignature(
        tencent,
        { rawBody: body, headers: {}, query: new URLSearchParams(`Sign=${'a'.repeat(64)}`) },
        'tok',
      ),
    );
    expect(error).toMatchObject({ reason: 'missing', location: 'query', field: 'RequestTime' });
    const missing = failure(() => verifySignature(protocol, { rawBody: body, headers: {}, query: empty }, 'k'));
    expect(missing).toMatchObject({ reason: 'missing', location: 'header', field: 'x-protocol-signature' });
  });

  test('standard-webhooks accepts any of several space-separated signatures', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const good = standardSignature(secret, 'msg_1', 1614265330, body);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': '1614265330',
      'webhook-signature': `v1,AAAA ${good}`,
    };
    expect(() =>
      verifySignature(standard, { rawBody: body, headers, query: empty }, secret, { now: () => 1614265330_000 }),
    ).not.toThrow();
  });

  test('scheme none never throws', () => {
    expect(() => verifySignature({ scheme: 'none' }, { rawBody: body, headers: {}, query: empty }, [])).not.toThrow();
  });
});
