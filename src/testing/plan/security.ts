/**
 * `security`: forged, stale and misaddressed deliveries of the sample, each held to its check's expectation.
 * What can be attacked depends on the signature scheme: `attacksFor` is the one place that knows it.
 */
import type { Contract, SignatureScheme } from '../../model/model.js';
import type { CheckName } from '../groups.js';
import { checkCase, signedSample, type Request } from './cases.js';
import type { PlanContext, PlannedCase, ResolvedTarget } from './context.js';

/** How an attack alters a correctly signed delivery of the sample. */
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
  check: Extract<CheckName, 'missing-signature' | 'wrong-signature' | 'stale-timestamp' | 'future-timestamp'>;
  alter: Alteration;
  hint: string;
}

/** How far outside the window the timestamp attacks sign: far enough that no clock drift makes them pass. */
const BEYOND_WINDOW_SEC = 300;

/** Where a scheme's signature and signed time travel; undefined for a scheme that signs nothing. */
function signatureFields(scheme: SignatureScheme): { in: 'header' | 'query'; names: readonly string[]; where: string; timestamp?: { name: string; toleranceSec: number } } | undefined {
  switch (scheme.scheme) {
    case 'none':
      return undefined;
    case 'hmac-sha256':
      return { in: 'header', names: [scheme.header, ...(scheme.legacyHeaders ?? [])], where: `${scheme.header} header` };
    case 'tencent-sha256':
      return { in: 'query', names: [scheme.signParam], where: `${scheme.signParam} query parameter`, timestamp: { name: scheme.timeParam, toleranceSec: scheme.toleranceSec } };
    case 'standard-webhooks':
      return { in: 'header', names: ['webhook-signature'], where: 'webhook-signature header', timestamp: { name: 'webhook-timestamp', toleranceSec: scheme.toleranceSec } };
    default: {
      const unknown: never = scheme;
      throw new TypeError(`attacksFor: no attacks known for signature scheme ${JSON.stringify((unknown as SignatureScheme).scheme)}`);
    }
  }
}

/**
 * The signature attacks the security group sends for a contract, in plan order: missing and wrong signature
 * always, stale and future timestamps where the scheme signs a time; none where it signs nothing. The one place
 * that knows what a scheme can be attacked with (a scheme registry replaces its body).
 *
 * @example
 * attacksFor(tencent.contract).map((a) => a.check); // ['missing-signature', 'wrong-signature', 'stale-timestamp', 'future-timestamp']
 */
export function attacksFor(contract: Contract): SignatureAttack[] {
  const fields = signatureFields(contract.signature);
  if (!fields) return [];
  const { where, timestamp } = fields;
  const attacks: SignatureAttack[] = [
    { name: 'signature: missing', check: 'missing-signature', alter: { kind: 'unsigned' }, hint: `the delivery carries no ${where}; a receiver must require it` },
    { name: 'signature: wrong', check: 'wrong-signature', alter: { kind: 'tamper', in: fields.in, names: fields.names }, hint: `the ${where} does not match; the receiver must verify it` },
  ];
  if (timestamp) {
    const skew = timestamp.toleranceSec + BEYOND_WINDOW_SEC;
    const window = `window ±${timestamp.toleranceSec} s`;
    attacks.push(
      { name: 'signature: stale timestamp', check: 'stale-timestamp', alter: { kind: 'clock', offsetMs: -skew * 1000 }, hint: `signed ${skew} s ago (${window}); check ${timestamp.name} or replays pass` },
      { name: 'signature: future timestamp', check: 'future-timestamp', alter: { kind: 'clock', offsetMs: skew * 1000 }, hint: `signed ${skew} s in the future (${window}); check ${timestamp.name} both ways` },
    );
  }
  return attacks;
}

/** Change the last letter or digit (a digest's last character), so the value keeps its shape but not its meaning. */
function tamper(value: string): string {
  const i = value.search(/[A-Za-z0-9](?=[^A-Za-z0-9]*$)/);
  if (i < 0) return `${value}x`;
  const c = value[i]!;
  const swapped = c === '0' ? '1' : c === 'a' ? 'b' : c === 'A' ? 'B' : /[0-9]/.test(c) ? '0' : /[a-z]/.test(c) ? 'a' : 'A';
  return value.slice(0, i) + swapped + value.slice(i + 1);
}

/** A signed request with each named header or query parameter that is present changed by one character. */
function tampered(request: Request, alter: Extract<Alteration, { kind: 'tamper' }>): Request {
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

/** The sample as the attack sends it. */
function attacked(ctx: PlanContext, target: ResolvedTarget, a: SignatureAttack): Request {
  switch (a.alter.kind) {
    case 'unsigned':
      return signedSample(ctx, target, a.check, { secret: undefined });
    case 'tamper':
      return tampered(signedSample(ctx, target, a.check), a.alter);
    case 'clock': {
      const offset = a.alter.offsetMs;
      return signedSample(ctx, target, a.check, { now: () => ctx.now() + offset });
    }
  }
}

/** Another app id than the receiver's: numeric ids count up by one, others get a suffix. */
function appIdCases(ctx: PlanContext): PlannedCase[] {
  const { appId: field } = ctx.contract;
  const mine = ctx.appId;
  if (!field || mine === undefined) return [];
  const other = /^\d+$/.test(mine) ? String(BigInt(mine) + 1n) : `${mine}-other`;
  const hint = `the delivery is for ${field.name} ${other}, not ${mine}; check it`;
  return [checkCase(ctx, `${field.name}: another app`, 'wrong-app-id', ctx.sample!.event, (t) => signedSample(ctx, t, 'wrong-app-id', { appId: other }), hint)];
}

export function planSecurity(ctx: PlanContext): PlannedCase[] {
  const sample = ctx.sample;
  if (!sample) return [];
  const attacks = ctx.signs ? attacksFor(ctx.contract) : [];
  return [...attacks.map((a) => checkCase(ctx, a.name, a.check, sample.event, (t) => attacked(ctx, t, a), a.hint)), ...appIdCases(ctx)];
}
