/** Serving the native mock from a command (`mock`, `start`): port parsing, start-up errors, URLs, shutdown. */
import { startMockServer, type MockServer, type MockServerOptions } from '../mock/server.js';
import type { GeneratedContract } from '../receiver/types.js';
import type { Contract } from '../spec/index.js';
import { UsageError, type Io } from './args.js';

/** `--port`: an integer from 0 to 65535 (default 4010). */
export function parsePort(value: unknown): number {
  const port = value === undefined ? 4010 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got "${String(value)}".`);
  return port;
}

/** Start the mock; a port in use or a bad scenario is a usage error with the fix. */
export async function startMock(contracts: readonly (Contract | GeneratedContract)[], options: MockServerOptions & { port: number }): Promise<MockServer> {
  try {
    return await startMockServer(contracts, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${options.port} is in use; pick another with --port (0 for any free port).`);
    }
    if (error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  }
}

/** Print the endpoint URLs, then serve until SIGINT/SIGTERM and close gracefully. */
export async function serveUntilSignal(mock: MockServer, io: Io, headline: string): Promise<void> {
  for (const [id, url] of Object.entries(mock.urls)) io.out(`mock: ${id.padEnd(14)} ${url}`);
  io.out(`mock: deliveries     ${mock.url}/__chathooks/deliveries`);
  io.out(`mock: ${headline}; Ctrl-C to stop`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      io.out(`mock: ${signal}, ${mock.deliveries().length} deliveries received; shutting down`);
      void mock.close().then(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
