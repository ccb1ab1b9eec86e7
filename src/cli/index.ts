#!/usr/bin/env node
/** The `chathooks` command: dispatches to one module per command. */
import module from 'node:module';
import type { Io } from './args.js';
import { reportError } from './exit.js';

// Node 22.1+ caches the compiled code of every module loaded from here on (the command's, the generated
// contracts') on disk, so later starts skip most of V8's compiling; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

interface Loaded {
  run: (argv: string[], io: Io) => Promise<number>;
  usage: string;
}
/** Commands load on use: `chathooks mock` need not import TypeScript, `--help` imports nothing. */
type Command = { load: () => Promise<Loaded>; summary: string };

const commands: Record<string, Command> = {
  lint: {
    load: async () => import('./lint.js').then((m) => ({ run: m.lintCommand, usage: m.lintUsage })),
    summary: 'check specs: AsyncAPI rules and chathooks conventions',
  },
  generate: {
    load: async () => import('./generate.js').then((m) => ({ run: m.generateCommand, usage: m.generateUsage })),
    summary: 'write types, validators, schemas, OpenAPI and examples',
  },
  mock: {
    load: async () => import('./mock.js').then((m) => ({ run: m.mockCommand, usage: m.mockUsage })),
    summary: 'serve specs as a mock consumer with fault scenarios',
  },
  prism: {
    load: async () => import('./prism.js').then((m) => ({ run: m.prismCommand, usage: m.prismUsage })),
    summary: 'serve one spec with a real Prism process',
  },
  docs: {
    load: async () => import('./docs.js').then((m) => ({ run: m.docsCommand, usage: m.docsUsage })),
    summary: 'write the static HTML docs site of the specs',
  },
  replay: {
    load: async () => import('./replay.js').then((m) => ({ run: m.replayCommand, usage: m.replayUsage })),
    summary: 'contract-test a webhook receiver: replay every example and attack',
  },
  send: {
    load: async () => import('./send.js').then((m) => ({ run: m.sendCommand, usage: m.sendUsage })),
    summary: 'send one webhook, signed as the platform sends it, and judge the reply',
  },
  'verify-sender': {
    load: async () =>
      import('./verify-sender.js').then((m) => ({ run: m.verifySenderCommand, usage: m.verifySenderUsage })),
    summary: 'contract-test a webhook sender against the delivery policy',
  },
  listen: {
    load: async () => import('./listen.js').then((m) => ({ run: m.listenCommand, usage: m.listenUsage })),
    summary: "forward a platform's real deliveries to a local receiver, live, with drift marks",
  },
  drift: {
    load: async () => import('./drift.js').then((m) => ({ run: m.driftCommand, usage: m.driftUsage })),
    summary: 'compare recorded deliveries with the spec; --patch proposes the spec change',
  },
  import: {
    load: async () => import('./import.js').then((m) => ({ run: m.importCommand, usage: m.importUsage })),
    summary: 'turn a published OpenAPI/AsyncAPI 2 webhook description into a spec',
  },
  start: {
    load: async () => import('./start.js').then((m) => ({ run: m.startCommand, usage: m.startUsage })),
    summary: 'generate everything, summarise each spec, serve them with the mock',
  },
};

const usage = `Usage: chathooks <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(15)}${c.summary}`)
  .join('\n')}

Run \`chathooks <command> --help\` for a command's options.`;

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    io.out(usage);
    return name ? 0 : 2;
  }
  if (name === '-v' || name === '--version') {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    io.out(pkg.version);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`chathooks: unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  let loaded: Loaded | undefined;
  try {
    loaded = await command.load();
    return await loaded.run(rest, io);
  } catch (error) {
    return report(error, name, loaded?.usage, io);
  }
}

/** Print an error as `reportError` decides (exit.ts: usage 2, problems 1, a bug 70 with its stack). */
function report(error: unknown, name: string, usage: string | undefined, io: Io): number {
  const { code, lines } = reportError(error, name, usage, Boolean(process.env['CHATHOOKS_DEBUG']));
  for (const line of lines) io.err(line);
  return code;
}

// `chathooks drift … | head`: the reader went away; stop quietly, as other command-line tools do, instead of
// crashing on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  write: (text) => process.stdout.write(text),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error, '', undefined, io);
  },
);
