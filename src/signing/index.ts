/** Scheme-agnostic signing and verification, driven by a contract's `signature`. */
import { bodyBytes } from './compare.js';
import { schemeModule, type SignatureScheme } from './registry.js';
import { requireSecret } from './secrets.js';
import { prepareVerify } from './verify.js';

export interface SignatureInput {
  rawBody: Uint8Array | string;
  /** A fetch `Headers` (or anything with a case-insensitive `get`), or a plain object of headers. */
  headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>;
  query: URLSearchParams;
}

function headerLookup(headers: SignatureInput['headers']): (name: string) => string | undefined {
  if (typeof headers.get === 'function') {
    const reader = headers as { get(name: string): string | null };
    return (name) => reader.get(name) ?? undefined;
  }
  const lower = new Map(
    Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]),
  );
  return (name) => lower.get(name.toLowerCase()) ?? undefined;
}

/**
 * Verify a request's signature per its contract; throws SignatureVerificationError. Several secrets may be
 * given (rotation): any match passes.
 *
 * @example
 * verifySignature(contract.signature, { rawBody, headers: request.headers, query: url.searchParams }, [secret]);
 */
export function verifySignature(
  scheme: SignatureScheme,
  input: SignatureInput,
  secrets: string | readonly string[],
  options: { now?: () => number } = {},
): void {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  prepareVerify(
    scheme,
    list,
    options.now ?? Date.now,
    'verifySignature: `secrets`',
  )(input.rawBody, headerLookup(input.headers), () => input.query);
}

/**
 * The headers and query parameters that sign a request per its contract. An empty secret (or one the scheme
 * cannot read, such as a Standard Webhooks secret that is not base64) throws an OptionError: `deliver` signs through here.
 *
 * @example
 * const { headers, query } = signRequest(contract.signature, { rawBody, secret });
 */
export function signRequest(
  scheme: SignatureScheme,
  input: { rawBody: Uint8Array | string; secret: string; now?: () => number; id?: string },
): { headers: Record<string, string>; query: Record<string, string> } {
  const seconds = Math.floor((input.now ?? Date.now)() / 1000);
  const module = schemeModule(scheme);
  if (module.signs) requireSecret(input.secret, 'signRequest: `secret`');
  const id = (): string => input.id ?? `msg_${seconds.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  return module.sign({ rawBody: bodyBytes(input.rawBody), secret: input.secret, seconds, id });
}

export { SignatureVerificationError, type SignatureFailureReason } from './errors.js';
export { hmacDigest, sign as signHmacSha256, verify as verifyHmacSha256 } from './hmac-sha256.js';
export { tencentSign, sign as signTencentSha256, verify as verifyTencentSha256 } from './tencent-sha256.js';
export {
  standardSignature,
  sign as signStandardWebhooks,
  verify as verifyStandardWebhooks,
} from './standard-webhooks.js';
export { standardWebhooksKey } from './secrets.js';
