import type { Io } from './args.js';
export const generateUsage = 'Usage: chathooks generate [spec...]';
export async function generateCommand(_argv: string[], io: Io): Promise<number> {
  io.err('not yet');
  return 1;
}
