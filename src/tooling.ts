/**
 * The tooling packages are optional peer dependencies: installing chathooks to run a receiver, a sender, the
 * mock server, MSW handlers or the contract runners downloads none of them (they are ~150 MB). Loading a spec,
 * linting, codegen and Prism load them here, on first use; when one is missing the error is one line that
 * names the command installing it, never a module-resolution stack.
 */
import { createRequire } from 'node:module';
import { ChathooksError } from './model/errors.js';

/** The one command that installs everything `chathooks lint`, `generate`, `docs` and `loadContract` need. */
export const TOOLING_INSTALL = 'npm i -D @asyncapi/parser@3 openapi-typescript@7 typescript@5 ajv@8 yaml@2';

/** Prism is big (~76 MB) and only `chathooks prism` / `startPrism` use it: installed on its own. */
export const PRISM_INSTALL = 'npm i -D @stoplight/prism-cli@5';

/** The optional peer dependencies this module loads; their versions are the `peerDependencies` ranges. */
export const TOOLING_PACKAGES = [
  '@asyncapi/parser',
  'openapi-typescript',
  'typescript',
  'ajv',
  'yaml',
  '@stoplight/prism-cli',
] as const;
export type ToolingPackage = (typeof TOOLING_PACKAGES)[number];

/**
 * A tooling package a feature needs is not installed. `packageName` is the package Node could not find (which
 * may be a dependency of the one asked for, e.g. typescript under openapi-typescript).
 *
 * @example
 * try { await loadContract('spec/my.yaml'); } catch (e) { if (e instanceof MissingPackageError) console.error(e.message); }
 */
export class MissingPackageError extends ChathooksError {
  readonly code = 'missing-package';
  override readonly name = 'MissingPackageError';
  readonly packageName: string;
  constructor(packageName: string, feature: string) {
    super(
      `${feature} needs ${packageName}, which is not installed; install ${packageName === '@stoplight/prism-cli' ? `it with: ${PRISM_INSTALL}` : `chathooks' tooling with: ${TOOLING_INSTALL}`}`,
    );
    this.packageName = packageName;
  }
}

/**
 * Run a dynamic `import()` of tooling (written at the call site, so bundlers see the specifier) and turn
 * "cannot find package" into a MissingPackageError.
 *
 * @example
 * const { default: openapiTS } = await importTooling('generating types', () => import('openapi-typescript'));
 */
export async function importTooling<T>(feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw asMissing(error, feature) ?? error;
  }
}

const require = createRequire(import.meta.url);

/**
 * `require` a CommonJS tooling module (Ajv) on first use, with the same error as `importTooling`.
 *
 * @example
 * const { Ajv } = requireTooling<typeof import('ajv')>('ajv', 'compiling a schema');
 */
export function requireTooling<T>(specifier: string, feature: string): T {
  try {
    return require(specifier) as T;
  } catch (error) {
    throw asMissing(error, feature) ?? error;
  }
}

/**
 * Where a tooling package's file is, for a package run as a process (Prism).
 *
 * @example
 * const pkg = resolveTooling('@stoplight/prism-cli/package.json', 'startPrism');
 */
export function resolveTooling(specifier: string, feature: string): string {
  try {
    return require.resolve(specifier);
  } catch (error) {
    throw asMissing(error, feature) ?? error;
  }
}

/** A MissingPackageError when `error` says a bare package cannot be found; undefined for anything else (a bug). */
function asMissing(error: unknown, feature: string): MissingPackageError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const name = /Cannot find (?:package|module) '((?:@[^/']+\/)?[^/']+)/.exec((error as Error).message)?.[1];
  // A missing file of our own ('./x.js', an absolute path) is a broken install or a bug: reported as it is.
  if (!name || name.startsWith('.') || name.startsWith('/') || name.startsWith('node:')) return undefined;
  return new MissingPackageError(name, feature);
}
