/**
 * One error family: every error chathooks throws on purpose is a `ChathooksError` with a stable `code`, so a
 * caller (and the CLI's exit codes) can tell a problem chathooks found from a bug, which is anything else.
 */

/** Every code a `ChathooksError` carries; stable across releases (branch on these, not on messages). */
export const ERROR_CODES = [
  'invalid-option',
  'signature',
  'webhook-request',
  'invalid-reply',
  'body-consumed',
  'contract',
  'contract-case',
  'scenario',
  'generated-path',
  'output-path',
  'usage',
  'input',
  'tool',
  'missing-package',
] as const;

export type ChathooksErrorCode = (typeof ERROR_CODES)[number];

/**
 * The base of every error chathooks throws on purpose. Subclasses keep their own names and fields
 * (`SignatureVerificationError.reason`, `WebhookRequestError.status`, …) and fix `code`.
 *
 * @example
 * try {
 *   createReceiver(protocol, { secret: '' });
 * } catch (error) {
 *   if (error instanceof ChathooksError && error.code === 'invalid-option') console.error(error.message);
 *   else throw error;
 * }
 */
export abstract class ChathooksError extends Error {
  abstract readonly code: ChathooksErrorCode;
}

/**
 * An invalid option or argument (an empty secret, a non-integer limit, an unknown event name): the message names
 * the option, what is wrong with it and how to fix it. It replaces the bare `TypeError`s of earlier versions.
 *
 * @example
 * throw new OptionError(`createReceiver(protocol): \`appId\` is empty; pass it as a string, as the platform sends it.`);
 */
export class OptionError extends ChathooksError {
  override readonly name: string = 'OptionError';
  readonly code = 'invalid-option';
}

/**
 * A program chathooks runs for the user (Prism) failed to start or to answer: a problem of the machine or the
 * tool, reported as such, not as a bug of chathooks.
 *
 * @example
 * throw new ToolError(`Prism exited with code 1 before it was ready: ${output}`);
 */
export class ToolError extends ChathooksError {
  override readonly name = 'ToolError';
  readonly code = 'tool';
}
