/**
 * A contract's id names directories (`generated/<id>/`, the docs site's `<id>/`), so it must be a slug:
 * an id such as `..` (from a file named `...yaml`) or `../x` would write outside the output directory.
 */

/** Lower-case letters, digits, `-` and `_`, starting with a letter or digit; at most 64 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Where an id came from, for the message. */
export type IdSource = 'x-chathooks-id' | 'file name';

/**
 * The id a spec gets: its `x-chathooks-id`, else its file name without the extension.
 *
 * @example
 * deriveId(undefined, 'spec/tencent-chat.yaml'); // { id: 'tencent-chat', from: 'file name' }
 */
export function deriveId(declared: string | undefined, file: string): { id: string; from: IdSource } {
  if (declared !== undefined) return { id: declared, from: 'x-chathooks-id' };
  return { id: file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, ''), from: 'file name' };
}

/**
 * Why `id` is not a valid contract id (with how to fix it), or `undefined` when it is one.
 *
 * @example
 * idProblem('..', 'file name'); // 'The spec id ".." (from the file name) is not a slug: …'
 */
export function idProblem(id: string, from: IdSource): string | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const fix =
    from === 'file name' ? 'Rename the file (e.g. my-platform.yaml) or set x-chathooks-id' : 'Set x-chathooks-id';
  return `The spec id ${JSON.stringify(id)} (from the ${from}) is not a slug: ids name output directories, so they must be lower-case letters, digits, "-" or "_", start with a letter or digit, and be at most 64 characters. ${fix} to a slug such as "my-platform".`;
}
