/**
 * The signature attacks of the consumer contract, read from the scheme registry: each scheme's module says
 * where its signature and timestamp travel, and this turns that into cases (missing and wrong signature
 * always; stale and future timestamps where the scheme signs a time). No scheme is named here.
 */
import type { Transcript } from '../delivery/index.js';
import type { SignatureScheme } from '../model/model.js';
import { schemeModule } from '../signing/registry.js';

export type SignatureCheck = 'missing-signature' | 'wrong-signature' | 'stale-timestamp' | 'future-timestamp';

/** How an attack alters a correctly signed delivery. */
export type Alteration =
  /** Sent without any signature. */
  | { kind: 'unsigned' }
  /** Signed, then each named header or query parameter present is changed by one character. */
  | { kind: 'tamper'; in: 'header' | 'query'; names: readonly string[] }
  /** Signed with a clock this far off (ms), outside the scheme's window. */
  | { kind: 'clock'; offsetMs: number };

/** One case a receiver must refuse: its name, check, how to make it, and the hint on failure. */
export interface SignatureAttack {
  name: string;
  check: SignatureCheck;
  alter: Alteration;
  hint: string;
}

/** How far outside the window the timestamp attacks sign: far enough that no clock drift makes them pass. */
const BEYOND_WINDOW_SEC = 300;

/**
 * The attacks for a contract's scheme, in the order they are planned (none for a scheme that signs nothing).
 *
 * @example
 * signatureAttacks(contract.signature).map((a) => a.check); // ['missing-signature', 'wrong-signature', 'stale-timestamp', 'future-timestamp']
 */
export function signatureAttacks(scheme: SignatureScheme): SignatureAttack[] {
  const attacks = schemeModule(scheme).attacks();
  if (!attacks) return [];
  const { signature, timestamp } = attacks;
  const field = `${signature.names[0] ?? 'signature'} ${signature.in === 'query' ? 'query parameter' : 'header'}`;
  const out: SignatureAttack[] = [
    {
      name: 'signature: missing',
      check: 'missing-signature',
      alter: { kind: 'unsigned' },
      hint: `the delivery carries no ${field}; a receiver must require it`,
    },
    {
      name: 'signature: wrong',
      check: 'wrong-signature',
      alter: { kind: 'tamper', in: signature.in, names: signature.names },
      hint: `the ${field} does not match; the receiver must verify it`,
    },
  ];
  if (timestamp) {
    const skew = timestamp.toleranceSec + BEYOND_WINDOW_SEC;
    const window = `window ±${timestamp.toleranceSec} s`;
    out.push(
      {
        name: 'signature: stale timestamp',
        check: 'stale-timestamp',
        alter: { kind: 'clock', offsetMs: -skew * 1000 },
        hint: `signed ${skew} s ago (${window}); check ${timestamp.name} or replays pass`,
      },
      {
        name: 'signature: future timestamp',
        check: 'future-timestamp',
        alter: { kind: 'clock', offsetMs: skew * 1000 },
        hint: `signed ${skew} s in the future (${window}); check ${timestamp.name} both ways`,
      },
    );
  }
  return out;
}

/**
 * A signed request with each named header or query parameter that is present changed by one character.
 *
 * @example
 * tampered(request, { kind: 'tamper', in: 'header', names: ['x-line-signature'] });
 */
export function tampered(
  request: Transcript['request'],
  alter: Extract<Alteration, { kind: 'tamper' }>,
): Transcript['request'] {
  if (alter.in === 'query') {
    const url = new URL(request.url);
    for (const name of alter.names) url.searchParams.set(name, tamper(url.searchParams.get(name) ?? ''));
    return { ...request, url: url.href };
  }
  const headers = { ...request.headers };
  for (const name of alter.names) {
    const key = name.toLowerCase();
    if (headers[key] !== undefined) headers[key] = tamper(headers[key]);
  }
  return { ...request, headers };
}

/** Change the last letter or digit (a digest's last character), so the value keeps its shape but not its meaning. */
function tamper(value: string): string {
  const i = value.search(/[A-Za-z0-9](?=[^A-Za-z0-9]*$)/);
  if (i < 0) return `${value}x`;
  const c = value[i]!;
  const swapped =
    c === '0' ? '1' : c === 'a' ? 'b' : c === 'A' ? 'B' : /[0-9]/.test(c) ? '0' : /[a-z]/.test(c) ? 'a' : 'A';
  return value.slice(0, i) + swapped + value.slice(i + 1);
}
