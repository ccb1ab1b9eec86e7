/** The bundled specs' generated modules, imported as a user would (the generated index.js). */
import { readdirSync } from 'node:fs';
import type { Contract } from '../../src/model/index.js';

export interface GeneratedModule {
  contract: Contract;
  eventNames: readonly string[];
  validators: Record<string, Validator>;
  replyValidators: Record<string, Validator | undefined>;
  examples: Record<string, readonly { name: string; payload: unknown }[]>;
  replyExamples: Record<string, readonly { name: string; payload: unknown }[]>;
}

export interface Validator {
  (data: unknown): boolean;
  errors: { pointer: string; keyword: string; message: string }[] | null;
  '~standard': {
    version: 1;
    vendor: string;
    validate(v: unknown): { value?: unknown; issues?: { message: string; path?: PropertyKey[] }[] };
  };
}

/** The ids of the bundled specs: every spec/*.yaml. */
export const bundledIds: string[] = readdirSync(new URL('../../spec/', import.meta.url))
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''))
  .sort();

/** Import generated/<id>/index.js as a user would. */
export async function importGenerated(id: string): Promise<GeneratedModule> {
  const url = new URL(`../../generated/${id}/index.js`, import.meta.url);
  return (await import(/* @vite-ignore */ url.href)) as GeneratedModule;
}
