/**
 * The headers and query parameters a signature scheme puts on every request, as OpenAPI parameters of the
 * bridge. Prism rejects a request missing a required parameter (422/400), so an unsigned request to a Prism
 * mock is refused; Prism checks presence and schema only, never the signature itself.
 */
import type { SignatureScheme } from '../model/model.js';
import { schemeModule } from '../signing/registry.js';
import type { JsonObject } from '../model/json.js';

/**
 * OpenAPI parameters for a scheme, as its module declares them (an hmac scheme with `legacyHeaders` declares
 * each optional and says why; Tencent's are required only when the spec says the platform always signs).
 *
 * @example
 * signatureParameters(contract.signature).map((p) => p.name); // ['webhook-id', 'webhook-timestamp', 'webhook-signature']
 */
export function signatureParameters(scheme: SignatureScheme): JsonObject[] {
  return schemeModule(scheme)
    .bridgeParameters()
    .map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      schema: { type: 'string' },
      description: p.description,
    }));
}

/**
 * Merge the scheme's parameters into those the spec declares: a parameter of both keeps the spec's schema and
 * description and takes `required` from the scheme (header names compare case-insensitively).
 *
 * @example
 * withSignature([{ name: 'x-sig', in: 'header', required: true, schema }], scheme);
 */
export function withSignature(declared: readonly JsonObject[], scheme: SignatureScheme): JsonObject[] {
  const key = (p: JsonObject): string =>
    `${String(p['in'])}:${p['in'] === 'header' ? String(p['name']).toLowerCase() : String(p['name'])}`;
  const fromScheme = new Map(signatureParameters(scheme).map((p) => [key(p), p]));
  const out = declared.map((p) => {
    const s = fromScheme.get(key(p));
    if (!s) return p;
    fromScheme.delete(key(p));
    return { ...p, required: s['required'] };
  });
  return [...out, ...fromScheme.values()];
}
