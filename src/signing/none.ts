/** Platforms that sign nothing (GAIFE): there is nothing to add and nothing to check. */
import { DEFAULT_MOCK_SECRET, type SchemeBase, type SchemeModule } from './scheme.js';

/** No documented signature. */
export interface NoSignatureScheme extends SchemeBase {
  scheme: 'none';
}

/** @example sign() // {} */
export function sign(): Record<string, string> {
  return {};
}

/** @example verify() // never throws */
export function verify(): void {}

/**
 * The scheme of platforms that sign nothing: no secret, no checks, a warning on its docs page.
 *
 * @example
 * none.describe({ scheme: 'none' }); // 'none documented'
 */
export const none: SchemeModule<NoSignatureScheme> = {
  name: 'none',
  signs: false,
  parameters: { properties: {}, required: [] },
  defaultMockSecret: DEFAULT_MOCK_SECRET,
  sign: () => ({ headers: sign(), query: {} }),
  prepareVerify: () => () => verify(),
  bridgeParameters: () => [],
  docs: () => ({
    facts: [],
    steps: [],
    warning:
      "The platform documents no request signature. Anyone who knows the URL can post to it: use a long, secret path, HTTPS, and where possible an allow-list of the platform's addresses. Validate every payload against its schema before acting on it.",
  }),
  attacks: () => undefined,
  deliveryKeyHint: () => [],
  describe: () => 'none documented',
};
