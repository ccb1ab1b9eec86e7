/**
 * Secrets are checked where they enter: an empty key makes an HMAC (or Tencent's sha256(token + time)) that
 * anyone can compute, so a receiver keyed with nothing would accept forged deliveries. Every entry point
 * (`sign`/`verify` per scheme, `prepareVerify`, `signRequest`, `createReceiver`, `deliver`) refuses one.
 */
import { OptionError } from '../model/errors.js';

/** Throw an OptionError naming `what` (the option or argument) when a secret is empty or not a string. */
export function requireSecret(secret: unknown, what: string): void {
  if (secret instanceof Uint8Array) {
    if (secret.byteLength === 0)
      throw new OptionError(
        `${what} is empty; pass the signing secret the platform shows (an empty key signs what anyone can sign).`,
      );
    return;
  }
  if (typeof secret !== 'string') {
    throw new OptionError(
      `${what} is ${secret === null ? 'null' : typeof secret}, not a string; pass the signing secret the platform shows (check that its environment variable is set).`,
    );
  }
  if (secret.length === 0)
    throw new OptionError(
      `${what} is an empty string; pass the signing secret the platform shows (check that its environment variable is set): an empty key signs what anyone can sign.`,
    );
}

/**
 * Check a list of secrets (rotation): at least one, none empty. `what` names the option, e.g. "createReceiver(protocol): `secret`".
 *
 * @example
 * requireSecrets(['new', 'old'], 'verifySignature: `secrets`'); // ok
 * requireSecrets(['real', ''], 'createReceiver(protocol): `secret`'); // OptionError: … `secret`[1] is an empty string; …
 */
export function requireSecrets(secrets: readonly unknown[], what: string): void {
  if (secrets.length === 0) throw new OptionError(`${what} is an empty list; pass at least one signing secret.`);
  secrets.forEach((secret, i) => requireSecret(secret, secrets.length === 1 ? what : `${what}[${i}]`));
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The HMAC key of a Standard Webhooks secret, decoded exactly as the official `standardwebhooks` package
 * decodes it: an optional `whsec_` prefix, then strict base64 (standard alphabet, padded); bytes are the raw key.
 * A secret that is not base64, or decodes to nothing, is refused (the official package throws too).
 *
 * @example
 * standardWebhooksKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'secret'); // 24 bytes
 * standardWebhooksKey('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'secret');       // the same 24 bytes
 */
export function standardWebhooksKey(secret: string | Uint8Array, what: string): Buffer {
  requireSecret(secret, what);
  if (typeof secret !== 'string') return Buffer.from(secret);
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  if (!BASE64.test(encoded)) {
    throw new OptionError(
      `${what} is not a Standard Webhooks secret: after the optional "whsec_" prefix it must be base64 (A–Z a–z 0–9 + /, padded with =), as the official standardwebhooks package reads it; pass the secret exactly as the platform shows it ("whsec_…"), or raw key bytes as a Uint8Array.`,
    );
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0)
    throw new OptionError(
      `${what} decodes to an empty key ("whsec_" with nothing after it); pass the full secret the platform shows.`,
    );
  return key;
}
