/** What a consumer-contract case expects of the receiver's answer, and how an answer is held to it. */
import { accepted } from '../delivery/deliver.js';
import { OptionError } from '../model/errors.js';
import type { DeliveryPolicy } from '../model/model.js';

/**
 * What a case expects: the platform's acknowledgement; a rejection — any 4xx (`reject`), a class
 * (`reject:4xx`, `reject:5xx`) or one status (`reject:401`); or `tolerate`: any answer but a 5xx (no
 * timeout, no reset) — the receiver may acknowledge or refuse, as long as it does not fail.
 */
export type Expectation = 'acknowledge' | 'tolerate' | 'reject' | `reject:${'4xx' | '5xx' | number}`;

const EXPECTATION = /^(acknowledge|tolerate|reject(:(4xx|5xx|[1-5]\d\d))?)$/;

/**
 * Check an expectation string (from a CLI flag or a config file).
 *
 * @example
 * parseExpectation('reject:401', '--expect wrong-signature'); // 'reject:401'
 */
export function parseExpectation(text: string, where: string): Expectation {
  if (!EXPECTATION.test(text))
    throw new OptionError(
      `${where}: "${text}" is not an expectation; use acknowledge, tolerate, reject, reject:4xx, reject:5xx or reject:<status>.`,
    );
  return text as Expectation;
}

/** The status a `reject` expectation asks for: `4xx`, `5xx` or one status. */
const rejection = (expectation: Exclude<Expectation, 'acknowledge' | 'tolerate'>): string =>
  expectation === 'reject' ? '4xx' : expectation.slice('reject:'.length);

/** Does an answered status meet the expectation? */
export function meets(expectation: Expectation, status: number, policy: DeliveryPolicy): boolean {
  if (expectation === 'acknowledge') return accepted(status, policy.success);
  if (expectation === 'tolerate') return status < 500;
  const want = rejection(expectation);
  if (want === '4xx') return status >= 400 && status < 500;
  if (want === '5xx') return status >= 500 && status < 600;
  return status === Number(want);
}

/** The expectation in words, for a failure's reason. */
export function describeExpectation(expectation: Expectation, policy: DeliveryPolicy): string {
  if (expectation === 'acknowledge')
    return `an acknowledgement (${policy.success === '2xx' ? '2xx' : policy.success.join('/')})`;
  if (expectation === 'tolerate') return 'any answer but a 5xx (acknowledge or refuse it, never fail on it)';
  return `a rejection (${rejection(expectation)})`;
}
