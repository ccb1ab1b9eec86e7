/** Signature failures of recorded deliveries: the verdict each recording carries, or the raw bytes re-verified. */
import type { Contract } from '../model/model.js';
import { SignatureVerificationError } from '../signing/errors.js';
import { prepareVerify } from '../signing/verify.js';
import { schemeModule } from '../signing/registry.js';
import type { Delivery } from './drift-collect.js';
import { signatureFieldNames } from './recording.js';

/**
 * The signature check of a run: with secrets, the raw bytes re-verified at the time the delivery arrived (so a
 * timestamp window is judged as the receiver judged it); without, the verdict the recording carries.
 *
 * @example
 * const verify = signatureCheck(contract, [token]);
 * verify(delivery); // undefined, or { problem: 'mismatch (query Sign)', checkedBy: 'secret' }
 */
export function signatureCheck(
  contract: Contract,
  secrets: readonly string[] | undefined,
): (d: Delivery) => { problem: string; checkedBy: 'recording' | 'secret' } | undefined {
  const scheme = schemeModule(contract.signature);
  if (!scheme.signs) return () => undefined;
  const recorded = (d: Delivery) =>
    d.recording.signature && !d.recording.signature.valid
      ? { problem: d.recording.signature.problem ?? 'invalid', checkedBy: 'recording' as const }
      : undefined;
  if (!secrets?.length) return recorded;
  // A recording whose signature values were redacted cannot be re-verified: its recorded verdict stands.
  const fields = new Set(signatureFieldNames(contract));
  const redacted = (d: Delivery) => (d.recording.redacted ?? []).some((name) => fields.has(name.toLowerCase()));
  // Keys derived once for the run; each delivery is judged at its own arrival time.
  let arrivedAt = Date.now();
  const verify = prepareVerify(contract.signature, secrets, () => arrivedAt, 'driftReport: `secrets`');
  return (d) => {
    if (redacted(d)) return recorded(d);
    const at = Date.parse(d.recording.receivedAt);
    arrivedAt = Number.isNaN(at) ? Date.now() : at;
    try {
      verify(
        d.raw,
        (name) => d.header.get(name) ?? undefined,
        () => d.url.searchParams,
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof SignatureVerificationError)) throw error;
      return { problem: `${error.reason} (${error.location} ${error.field})`, checkedBy: 'secret' };
    }
  };
}
