/**
 * The secrets a mock verifies with when none is configured: each scheme's module names its own, because a
 * scheme's secret may have its own format (Standard Webhooks senders refuse anything but base64 after `whsec_`).
 * They are public, documented values: a mock is for tests, never for production traffic.
 */
import type { SignatureScheme, SignatureSchemeName } from '../model/model.js';
import { SCHEME_NAMES, SCHEMES } from '../signing/registry.js';
import { DEFAULT_MOCK_SECRET } from '../signing/scheme.js';

/** The default secret of every scheme whose secret has no format of its own (the historical `chathooks-mock-secret`). */
export { DEFAULT_MOCK_SECRET } from '../signing/scheme.js';

/**
 * The default Standard Webhooks secret: `whsec_` + base64 of the 32 bytes `chathooks mock secret (public!)!`, which
 * the official `standardwebhooks` package accepts (it base64-decodes what follows the prefix).
 */
export { DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET } from '../signing/standard-webhooks.js';

/**
 * The secret a mock (native, MSW, the provider contract) verifies with when none is configured for a contract.
 *
 * @example
 * defaultMockSecret(contract.signature); // 'chathooks-mock-secret' for an hmac-sha256 contract, 'whsec_…' for Standard Webhooks
 */
export function defaultMockSecret(scheme: SignatureScheme | SignatureSchemeName): string {
  return SCHEMES[typeof scheme === 'string' ? scheme : scheme.scheme].defaultMockSecret;
}

/**
 * The default secrets in words, for a headline or help text: one when the schemes share it (every registered
 * scheme when none is given).
 *
 * @example
 * describeDefaultSecrets(contracts.map((c) => c.signature.scheme)); // 'chathooks-mock-secret; standard-webhooks: whsec_…'
 */
export function describeDefaultSecrets(schemes: readonly SignatureSchemeName[] = SCHEME_NAMES): string {
  const distinct = [...new Set(schemes)];
  const others = distinct.filter((s) => defaultMockSecret(s) !== DEFAULT_MOCK_SECRET);
  const shared = distinct.length === 0 || others.length < distinct.length ? [DEFAULT_MOCK_SECRET] : [];
  return [...shared, ...others.map((s) => `${s}: ${defaultMockSecret(s)}`)].join('; ');
}
