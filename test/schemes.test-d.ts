/** Issue 13, item 1: the compiler leads a scheme's author to every piece, and the model's union follows the registry. */
import { describe, expectTypeOf, test } from 'vitest';
import type { SignatureScheme, SignatureSchemeName } from '../src/model/model.js';
import { hmacSha256 } from '../src/signing/hmac-sha256.js';
import type { SchemeBase, SchemeModule } from '../src/signing/scheme.js';

interface AcmeScheme extends SchemeBase {
  scheme: 'acme';
  header: string;
}

describe('scheme registry types', () => {
  test("the model's SignatureScheme is derived from the registered modules", () => {
    expectTypeOf<SignatureSchemeName>().toEqualTypeOf<
      'hmac-sha256' | 'tencent-sha256' | 'standard-webhooks' | 'line' | 'slack-v0' | 'none'
    >();
    expectTypeOf<Extract<SignatureScheme, { scheme: 'slack-v0' }>>().toHaveProperty('toleranceSec').toBeNumber();
  });

  test('a module missing a piece does not compile', () => {
    const { attacks: _attacks, ...withoutAttacks } = hmacSha256;
    // @ts-expect-error -- `attacks` is required: the consumer contract would have nothing to send.
    const incomplete: SchemeModule<typeof hmacSha256 extends SchemeModule<infer S> ? S : never> = withoutAttacks;
    void incomplete;
  });

  test("a module's parameter schema must cover every parameter of its type", () => {
    const parameters: SchemeModule<AcmeScheme>['parameters'] = {
      properties: { header: { type: 'string' } },
      required: ['header'],
    };
    void parameters;
    // @ts-expect-error -- `header` has no schema: a spec could not set it.
    const missing: SchemeModule<AcmeScheme>['parameters'] = { properties: {}, required: [] };
    void missing;
  });
});
