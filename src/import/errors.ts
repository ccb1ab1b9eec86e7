/**
 * What `chathooks import` reports when it cannot turn a document into a spec: every problem found, each at
 * file:line:col with a JSON pointer, the same one-line form `chathooks lint` prints.
 */
import { ChathooksError } from '../model/errors.js';
import { formatProblem, type Problem } from '../model/problems.js';

/**
 * The input cannot be imported (not OpenAPI or AsyncAPI, an unsupported version, a broken discriminator, a
 * circular `allOf`, a remote `$ref`). Nothing was written. Exit code 1, like a spec with lint errors.
 *
 * @example
 * try { await importSpec('webhook.yml'); } catch (e) { if (e instanceof ImportError) console.error(e.message); }
 */
export class ImportError extends ChathooksError {
  override readonly name = 'ImportError';
  // A problem in a spec document, as ContractError's: the CLI exits 1.
  readonly code = 'contract';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      problems.length === 1
        ? formatProblem(problems[0]!)
        : `${problems.length} problems; nothing was written.\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.problems = problems;
  }
}
