/**
 * What the CLI does with an error a command threw, decided in one place: how it is printed and the exit code.
 * Usage mistakes exit 2, problems chathooks found exit 1, and anything chathooks did not throw on purpose is a bug.
 */
import { ChathooksError, OptionError } from '../model/errors.js';
import { InputError, UsageError } from './args.js';

/** The exit codes of every command (sysexits' EX_SOFTWARE for a bug). */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 70 } as const;

export interface ErrorReport {
  code: (typeof EXIT)[keyof typeof EXIT];
  /** Lines for stderr. */
  lines: string[];
}

/** A failure of the machine, not of chathooks: a file that cannot be read or written, a port in use (node's errno errors). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | null;
  return error instanceof Error && typeof e?.code === 'string' && typeof e.syscall === 'string';
}

/**
 * The report of an error out of command `command` (`usage`: the command's usage text, shown after a usage
 * error). With `debug` (CHATHOOKS_DEBUG set), problems print their stack too.
 *
 * @example
 * const { code, lines } = reportError(error, 'mock', mockUsage);
 * for (const line of lines) io.err(line);
 * return code;
 */
export function reportError(error: unknown, command: string, usage: string | undefined, debug = false): ErrorReport {
  const prefix = command ? `chathooks ${command}` : 'chathooks';
  if (error instanceof UsageError)
    return { code: EXIT.usage, lines: [`${prefix}: ${error.message}${usage ? `\n\n${usage}` : ''}`] };
  if (error instanceof OptionError || error instanceof InputError)
    return { code: EXIT.usage, lines: [`${prefix}: ${error.message}`] };
  if (error instanceof ChathooksError || isSystemError(error)) {
    const stack = debug && error.stack ? [error.stack] : [];
    return { code: EXIT.problems, lines: [`${prefix}: ${error.message}`, ...stack] };
  }
  // Not thrown on purpose: a bug, reported as one (never as the user's mistake), with the stack to put in the report.
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return {
    code: EXIT.internal,
    lines: [`${prefix}: internal error — please report it (with the stack below)`, detail],
  };
}
