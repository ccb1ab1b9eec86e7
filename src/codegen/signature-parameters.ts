/**
 * The headers and query parameters a signature scheme puts on every request, as OpenAPI parameters of the
 * bridge. Prism rejects a request missing a required parameter (422/400), so an unsigned request to a Prism
 * mock is refused; Prism checks presence and schema only, never the signature itself.
 */
import type { SignatureScheme } from '../model/model.js';
import type { JsonObject } from '../model/json.js';

const STANDARD_WEBHOOKS: readonly [string, string][] = [
  ['webhook-id', 'Standard Webhooks: the delivery id (the same on every retry of one delivery).'],
  ['webhook-timestamp', 'Standard Webhooks: Unix seconds when the delivery was signed.'],
  ['webhook-signature', 'Standard Webhooks: space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`.'],
];

const param = (name: string, where: 'header' | 'query', required: boolean, description: string): JsonObject => ({
  name,
  in: where,
  required,
  schema: { type: 'string' },
  description,
});

/**
 * OpenAPI parameters for a scheme. An hmac scheme with `legacyHeaders` accepts the signature in any one of its
 * headers, which OpenAPI cannot require ("one of these"): they are declared optional and say so. Tencent's
 * parameters are required only when the spec says the platform always signs (`required: true`).
 *
 * @example
 * signatureParameters({ scheme: 'standard-webhooks', toleranceSec: 300 }).map((p) => p.name); // ['webhook-id', 'webhook-timestamp', 'webhook-signature']
 */
export function signatureParameters(scheme: SignatureScheme): JsonObject[] {
  switch (scheme.scheme) {
    case 'hmac-sha256': {
      const names = [scheme.header, ...(scheme.legacyHeaders ?? [])];
      const what = `${scheme.encoding === 'hex' ? 'Hex' : 'Base64'} HMAC-SHA256 of the raw request body${scheme.prefix ? ` after the prefix \`${scheme.prefix}\`` : ''}.`;
      if (names.length === 1) return [param(scheme.header, 'header', true, what)];
      const either = `The signature is required in one of ${names.map((n) => `\`${n}\``).join(', ')}; OpenAPI cannot require one of several headers, so each is declared optional (a mock such as Prism then accepts a request without any).`;
      return names.map((name) => param(name, 'header', false, `${what} ${either}`));
    }
    case 'tencent-sha256': {
      const when = scheme.required ? '' : ' Sent only when webhook authentication is switched on, so optional here.';
      return [
        param(scheme.signParam, 'query', scheme.required, `hex(sha256(token + ${scheme.timeParam})).${when}`),
        param(scheme.timeParam, 'query', scheme.required, `Unix seconds when the request was signed.${when}`),
      ];
    }
    case 'standard-webhooks':
      return STANDARD_WEBHOOKS.map(([name, description]) => param(name, 'header', true, description));
    case 'none':
      return [];
  }
}

/**
 * Merge the scheme's parameters into those the spec declares: a parameter of both keeps the spec's schema and
 * description and takes `required` from the scheme (header names compare case-insensitively).
 *
 * @example
 * withSignature([{ name: 'x-sig', in: 'header', required: true, schema }], scheme);
 */
export function withSignature(declared: readonly JsonObject[], scheme: SignatureScheme): JsonObject[] {
  const key = (p: JsonObject): string => `${String(p['in'])}:${p['in'] === 'header' ? String(p['name']).toLowerCase() : String(p['name'])}`;
  const fromScheme = new Map(signatureParameters(scheme).map((p) => [key(p), p]));
  const out = declared.map((p) => {
    const s = fromScheme.get(key(p));
    if (!s) return p;
    fromScheme.delete(key(p));
    return { ...p, required: s['required'] };
  });
  return [...out, ...fromScheme.values()];
}
