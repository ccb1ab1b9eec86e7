/**
 * The registry: every signature scheme chathooks knows, one line each. The model's `SignatureScheme` union,
 * the `x-chathooks-signature` schema, docs, the OpenAPI bridge, receivers, delivery, mocks and contract
 * runners all read schemes from here; nothing else lists scheme names. Adding a scheme is one file
 * implementing `SchemeModule` and one line below.
 */
import { OptionError } from '../model/errors.js';
import { hmacSha256 } from './hmac-sha256.js';
import { line } from './line.js';
import { none } from './none.js';
import type { SchemeModule, SchemeParams } from './scheme.js';
import { slackV0 } from './slack-v0.js';
import { standardWebhooks } from './standard-webhooks.js';
import { tencentSha256 } from './tencent-sha256.js';

/** A module registered under the name it declares (a module filed under another name does not compile). */
type Registered<T> = {
  [K in keyof T]: T[K] extends SchemeModule<infer S>
    ? S['scheme'] extends K
      ? K extends S['scheme']
        ? T[K]
        : never
      : never
    : never;
};

/**
 * Every scheme, by the name a spec gives it.
 *
 * @example
 * SCHEMES['hmac-sha256'].describe({ scheme: 'hmac-sha256', header: 'x-sig', encoding: 'hex' }); // 'hmac-sha256 (hex) in header x-sig'
 */
export const SCHEMES = {
  'hmac-sha256': hmacSha256,
  'tencent-sha256': tencentSha256,
  'standard-webhooks': standardWebhooks,
  line,
  'slack-v0': slackV0,
  none,
} as const;
SCHEMES satisfies Registered<typeof SCHEMES>;

type ParamsOf<M> = M extends SchemeModule<infer S> ? S : never;

/** A scheme's name, as `x-chathooks-signature.scheme` gives it. */
export type SignatureSchemeName = keyof typeof SCHEMES;

/** A signature scheme and its parameters: the union of every registered module's parameters. */
export type SignatureScheme = { [K in SignatureSchemeName]: ParamsOf<(typeof SCHEMES)[K]> }[SignatureSchemeName];

/** The scheme of a spec without `x-chathooks-signature`: nothing documented, nothing checked. */
export const DEFAULT_SIGNATURE: SignatureScheme = { scheme: none.name };

/** Every scheme name, in registry order (for enums in schemas and help texts). */
export const SCHEME_NAMES = Object.keys(SCHEMES) as SignatureSchemeName[];

/** The module of a scheme's name, typed for its parameters. */
function schemeOf<S extends SignatureScheme>(scheme: S): SchemeModule<S> {
  // The registry maps each name to the module of that name's parameters (checked by `Registered` above);
  // TypeScript cannot correlate a union key with its entry, hence the cast.
  // A contract built by hand (not loaded, so not validated) may name a scheme chathooks does not know.
  if (!Object.hasOwn(SCHEMES, scheme.scheme)) {
    throw new OptionError(
      `Unknown signature scheme "${String(scheme.scheme)}"; chathooks knows ${SCHEME_NAMES.join(', ')} (fix x-chathooks-signature in the spec, or regenerate).`,
    );
  }
  return SCHEMES[scheme.scheme as SignatureSchemeName] as unknown as SchemeModule<S>;
}

/**
 * A contract's scheme module with the contract's parameters applied: how every feature reads a scheme.
 *
 * @example
 * schemeModule(contract.signature).describe(); // 'hmac-sha256 (hex) in header x-protocol-signature'
 */
export function schemeModule(scheme: SignatureScheme): BoundScheme {
  const m = schemeOf(scheme);
  return {
    name: m.name,
    signs: m.signs,
    defaultMockSecret: m.defaultMockSecret,
    sign: (input) => m.sign(scheme, input),
    prepareVerify: (secrets, now, what) => m.prepareVerify(scheme, secrets, now, what),
    bridgeParameters: () => m.bridgeParameters(scheme),
    docs: () => m.docs(scheme),
    attacks: () => m.attacks(scheme),
    deliveryKeyHint: () => m.deliveryKeyHint(scheme),
    describe: () => m.describe(scheme),
  };
}

type Module = SchemeModule<SchemeParams>;

/** A module with one scheme's parameters applied (its `parameters` schema is read from `SCHEMES`). */
export type BoundScheme = {
  [K in Exclude<keyof Module, 'parameters'>]: Module[K] extends (scheme: SchemeParams, ...rest: infer A) => infer R
    ? (...args: A) => R
    : Module[K];
};
