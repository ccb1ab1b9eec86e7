/**
 * Tencent Cloud Chat: `Sign = lowercase hex(sha256(token + RequestTime))` in the query string. The body is
 * not covered, so a freshness window on RequestTime is the only replay protection.
 */
import { createHash } from 'node:crypto';
import type { TencentSha256Scheme } from '../model/model.js';
import { safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { requireSecret, requireSecrets } from './secrets.js';

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
  return { [scheme.signParam]: tencentSign(input.token, input.requestTime), [scheme.timeParam]: String(input.requestTime) };
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
  if (!signValue) throw new SignatureVerificationError('missing', 'query', scheme.signParam, `query parameter ${scheme.signParam} is missing; enable webhook authentication in the Chat console or check the callback URL.`);
  if (!time) throw new SignatureVerificationError('missing', 'query', scheme.timeParam, `query parameter ${scheme.timeParam} is missing; it must accompany ${scheme.signParam}.`);
  if (!/^[0-9a-fA-F]{64}$/.test(signValue)) throw new SignatureVerificationError('malformed', 'query', scheme.signParam, `query parameter ${scheme.signParam} is not 64 hex digits.`);
  if (!/^[0-9]{1,12}$/.test(time)) throw new SignatureVerificationError('malformed', 'query', scheme.timeParam, `query parameter ${scheme.timeParam} is not unix seconds.`);
  const tolerance = options.toleranceSec ?? 60;
  const skew = Number(time) - Math.floor((options.now ?? Date.now)() / 1000);
  if (skew < -tolerance) throw new SignatureVerificationError('stale', 'query', scheme.timeParam, `${scheme.timeParam} is ${-skew} s old, outside the ±${tolerance} s window (a replay, or a clock out of sync).`);
  if (skew > tolerance) throw new SignatureVerificationError('future', 'query', scheme.timeParam, `${scheme.timeParam} is ${skew} s in the future, outside the ±${tolerance} s window (check the server clock).`);
  const given = signValue.toLowerCase();
  if (!tokens.some((t) => safeEqual(tencentSign(t, time), given))) {
    throw new SignatureVerificationError('mismatch', 'query', scheme.signParam, `query parameter ${scheme.signParam} does not match sha256(token + ${scheme.timeParam}) for any configured token.`);
  }
}
