/** The one error signature verification throws: a reason, and where (header or query parameter) — never a secret. */
import { ChathooksError } from '../model/errors.js';

export type SignatureFailureReason = 'missing' | 'malformed' | 'mismatch' | 'stale' | 'future';

export class SignatureVerificationError extends ChathooksError {
  override readonly name = 'SignatureVerificationError';
  readonly code = 'signature';
  constructor(
    readonly reason: SignatureFailureReason,
    readonly location: 'header' | 'query',
    /** The header or query parameter at fault (`x-sendbird-signature`, `Sign`, `RequestTime`, `webhook-timestamp`). */
    readonly field: string,
    detail: string,
  ) {
    super(`Signature verification failed: ${detail}`);
  }
}
