/**
 * The secrets a mock verifies with when none is configured: one place, one per signature scheme, because a
 * scheme's secret has its own format (Standard Webhooks senders refuse anything but base64 after `whsec_`).
 * They are public, documented values: a mock is for tests, never for production traffic.
 */
import type { SignatureScheme, SignatureSchemeName } from '../model/model.js';

/** The default secret of the HMAC, Tencent and unsigned schemes (the historical `chathooks-mock-secret`). */
export const DEFAULT_MOCK_SECRET = 'chathooks-mock-secret';

/**
 * The default Standard Webhooks secret: `whsec_` + base64 of the 32 bytes `chathooks mock secret (public!)!`, which
 * the official `standardwebhooks` package accepts (it base64-decodes what follows the prefix).
 */
export const DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET = 'whsec_Y2hhdGhvb2tzIG1vY2sgc2VjcmV0IChwdWJsaWMhKSE=';

/**
 * The secret a mock (native, MSW, the provider contract) verifies with when none is configured for a contract.
 *
 * @example
 * defaultMockSecret('standard-webhooks'); // 'whsec_Y2hhdGhvb2tzIG1vY2sgc2VjcmV0IChwdWJsaWMhKSE='
 * defaultMockSecret(contract.signature); // 'chathooks-mock-secret' for hmac-sha256
 */
export function defaultMockSecret(scheme: SignatureScheme | SignatureSchemeName): string {
  const name = typeof scheme === 'string' ? scheme : scheme.scheme;
  switch (name) {
    case 'standard-webhooks':
      return DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET;
    case 'hmac-sha256':
    case 'tencent-sha256':
    case 'none':
      return DEFAULT_MOCK_SECRET;
  }
}

/**
 * The default secrets in words, for a headline or help text: one when the schemes share it.
 *
 * @example
 * describeDefaultSecrets(['hmac-sha256', 'standard-webhooks']); // 'chathooks-mock-secret; standard-webhooks: whsec_…'
 */
export function describeDefaultSecrets(schemes: readonly SignatureSchemeName[]): string {
  const distinct = [...new Set(schemes)];
  const others = distinct.filter((s) => defaultMockSecret(s) !== DEFAULT_MOCK_SECRET);
  const shared = distinct.length === 0 || others.length < distinct.length ? [DEFAULT_MOCK_SECRET] : [];
  return [...shared, ...others.map((s) => `${s}: ${defaultMockSecret(s)}`)].join('; ');
}
