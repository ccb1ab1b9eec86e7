/**
 * `security`: forged, stale and misaddressed deliveries of the sample, each held to its check's expectation.
 * What can be attacked depends on the signature scheme: `attacksFor` is the one place that knows it.
 */
import type { Contract, SignatureScheme } from '../../model/model.js';
import { checkCase, signedSample, type Request } from './cases.js';
import type { PlanContext, PlannedCase } from './context.js';

/** What the consumer contract can attack in a scheme's signature. */
export interface SignatureAttacks {
  /** Where the signature travels, for messages: `the x-protocol-signature header`. */
  where: string;
  /** The request with its signature changed so that it no longer matches. */
  forge(request: Request): Request;
  /** The timestamp the scheme signs, where it signs one: stale and future deliveries are sent. */
  timestamp?: { field: string; toleranceSec: number };
}

/** Change the last letter or digit of a signature, keeping its alphabet (hex stays hex, base64 stays base64). */
function tamper(value: string): string {
  const i = value.search(/[A-Za-z0-9](?=[^A-Za-z0-9]*$)/);
  if (i < 0) return `${value}x`;
  const c = value[i]!;
  const swapped = c === '0' ? '1' : c === 'a' ? 'b' : c === 'A' ? 'B' : /[0-9]/.test(c) ? '0' : /[a-z]/.test(c) ? 'a' : 'A';
  return value.slice(0, i) + swapped + value.slice(i + 1);
}

function tamperHeaders(request: Request, names: readonly string[]): Request {
  const headers = { ...request.headers };
  for (const name of names) {
    const key = name.toLowerCase();
    if (headers[key] !== undefined) headers[key] = tamper(headers[key]);
  }
  return { ...request, headers };
}

function tamperQuery(request: Request, param: string): Request {
  const url = new URL(request.url);
  url.searchParams.set(param, tamper(url.searchParams.get(param) ?? ''));
  return { ...request, url: url.href };
}

/**
 * The attacks a contract's signature scheme is open to; undefined where deliveries are not signed.
 *
 * @example
 * attacksFor(tencent.contract)?.timestamp; // { field: 'RequestTime', toleranceSec: 60 }
 */
export function attacksFor(contract: Contract): SignatureAttacks | undefined {
  const scheme: SignatureScheme = contract.signature;
  switch (scheme.scheme) {
    case 'none':
      return undefined;
    case 'hmac-sha256':
      return { where: `the ${scheme.header} header`, forge: (r) => tamperHeaders(r, [scheme.header, ...(scheme.legacyHeaders ?? [])]) };
    case 'tencent-sha256':
      return { where: `the ${scheme.signParam} query parameter`, forge: (r) => tamperQuery(r, scheme.signParam), timestamp: { field: scheme.timeParam, toleranceSec: scheme.toleranceSec } };
    case 'standard-webhooks':
      return { where: 'the webhook-signature header', forge: (r) => tamperHeaders(r, ['webhook-signature']), timestamp: { field: 'webhook-timestamp', toleranceSec: scheme.toleranceSec } };
    default: {
      const unknown: never = scheme;
      throw new TypeError(`attacksFor: no attacks for signature scheme ${JSON.stringify((unknown as SignatureScheme).scheme)}`);
    }
  }
}

/** How far outside the window the stale and future deliveries are signed. */
const PAST_WINDOW_SEC = 300;

function signatureCases(ctx: PlanContext, attacks: SignatureAttacks): PlannedCase[] {
  const { event } = ctx.sample!;
  const { where } = attacks;
  const cases = [
    checkCase(ctx, 'signature: missing', 'missing-signature', event, (t) => signedSample(ctx, t, 'missing-signature', { secret: undefined }), `the delivery carries no ${where.replace(/^the /, '')}; a receiver must require it`),
    checkCase(ctx, 'signature: wrong', 'wrong-signature', event, (t) => attacks.forge(signedSample(ctx, t, 'wrong-signature')), `${where} does not match; the receiver must verify it`),
  ];
  if (attacks.timestamp) {
    const { field, toleranceSec } = attacks.timestamp;
    const off = toleranceSec + PAST_WINDOW_SEC;
    const skew = off * 1000;
    const window = `(window ±${toleranceSec} s)`;
    cases.push(
      checkCase(ctx, 'signature: stale timestamp', 'stale-timestamp', event, (t) => signedSample(ctx, t, 'stale-timestamp', { now: () => ctx.now() - skew }), `signed ${off} s ago ${window}; check ${field} or replays pass`),
      checkCase(ctx, 'signature: future timestamp', 'future-timestamp', event, (t) => signedSample(ctx, t, 'future-timestamp', { now: () => ctx.now() + skew }), `signed ${off} s in the future ${window}; check ${field} both ways`),
    );
  }
  return cases;
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
  if (!ctx.sample) return [];
  const attacks = ctx.signs ? attacksFor(ctx.contract) : undefined;
  return [...(attacks ? signatureCases(ctx, attacks) : []), ...appIdCases(ctx)];
}
