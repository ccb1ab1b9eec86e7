/**
 * `security`: forged, stale and misaddressed deliveries of the sample, each held to its check's expectation.
 * What can be attacked depends on the signature scheme: `attacksFor` reads it from the scheme registry.
 */
import type { Contract } from '../../model/model.js';
import { signatureAttacks, tampered, type SignatureAttack } from '../signature-attacks.js';
import { checkCase, signedSample, type Request } from './cases.js';
import type { PlanContext, PlannedCase, ResolvedTarget } from './context.js';

/**
 * The signature attacks the security group sends for a contract, in plan order: missing and wrong signature
 * always, stale and future timestamps where the scheme signs a time; none where it signs nothing. The scheme's
 * module in the registry says what it can be attacked with (signature-attacks.ts turns that into attacks).
 *
 * @example
 * attacksFor(tencent.contract).map((a) => a.check); // ['missing-signature', 'wrong-signature', 'stale-timestamp', 'future-timestamp']
 */
export function attacksFor(contract: Contract): SignatureAttack[] {
  return signatureAttacks(contract.signature);
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
  return [
    checkCase(
      ctx,
      `${field.name}: another app`,
      'wrong-app-id',
      ctx.sample!.event,
      (t) => signedSample(ctx, t, 'wrong-app-id', { appId: other }),
      hint,
    ),
  ];
}

export function planSecurity(ctx: PlanContext): PlannedCase[] {
  const sample = ctx.sample;
  if (!sample) return [];
  const attacks = ctx.signs ? attacksFor(ctx.contract) : [];
  return [
    ...attacks.map((a) => checkCase(ctx, a.name, a.check, sample.event, (t) => attacked(ctx, t, a), a.hint)),
    ...appIdCases(ctx),
  ];
}
