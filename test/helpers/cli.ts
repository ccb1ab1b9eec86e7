/** Run the built CLI (dist/cli/index.js) as a user would, capturing output and exit code. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return runNode([cliPath, ...args], options);
}

/** Run `node <args>` (a script, or flags such as `--import` before it), capturing output and exit code. */
export function runNode(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Running {
  /** The first match of the awaited pattern in stdout. */
  match: RegExpExecArray;
  /** Everything printed to stdout so far. */
  output(): string;
  /** Everything printed to stderr so far (all of it once `stop` has resolved). */
  errorOutput(): string;
  /** Send a signal and wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Start `node <args>` and resolve once stdout matches `pattern` (for long-running commands). */
export function spawnUntil(
  args: string[],
  pattern: RegExp,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env } });
  let out = '';
  let err = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no line matching ${pattern} within ${options.timeoutMs ?? 20_000} ms:\n${out}${err}`));
    }, options.timeoutMs ?? 20_000);
    // An exit before the line is a failure now, not after the timeout.
    void closed.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before a line matching ${pattern}:\n${out}${err}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = pattern.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          match,
          output: () => out,
          errorOutput: () => err,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return closed;
          },
        });
      }
    });
  });
}
