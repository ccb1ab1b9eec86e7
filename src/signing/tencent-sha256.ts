/**
 * Tencent Cloud Chat: `Sign = lowercase hex(sha256(token + RequestTime))` in the query string. The body is
 * not covered, so a freshness window on RequestTime is the only replay protection.
 */
import { createHash } from 'node:crypto';
import { safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { DEFAULT_MOCK_SECRET, type SchemeBase, type SchemeModule } from './scheme.js';
import { requireSecret, requireSecrets } from './secrets.js';

/** Tencent: `Sign = hex(sha256(token + RequestTime))` in the query string; the body is not covered. */
export interface TencentSha256Scheme extends SchemeBase {
  scheme: 'tencent-sha256';
  signParam: string;
  timeParam: string;
  /** Allowed clock difference in seconds, both ways. */
  toleranceSec: number;
  /** Whether the platform always signs (Tencent signs only when authentication is switched on). */
  required: boolean;
}

type Params = Pick<TencentSha256Scheme, 'signParam' | 'timeParam'>;
const DEFAULTS: Params = { signParam: 'Sign', timeParam: 'RequestTime' };

/**
 * The Sign value for a token and a RequestTime (unix seconds); an empty token is refused (OptionError).
 *
 * @example
 * tencentSign('xxxxyyyy', 1669872112); // '17773bc3…4061'
 */
export function tencentSign(token: string, requestTime: number | string): string {
  requireSecret(token, 'tencent-sha256: the token');
  return createHash('sha256').update(`${token}${requestTime}`, 'utf8').digest('hex');
}

/**
 * Query parameters that sign a Tencent callback.
 *
 * @example
 * sign({ token: 'xxxxyyyy', requestTime: 1669872112 }); // { Sign: '17773bc3…4061', RequestTime: '1669872112' }
 */
export function sign(input: { token: string; requestTime: number }, scheme: Params = DEFAULTS): Record<string, string> {
  return {
    [scheme.signParam]: tencentSign(input.token, input.requestTime),
    [scheme.timeParam]: String(input.requestTime),
  };
}

/**
 * Verify `Sign` and `RequestTime` of a query string; throws SignatureVerificationError.
 *
 * @example
 * verify(new URLSearchParams('Sign=…&RequestTime=1669872112'), ['xxxxyyyy'], { now: () => 1669872112_000 });
 */
export function verify(
  query: URLSearchParams,
  tokens: readonly string[],
  options: { now?: () => number; toleranceSec?: number } = {},
  scheme: Params = DEFAULTS,
): void {
  requireSecrets(tokens, 'tencent-sha256 verify: `tokens`');
  const signValue = query.get(scheme.signParam);
  const time = query.get(scheme.timeParam);
  if (!signValue)
    throw new SignatureVerificationError(
      'missing',
      'query',
      scheme.signParam,
      `query parameter ${scheme.signParam} is missing; enable webhook authentication in the Chat console or check the callback URL.`,
    );
  if (!time)
    throw new SignatureVerificationError(
      'missing',
      'query',
      scheme.timeParam,
      `query parameter ${scheme.timeParam} is missing; it must accompany ${scheme.signParam}.`,
    );
  if (!/^[0-9a-fA-F]{64}$/.test(signValue))
    throw new SignatureVerificationError(
      'malformed',
      'query',
      scheme.signParam,
      `query parameter ${scheme.signParam} is not 64 hex digits.`,
    );
  if (!/^[0-9]{1,12}$/.test(time))
    throw new SignatureVerificationError(
      'malformed',
      'query',
      scheme.timeParam,
      `query parameter ${scheme.timeParam} is not unix seconds.`,
    );
  const tolerance = options.toleranceSec ?? 60;
  const skew = Number(time) - Math.floor((options.now ?? Date.now)() / 1000);
  if (skew < -tolerance)
    throw new SignatureVerificationError(
      'stale',
      'query',
      scheme.timeParam,
      `${scheme.timeParam} is ${-skew} s old, outside the ±${tolerance} s window (a replay, or a clock out of sync).`,
    );
  if (skew > tolerance)
    throw new SignatureVerificationError(
      'future',
      'query',
      scheme.timeParam,
      `${scheme.timeParam} is ${skew} s in the future, outside the ±${tolerance} s window (check the server clock).`,
    );
  const given = signValue.toLowerCase();
  if (!tokens.some((t) => safeEqual(tencentSign(t, time), given))) {
    throw new SignatureVerificationError(
      'mismatch',
      'query',
      scheme.signParam,
      `query parameter ${scheme.signParam} does not match sha256(token + ${scheme.timeParam}) for any configured token.`,
    );
  }
}

/**
 * The scheme: query parameters, a freshness window, and no body coverage (said on its docs page).
 *
 * @example
 * tencentSha256.describe(contract.signature); // 'tencent-sha256: Sign = sha256(token + RequestTime) in the query, ±60 s, when enabled'
 */
export const tencentSha256: SchemeModule<TencentSha256Scheme> = {
  name: 'tencent-sha256',
  signs: true,
  parameters: {
    properties: {
      signParam: { type: 'string', minLength: 1 },
      timeParam: { type: 'string', minLength: 1 },
      toleranceSec: { type: 'integer', minimum: 1 },
      required: { type: 'boolean' },
    },
    required: ['signParam', 'timeParam', 'toleranceSec', 'required'],
  },
  defaultMockSecret: DEFAULT_MOCK_SECRET,
  sign: (scheme, input) => ({ headers: {}, query: sign({ token: input.secret, requestTime: input.seconds }, scheme) }),
  prepareVerify(scheme, secrets, now, what) {
    // Tencent signs only when authentication is switched on; a contract that says so may go unsigned.
    if (!scheme.required && secrets.length === 0) return () => undefined;
    requireSecrets(secrets, what);
    return (_rawBody, _header, query) => verify(query(), secrets, { now, toleranceSec: scheme.toleranceSec }, scheme);
  },
  bridgeParameters(scheme) {
    const when = scheme.required ? '' : ' Sent only when webhook authentication is switched on, so optional here.';
    return [
      {
        name: scheme.signParam,
        in: 'query',
        required: scheme.required,
        description: `hex(sha256(token + ${scheme.timeParam})).${when}`,
      },
      {
        name: scheme.timeParam,
        in: 'query',
        required: scheme.required,
        description: `Unix seconds when the request was signed.${when}`,
      },
    ];
  },
  docs: (s) => ({
    facts: [
      ['Query parameters', `\`${s.signParam}\` and \`${s.timeParam}\``],
      [
        'Value',
        `\`${s.signParam} = hex(sha256(token + ${s.timeParam}))\`: a plain SHA-256 of the token followed by the time, not an HMAC`,
      ],
      ['Secret', s.secret ?? 'the callback token'],
      [
        'Covers',
        'only the token and the time; the body is not covered. Anyone who sees one signed URL can send any body with it within the window: use HTTPS and keep the window short.',
      ],
      ['Replay window', `\`${s.timeParam}\` (unix seconds) within ±${s.toleranceSec} s of your clock`],
      [
        'Always sent',
        s.required
          ? 'yes'
          : `no: only when webhook authentication is switched on in the console; without it requests carry no \`${s.signParam}\``,
      ],
    ],
    steps: [
      `Read \`${s.signParam}\` and \`${s.timeParam}\` from the query string; reject the request if either is missing (once authentication is on).`,
      `Reject a \`${s.timeParam}\` more than ${s.toleranceSec} s away from now, in either direction.`,
      `Compute \`hex(sha256(token + ${s.timeParam}))\` and compare it with \`${s.signParam}\` in constant time.`,
    ],
  }),
  attacks: (s) => ({
    signature: { in: 'query', names: [s.signParam] },
    timestamp: { in: 'query', name: s.timeParam, toleranceSec: s.toleranceSec },
  }),
  deliveryKeyHint: () => [],
  describe: (s) =>
    `tencent-sha256: ${s.signParam} = sha256(token + ${s.timeParam}) in the query, ±${s.toleranceSec} s${s.required ? '' : ', when enabled'}`,
};
