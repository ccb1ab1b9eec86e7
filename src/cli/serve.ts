/** Serving the native mock from a command (`mock`, `start`): port parsing, start-up errors, URLs, shutdown. */
import { readFileSync } from 'node:fs';
import { startMockServer, type MockServer, type MockServerOptions } from '../mock/server.js';
import type { RuntimeContract } from '../model/runtime.js';
import type { Contract } from '../model/index.js';
import { OptionError } from '../model/errors.js';
import { UsageError, type Io } from './args.js';

/** The environment variable a control token may come from (kept out of `ps` output, unlike a flag). */
export const CONTROL_TOKEN_ENV = 'CHATHOOKS_CONTROL_TOKEN';

/** `--port`: an integer from 0 to 65535 (default 4010). */
export function parsePort(value: unknown): number {
  const port = value === undefined ? 4010 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be an integer from 0 to 65535, got "${String(value)}".`);
  return port;
}

/**
 * The control token from `--control-token` or else `CHATHOOKS_CONTROL_TOKEN`; an empty one is a usage error.
 *
 * @example
 * controlToken(values['control-token']); // undefined when neither is set
 */
export function controlToken(flag: unknown): string | undefined {
  const token = typeof flag === 'string' ? flag : process.env[CONTROL_TOKEN_ENV];
  if (token === '')
    throw new UsageError(
      `${typeof flag === 'string' ? '--control-token' : CONTROL_TOKEN_ENV} is empty; give a token of 16 characters or more, or leave it unset.`,
    );
  return token;
}

/** Start the mock; a port in use or a bad scenario is a usage error with the fix. */
export async function startMock(
  contracts: readonly (Contract | RuntimeContract)[],
  options: MockServerOptions & { port: number },
): Promise<MockServer> {
  try {
    return await startMockServer(contracts, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${options.port} is in use; pick another with --port (0 for any free port).`);
    }
    // An invalid option (a scenario, a timeout, the control token) came from a flag: say so with the usage.
    if (error instanceof OptionError) throw new UsageError(error.message.replace(/^mock server: /, ''));
    throw error;
  }
}

/** One line on who may use the control endpoints. */
function controlLine(mock: MockServer): string {
  switch (mock.controlAccess) {
    case 'loopback':
      return 'mock: control        for loopback Host names only (127.0.0.1, localhost, [::1])';
    case 'token':
      return 'mock: control        needs "Authorization: Bearer <control token>"';
    case 'refused':
      return `mock: control        refused: listening beyond loopback without a control token; set --control-token or ${CONTROL_TOKEN_ENV} to enable /__chathooks/deliveries`;
  }
}

/** Print the endpoint URLs, then serve until SIGINT/SIGTERM (or, under an npm script, npm's exit) and close gracefully. */
export async function serveUntilSignal(mock: MockServer, io: Io, headline: string): Promise<void> {
  // Handlers first: whoever reads the URLs below may signal at once.
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (why: string): void => {
      if (stopping) {
        // A second Ctrl-C: no more waiting for in-flight requests.
        void mock.close({ timeoutMs: 0 });
        return;
      }
      stopping = true;
      watcher?.stop();
      io.out(`mock: ${why}, ${mock.deliveries().length} deliveries received; shutting down`);
      void mock.close().then(resolve);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    const watcher = process.env['npm_lifecycle_event'] ? watchLauncher(() => stop('npm exited')) : undefined;
  });
  for (const [id, url] of Object.entries(mock.urls)) io.out(`mock: ${id.padEnd(14)} ${url}`);
  io.out(`mock: deliveries     ${mock.url}/__chathooks/deliveries`);
  io.out(controlLine(mock));
  io.out(`mock: ${headline}; Ctrl-C to stop`);
  await stopped;
}

/** How often the launcher is looked for. */
const LAUNCHER_POLL_MS = 1_000;

const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'ksh']);

/** A process's command name, state and parent, from Linux's /proc (undefined elsewhere, or once it is gone). */
function procStat(pid: number): { name: string; state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    const [state = '', ppid = ''] = stat.slice(close + 2).split(' ');
    return { name: stat.slice(stat.indexOf('(') + 1, close), state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs; a zombie (exited, not yet reaped) does not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return procStat(pid)?.state !== 'Z';
}

/**
 * Call `gone` once the process that launched this one exits. Under `npm start` that is npm, which runs the command
 * through `sh -c`: when npm is killed, the shell (SIGTERM forwarded) or npm itself (SIGKILL) goes, and the server
 * must not outlive it on its port. So the parent is watched, and its parent too when the parent is a shell.
 *
 * @example
 * const watcher = watchLauncher(() => stop('npm exited'));
 */
export function watchLauncher(gone: () => void): { stop: () => void } {
  const watched = [process.ppid];
  const parent = procStat(process.ppid);
  if (parent && SHELLS.has(parent.name) && parent.ppid > 1) watched.push(parent.ppid);
  const timer = setInterval(() => {
    if (watched.every(alive)) return;
    clearInterval(timer);
    gone();
  }, LAUNCHER_POLL_MS);
  // Watching never keeps the process alive by itself.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
