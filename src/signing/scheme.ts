/**
 * The one interface every signature scheme implements. A scheme is one file (`src/signing/<scheme>.ts`)
 * exporting a `SchemeModule` and one line in `registry.ts`; every feature (the spec extension schema, the
 * model's types, docs, the OpenAPI bridge, the receiver, delivery, mocks, contract runners) reads the scheme
 * through this interface, so a missing piece does not compile.
 */
import type { Confidence } from '../model/model.js';

/** The documentation fields every scheme's parameters carry (never the secret itself). */
export interface SchemeBase {
  /** What the secret is, in the platform's words (never the secret itself). */
  secret?: string;
  source?: string;
  confidence?: Confidence;
  notes?: string;
}

/** Any scheme's parameters: its name and its own fields. */
export type SchemeParams = SchemeBase & { scheme: string };

/** Check one request: its raw body, a header reader, and its query (built only for schemes that sign it, a URL parse). */
export type PreparedVerify = (
  rawBody: Uint8Array | string,
  header: (name: string) => string | undefined,
  query: () => URLSearchParams,
) => void;

/** What signing one request adds to it. */
export interface SignedParts {
  headers: Record<string, string>;
  query: Record<string, string>;
}

/** What a scheme needs to sign one request; `id` is called only by schemes that send a message id. */
export interface SignInput {
  rawBody: Buffer;
  /** Checked non-empty by the caller for schemes that sign. */
  secret: string;
  /** Unix seconds of the signature. */
  seconds: number;
  id: () => string;
}

/**
 * A scheme's parameters in the `x-chathooks-signature` extension, as a JSON Schema fragment. `extensions.ts`
 * adds `scheme` and the documentation fields, and closes the object; a property's `default` is filled in by
 * the loader when the spec leaves it out (the README's extension table lists them).
 */
export interface SchemeParameters<S extends SchemeParams> {
  properties: { readonly [K in Exclude<keyof S, keyof SchemeBase | 'scheme'>]-?: object };
  required: readonly Exclude<keyof S, keyof SchemeBase | 'scheme'>[];
}

/** One header or query parameter the OpenAPI bridge declares for a scheme. */
export interface BridgeParameter {
  name: string;
  in: 'header' | 'query';
  required: boolean;
  description: string;
}

/**
 * What the docs page says about a scheme. Text is prose with `code` spans (backticks), escaped by the page.
 */
export interface SchemeDocs {
  /** Definition-list rows: what travels where, the value, the secret, what is covered, the replay window. */
  facts: readonly (readonly [term: string, text: string])[];
  /** The steps of verifying by hand (none for a scheme with nothing to verify). */
  steps: readonly string[];
  /** The scheme's own specification, when it has one. */
  see?: { label: string; url: string };
  /** A warning shown in place of the facts (an unsigned platform). */
  warning?: string;
}

/**
 * The attacks the consumer contract sends, as data: the planner turns them into cases (missing and wrong
 * signature always; stale and future timestamps when `timestamp` is given).
 */
export interface SchemeAttacks {
  /** Where the signature travels; `names[0]` is named in messages, every one present is tampered with. */
  signature: { in: 'header' | 'query'; names: readonly string[] };
  /** The timestamp the signature covers and the window the receiver allows, both ways. */
  timestamp?: { in: 'header' | 'query'; name: string; toleranceSec: number };
}

/**
 * One signature scheme. Every member is required: a scheme without docs, bridge parameters or attacks does
 * not compile.
 *
 * @example
 * export const acme: SchemeModule<AcmeScheme> = { name: 'acme-hmac', signs: true, parameters: { properties: {}, required: [] }, … };
 */
export interface SchemeModule<S extends SchemeParams> {
  /** The value of `scheme` in `x-chathooks-signature`. */
  name: S['scheme'];
  /** Whether requests carry a signature at all (`none`: no secret, no checks, no attacks). */
  signs: boolean;
  parameters: SchemeParameters<S>;
  /** The secret a mock verifies with when none is configured (public, documented: mocks are for tests). */
  defaultMockSecret: string;
  /** The headers and query parameters that sign a request; the secret is already checked. */
  sign(scheme: S, input: SignInput): SignedParts;
  /**
   * The check for these secrets, with what can be prepared once prepared; throws TypeError naming `what` for a
   * bad secret (an empty one always), and SignatureVerificationError per bad request. Compares in constant time.
   */
  prepareVerify(scheme: S, secrets: readonly string[], now: () => number, what: string): PreparedVerify;
  /** The headers and query parameters the OpenAPI bridge declares. */
  bridgeParameters(scheme: S): BridgeParameter[];
  docs(scheme: S): SchemeDocs;
  /** Undefined for a scheme that signs nothing. */
  attacks(scheme: S): SchemeAttacks | undefined;
  /** Key references (`header:<name>`) that identify a delivery when the contract names none. */
  deliveryKeyHint(scheme: S): readonly string[];
  /** The scheme in one line, for summaries. */
  describe(scheme: S): string;
}

/** The default mock secret of every scheme whose secret has no format of its own (public: mocks are for tests). */
export const DEFAULT_MOCK_SECRET = 'chathooks-mock-secret';
