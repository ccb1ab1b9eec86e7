/** Which kind of document is being imported: OpenAPI 3.0, OpenAPI 3.1 or AsyncAPI 2.x; anything else is refused. */
import { ImportError } from './errors.js';
import type { SourceDocument } from './source.js';

export type SourceFormat = 'openapi-3.0' | 'openapi-3.1' | 'asyncapi-2';

export interface Detected {
  format: SourceFormat;
  /** The version the document declares (`3.0.3`, `2.6.0`). */
  version: string;
}

/**
 * The format of `doc`, or an ImportError saying why it cannot be imported (Swagger 2, AsyncAPI 3, neither).
 *
 * @example
 * detectFormat(readSource('webhook.yml')); // { format: 'openapi-3.0', version: '3.0.3' }
 */
export function detectFormat(doc: SourceDocument): Detected {
  const { data } = doc;
  const fail = (code: string, pointer: string, message: string): never => {
    throw new ImportError([doc.problem(code, pointer, message)]);
  };
  if ('swagger' in data)
    fail(
      'import-unsupported-version',
      '/swagger',
      `${doc.file} is Swagger ${String(data['swagger'])} (OpenAPI 2), which chathooks import does not read; convert it to OpenAPI 3 first (for example with swagger2openapi) and import that.`,
    );
  const openapi = data['openapi'];
  if (openapi !== undefined) {
    const version = String(openapi);
    if (/^3\.0(\.\d+)?$/.test(version)) return { format: 'openapi-3.0', version };
    if (/^3\.1(\.\d+)?$/.test(version)) return { format: 'openapi-3.1', version };
    fail(
      'import-unsupported-version',
      '/openapi',
      `${doc.file} declares OpenAPI ${JSON.stringify(openapi)}; chathooks import reads OpenAPI 3.0 and 3.1.`,
    );
  }
  const asyncapi = data['asyncapi'];
  if (asyncapi !== undefined) {
    const version = String(asyncapi);
    if (/^2\.\d+(\.\d+)?$/.test(version)) return { format: 'asyncapi-2', version };
    if (/^3\./.test(version))
      fail(
        'import-already-asyncapi-3',
        '/asyncapi',
        `${doc.file} is already AsyncAPI 3: lint it instead (\`chathooks lint ${doc.file}\`) and add the chathooks extensions it asks for.`,
      );
    fail(
      'import-unsupported-version',
      '/asyncapi',
      `${doc.file} declares AsyncAPI ${JSON.stringify(asyncapi)}; chathooks import reads AsyncAPI 2.x (and AsyncAPI 3.0 needs no import).`,
    );
  }
  return fail(
    'import-not-a-spec',
    '',
    `${doc.file} is neither OpenAPI nor AsyncAPI: expected \`openapi: 3.0.x\`/\`3.1.x\` or \`asyncapi: 2.x\` at the top.`,
  );
}
