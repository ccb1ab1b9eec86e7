// `node --import ./test/helpers/no-tooling.mjs …`: the tooling packages (chathooks' optional peers) behave as if
// not installed — every import or require of one fails as Node fails for a missing package — and each attempt is
// reported on stderr as "no-tooling: blocked <specifier>", so a test can prove a code path never reaches them.
import Module, { register } from 'node:module';

const TOOLING = /^(@asyncapi\/parser|@stoplight\/prism-cli|openapi-typescript|typescript|ajv|ajv-formats|yaml)(\/|$)/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (TOOLING.test(request)) {
    process.stderr.write(`no-tooling: blocked ${request}\n`);
    throw Object.assign(new Error(`Cannot find module '${request}'\nRequire stack:\n- ${parent?.filename ?? '?'}`), {
      code: 'MODULE_NOT_FOUND',
    });
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

register(
  `data:text/javascript,${encodeURIComponent(`
const TOOLING = ${TOOLING};
export async function resolve(specifier, context, next) {
  if (TOOLING.test(specifier)) {
    process.stderr.write('no-tooling: blocked ' + specifier + '\\n');
    throw Object.assign(new Error("Cannot find package '" + specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/') + "' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}`)}`,
);
