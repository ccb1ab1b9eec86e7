/** Verification of a contract's scheme: shared by `verifySignature` and receivers (internal, not exported). */
import { schemeModule, type SignatureScheme } from './registry.js';
import type { PreparedVerify } from './scheme.js';

export type { PreparedVerify } from './scheme.js';

/**
 * The check for a scheme and its secrets, with what can be prepared once prepared (HMAC keys); throws
 * SignatureVerificationError per request. Secrets are checked here, once: an empty one (or one the scheme
 * cannot read, such as a Standard Webhooks secret that is not base64) throws an OptionError naming `what`.
 *
 * @example
 * const verify = prepareVerify(contract.signature, [secret], Date.now);
 * verify(rawBody, (name) => headers.get(name) ?? undefined, () => url.searchParams);
 */
export function prepareVerify(
  scheme: SignatureScheme,
  secrets: readonly string[],
  now: () => number,
  what = 'prepareVerify: `secrets`',
): PreparedVerify {
  return schemeModule(scheme).prepareVerify(secrets, now, what);
}
