/** Verification dispatched on a contract's scheme: shared by `verifySignature` and receivers (internal, not exported). */
import type { SignatureScheme } from '../model/model.js';
import * as hmac from './hmac-sha256.js';
import { hmacSha256Key } from './hmac-key.js';
import * as none from './none.js';
import * as standard from './standard-webhooks.js';
import * as tencent from './tencent-sha256.js';
import { requireSecrets } from './secrets.js';

/** Check one request: its raw body, a header reader, and its query (built only for schemes that sign it, a URL parse). */
export type PreparedVerify = (rawBody: Uint8Array | string, header: (name: string) => string | undefined, query: () => URLSearchParams) => void;

/**
 * The check for a scheme and its secrets, with what can be prepared once prepared (HMAC keys); throws
 * SignatureVerificationError per request. Secrets are checked here, once: an empty one (or, for Standard
 * Webhooks, one that is not base64) throws an OptionError naming `what`, the option they came from.
 *
 * @example
 * const verify = prepareVerify(contract.signature, [secret], Date.now);
 * verify(rawBody, (name) => headers.get(name) ?? undefined, () => url.searchParams);
 */
export function prepareVerify(scheme: SignatureScheme, secrets: readonly string[], now: () => number, what = 'prepareVerify: `secrets`'): PreparedVerify {
  switch (scheme.scheme) {
    case 'hmac-sha256': {
      requireSecrets(secrets, what);
      const keys = secrets.map((s) => hmacSha256Key(s));
      return (rawBody, header) => hmac.verifyKeys(rawBody, header, keys, scheme);
    }
    case 'tencent-sha256':
      // Tencent signs only when authentication is switched on; a contract that says so may go unsigned.
      if (!scheme.required && secrets.length === 0) return () => undefined;
      requireSecrets(secrets, what);
      return (_rawBody, _header, query) => tencent.verify(query(), secrets, { now, toleranceSec: scheme.toleranceSec }, scheme);
    case 'standard-webhooks': {
      const keys = standard.standardWebhooksKeys(secrets, what);
      return (rawBody, header) => standard.verifyKeys(rawBody, header, keys, { now, toleranceSec: scheme.toleranceSec });
    }
    case 'none':
      return () => none.verify();
  }
}
