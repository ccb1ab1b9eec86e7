import type { Io } from './args.js';
export const startUsage = 'Usage: chathooks start';
export async function startCommand(_argv: string[], io: Io): Promise<number> {
  io.err('not yet');
  return 1;
}
