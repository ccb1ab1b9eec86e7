/** `chathooks prism <spec>`: a real Prism mock of the spec's receiver endpoint, until SIGINT/SIGTERM. */
import { resolve } from 'node:path';
import { startPrism } from '../mock/index.js';
import { formatProblem } from '../model/index.js';
import { parse, UsageError, type Io } from './args.js';
import { loadSpecs } from './specs.js';
import { parsePort } from './serve.js';

export const prismUsage = `Usage: chathooks prism <spec> [--port N] [--host H]

Starts Stoplight Prism on the spec's OpenAPI 3.1 bridge: it validates each request against the spec and
answers with the reply examples. Choose an answer per request with Prism's Prefer header:
\`Prefer: code=400\`, \`Prefer: code=200, example=<event>/<example>\` (reply examples are keyed by event,
e.g. \`example=Group.CallbackBeforeSendMsg/block\`). Prism cannot delay, hang, drop connections or
answer malformed bodies: use \`chathooks mock\` (or chathooks/msw) for those scenarios.

Signatures: the signature scheme's headers (and Tencent's query parameters when the spec says it always
signs) are required, so an unsigned request gets a 4xx. Prism checks that they are present, not that the
signature is right: a wrong HMAC gets a 200. Use \`chathooks mock\` to test signature verification.

Options:
  --port N    port (default 4010)
  --host H    interface (default 127.0.0.1)
  -h, --help  show this help`;

export async function prismCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(prismUsage);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`give exactly one spec (Prism serves one document), got ${positionals.length}.`);
  const port = parsePort(values['port']);
  const { contracts, failed } = await loadSpecs([resolve(io.cwd, positionals[0]!)]);
  if (failed.length) {
    for (const p of failed[0]!.problems) if (p.severity === 'error') io.out(formatProblem(p));
    io.out(`prism: refused, ${failed[0]!.file} has lint errors.`);
    return 1;
  }
  const contract = contracts[0]!;
  const prism = await startPrism(contract, {
    port,
    host: typeof values['host'] === 'string' ? values['host'] : '127.0.0.1',
  });
  io.out(`prism: ${contract.id.padEnd(14)} ${prism.endpoint}`);
  io.out(
    `prism: Prism ${prism.process.pid ? `(pid ${prism.process.pid}) ` : ''}listening on ${prism.url}; Ctrl-C to stop`,
  );
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      io.out(`prism: ${signal}, stopping Prism`);
      void prism.close().then(done);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    prism.process.once('exit', (code) => {
      io.out(`prism: Prism exited (${code ?? 'signal'})`);
      done();
    });
  });
  return 0;
}
