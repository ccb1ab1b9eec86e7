/** Argument parsing shared by the commands: node's parseArgs, with usage errors that exit 2. */
import { ChathooksError } from '../model/errors.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends ChathooksError {
  override readonly name = 'UsageError';
  readonly code = 'usage';
}

/** Input the command cannot work with (an unknown event, an unreachable target): one line, exit code 2. */
export class InputError extends ChathooksError {
  override readonly name = 'InputError';
  readonly code = 'input';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(
  argv: string[],
  options: Options,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** What a command writes; tests and the CLI entry point pass real streams. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Raw output without a newline (progress lines on a terminal); absent where only lines can be written. */
  write?: (text: string) => void;
}
