/**
 * Slack's v0 signature: `X-Slack-Signature: v0=hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp
 * + ":" + rawBody))`, refused outside a five-minute window by default (Slack's own recommendation).
 * https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { hmacSha256Key, type HmacSha256Key } from './hmac-key.js';
import { DEFAULT_MOCK_SECRET, type SchemeBase, type SchemeModule } from './scheme.js';
import { requireSecrets } from './secrets.js';

/** Slack v0: a timestamp header, a signature header, a window. */
export interface SlackV0Scheme extends SchemeBase {
  scheme: 'slack-v0';
  /** Allowed clock difference in seconds, both ways. */
  toleranceSec: number;
}

const SIGNATURE = 'x-slack-signature';
const TIMESTAMP = 'x-slack-request-timestamp';
const V0_HEX = /^v0=[0-9a-fA-F]{64}$/;

/** `v0=<hex>` for one request: the MAC of `v0:<timestamp>:<rawBody>`. */
function v0(mac: HmacSha256Key, timestamp: string, body: Buffer): string {
  return `v0=${mac(Buffer.concat([Buffer.from(`v0:${timestamp}:`, 'latin1'), body]), 'hex')}`;
}

/**
 * The scheme: the body and a timestamp signed together, stale and future requests refused.
 *
 * @example
 * slackV0.describe({ scheme: 'slack-v0', toleranceSec: 300 }); // 'slack-v0: v0=hex HMAC-SHA256 of "v0:timestamp:body" in header x-slack-signature, ±300 s'
 */
export const slackV0: SchemeModule<SlackV0Scheme> = {
  name: 'slack-v0',
  signs: true,
  parameters: {
    // Slack's recommended five minutes.
    properties: { toleranceSec: { type: 'integer', minimum: 1, default: 300 } },
    required: [],
  },
  defaultMockSecret: DEFAULT_MOCK_SECRET,
  sign: (_scheme, input) => {
    const timestamp = String(input.seconds);
    return {
      headers: { [TIMESTAMP]: timestamp, [SIGNATURE]: v0(hmacSha256Key(input.secret), timestamp, input.rawBody) },
      query: {},
    };
  },
  prepareVerify(scheme, secrets, now, what) {
    requireSecrets(secrets, what);
    const keys = secrets.map((s) => hmacSha256Key(s));
    return (rawBody, header) => {
      const signature = header(SIGNATURE)?.trim();
      const timestamp = header(TIMESTAMP)?.trim();
      if (signature === undefined)
        throw new SignatureVerificationError('missing', 'header', SIGNATURE, `header ${SIGNATURE} is missing.`);
      if (timestamp === undefined)
        throw new SignatureVerificationError(
          'missing',
          'header',
          TIMESTAMP,
          `header ${TIMESTAMP} is missing; it must accompany ${SIGNATURE}.`,
        );
      if (!/^[0-9]{1,12}$/.test(timestamp))
        throw new SignatureVerificationError(
          'malformed',
          'header',
          TIMESTAMP,
          `header ${TIMESTAMP} is not unix seconds.`,
        );
      if (!V0_HEX.test(signature))
        throw new SignatureVerificationError(
          'malformed',
          'header',
          SIGNATURE,
          `header ${SIGNATURE} is not "v0=" followed by 64 hex digits.`,
        );
      const tolerance = scheme.toleranceSec;
      const skew = Number(timestamp) - Math.floor(now() / 1000);
      if (skew < -tolerance)
        throw new SignatureVerificationError(
          'stale',
          'header',
          TIMESTAMP,
          `${TIMESTAMP} is ${-skew} s old, outside the ±${tolerance} s window (a replay, or a clock out of sync).`,
        );
      if (skew > tolerance)
        throw new SignatureVerificationError(
          'future',
          'header',
          TIMESTAMP,
          `${TIMESTAMP} is ${skew} s in the future, outside the ±${tolerance} s window (check the server clock).`,
        );
      const body = bodyBytes(rawBody);
      const given = `v0=${signature.slice(3).toLowerCase()}`;
      for (const mac of keys) if (safeEqual(v0(mac, timestamp, body), given)) return;
      throw new SignatureVerificationError(
        'mismatch',
        'header',
        SIGNATURE,
        `header ${SIGNATURE} does not match the HMAC-SHA256 of "v0:" + ${TIMESTAMP} + ":" + the raw body for any configured signing secret.`,
      );
    };
  },
  bridgeParameters: () => [
    {
      name: SIGNATURE,
      in: 'header',
      required: true,
      description: 'Slack: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`, keyed with the signing secret.',
    },
    {
      name: TIMESTAMP,
      in: 'header',
      required: true,
      description: 'Slack: Unix seconds when the request was signed (part of what is signed).',
    },
  ],
  docs: (s) => ({
    facts: [
      ['Headers', `\`${SIGNATURE}\` and \`${TIMESTAMP}\``],
      ['Value', `\`v0=\` + \`hex(HMAC-SHA256(signing secret, "v0:" + ${TIMESTAMP} + ":" + rawBody))\``],
      [
        'Secret',
        s.secret ?? 'the signing secret (app settings, Basic Information); not the deprecated verification token',
      ],
      ['Covers', 'the timestamp and the raw request body, byte for byte; not the URL, not the other headers'],
      ['Replay window', `\`${TIMESTAMP}\` (unix seconds) within ±${s.toleranceSec} s of your clock`],
    ],
    steps: [
      'Read the body as raw bytes, before anything parses it (Slack sends form-encoded bodies as well as JSON).',
      `Reject a \`${TIMESTAMP}\` more than ${s.toleranceSec} s away from now, in either direction.`,
      `Compute \`v0=\` + \`hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + rawBody))\` and compare it with \`${SIGNATURE}\` in constant time.`,
      'Only then parse the body. Answer 401 on a mismatch, without echoing the expected value.',
    ],
    see: {
      label: 'Slack: verifying requests from Slack',
      url: 'https://api.slack.com/authentication/verifying-requests-from-slack',
    },
  }),
  attacks: (s) => ({
    signature: { in: 'header', names: [SIGNATURE] },
    timestamp: { in: 'header', name: TIMESTAMP, toleranceSec: s.toleranceSec },
  }),
  deliveryKeyHint: () => [],
  describe: (s) => `slack-v0: v0=hex HMAC-SHA256 of "v0:timestamp:body" in header ${SIGNATURE}, ±${s.toleranceSec} s`,
};
