/** `chathooks verify-sender <spec> -- <command...>`: the provider contract against a sender you run. */
import { spawn } from 'node:child_process';
import { DEFAULT_FAULT_SCENARIOS, runProviderContract, type SenderTarget, type Tolerance } from '../testing/index.js';
import {
  chooseTimeScale,
  measureLatencyMs,
  TIME_SCALE_BUDGET_MS,
  TIME_SCALE_FLOOR_MS,
  TIME_SCALE_LATENCY_FACTOR,
} from '../testing/time-scale.js';
import { parseScenario } from '../mock/index.js';
import { describeDefaultSecrets } from '../mock/secret.js';
import { InputError, parse, UsageError, type Io } from './args.js';
import { loadOneSpec, parseReports, progress, summarise, writeReports } from './contract-output.js';

export const verifySenderUsage = `Usage: chathooks verify-sender <spec> [--time-scale X|auto] [--tolerance MS|soon=MS,late=MS] [--scenarios LIST] [--report junit=FILE]... -- <command...>

Starts a mock consumer for the spec and runs your sender once per phase with these variables set:
  CHATHOOKS_TARGET_URL   where to deliver (the mock's endpoint)
  CHATHOOKS_SECRET       the secret to sign with
  CHATHOOKS_SCENARIO     the phase: capture, then each fault scenario
  CHATHOOKS_TIME_SCALE   run the platform's timeouts and backoff this much faster (as deliver's timeScale)
  CHATHOOKS_APP_ID       the app id to put in deliveries, when --app-id is given
The command must deliver at least one event and exit when done, retries included.
  capture     every request it sends is signed, framed and valid for its event (exit code must be 0)
  faults      with the consumer answering 500, never answering, dropping the connection, or failing once,
              its sends are counted and timed against the spec's delivery policy (any exit code)
Exit 0 when every check passes, 1 when one fails, 2 when the run cannot be made or reported.

Options:
  --secret S          the secret the sender signs with (default per scheme: ${describeDefaultSecrets()})
  --app-id ID         the app id the sender uses (Tencent SdkAppid); checked when given
  --time-scale X      the sender's time scale, in (0, 1]; 1 runs the platform's real waits (GAIFE: 192 s)
                      default auto: the largest scale that fits every phase's timeouts and backoff in
                      ${TIME_SCALE_BUDGET_MS / 1000} s, unless the shortest scaled wait would fall below ${TIME_SCALE_FLOOR_MS} ms or ${TIME_SCALE_LATENCY_FACTOR}× the
                      measured loopback latency (then slower); GAIFE runs at 0.015. The summary line says which
  --scenarios LIST    fault scenarios, comma-separated (default ${DEFAULT_FAULT_SCENARIOS.join(',')}; "none" for capture only)
  --tolerance MS      how far a sender's wait (timeout, backoff) may stray from the policy, in ms, on top of 10%
                      of the wait early and 50% late and of an allowance for load (twice the verifier's worst
                      stall in the phase or the sender's start-up in it, whichever is more; early, at most 40% of
                      the wait); one number for both directions or
                      soon=MS,late=MS (default soon=5,late=100). Waits count from when the mock answered or saw
                      the sender give up; a first request's timeout from the sender's start
  --report junit=FILE write a JUnit XML report (repeatable; also json=FILE)
  -h, --help          show this help`;

/** `--tolerance`: `MS` for both directions, or `soon=MS`, `late=MS`, or both comma-separated. */
function parseTolerance(text: string): Partial<Tolerance> | number {
  const wrong = (): UsageError =>
    new UsageError(`--tolerance must be a number of ms (both directions) or soon=MS,late=MS, got "${text}".`);
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  const out: Partial<Tolerance> = {};
  for (const part of text.split(',')) {
    const m = /^\s*(soon|late)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m) throw wrong();
    out[m[1] as keyof Tolerance] = Number(m[2]);
  }
  return out;
}

/** Run the sender command once; stdout/stderr pass through prefixed. */
function runSender(command: string[], env: Record<string, string>, io: Io, mustSucceed: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) io.err(`sender │ ${line}`);
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new InputError(
          error.code === 'ENOENT'
            ? `cannot run "${command[0]}": not found; check the command after --`
            : `cannot run "${command[0]}": ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (mustSucceed && code !== 0) reject(new Error(`the sender exited with ${signal ?? `code ${code}`}`));
      else resolve();
    });
  });
}

export async function verifySenderCommand(argv: string[], io: Io): Promise<number> {
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  const { values, positionals } = parse(own, {
    secret: { type: 'string' },
    'app-id': { type: 'string' },
    'time-scale': { type: 'string' },
    scenarios: { type: 'string' },
    tolerance: { type: 'string' },
    report: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(verifySenderUsage);
    return 0;
  }
  if (command.length === 0)
    throw new UsageError(
      'Give the sender command after --, e.g. `chathooks verify-sender spec/gaife.yaml -- node my-sender.js`.',
    );
  if (positionals.length > 1) throw new UsageError(`verify-sender takes one spec, got ${positionals.length}.`);
  const givenScale =
    values['time-scale'] === undefined || values['time-scale'] === 'auto' ? undefined : Number(values['time-scale']);
  if (givenScale !== undefined && !(givenScale > 0 && givenScale <= 1))
    throw new UsageError(`--time-scale must be a number in (0, 1] or auto, got "${String(values['time-scale'])}".`);
  const tolerance = typeof values['tolerance'] === 'string' ? parseTolerance(values['tolerance']) : undefined;
  const scenarioList =
    typeof values['scenarios'] === 'string'
      ? values['scenarios'] === 'none'
        ? []
        : values['scenarios']
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
      : [...DEFAULT_FAULT_SCENARIOS];
  for (const s of scenarioList) {
    try {
      parseScenario(s);
    } catch (error) {
      throw new UsageError(`--scenarios: ${(error as Error).message}`);
    }
  }
  const reports = parseReports(values['report'], io.cwd);
  const loaded = await loadOneSpec(positionals[0], io.cwd, io, 'verify-sender');
  if (!loaded) return 1;
  const { contract, source } = loaded;
  let timeScale = givenScale ?? 1;
  let scaleNote = '';
  if (givenScale === undefined) {
    const latencyMs = await measureLatencyMs();
    const choice = chooseTimeScale(contract.delivery, scenarioList, { latencyMs });
    timeScale = choice.scale;
    scaleNote = ` (auto: ${Math.round((choice.scheduleMs * choice.scale) / 100) / 10} s of ${choice.scheduleMs / 1000} s of platform waits; shortest wait ≥ ${Math.round(choice.floorMs)} ms; --time-scale to set)`;
  }
  const appId = typeof values['app-id'] === 'string' ? values['app-id'] : undefined;
  let setup: Error | undefined;
  const send = async (target: SenderTarget): Promise<void> => {
    io.err(`verify-sender: phase ${target.scenario}: ${command.join(' ')}`);
    try {
      await runSender(
        command,
        {
          CHATHOOKS_TARGET_URL: target.url,
          CHATHOOKS_SECRET: target.secret,
          CHATHOOKS_SCENARIO: target.scenario,
          CHATHOOKS_TIME_SCALE: String(target.timeScale),
          ...(appId !== undefined ? { CHATHOOKS_APP_ID: appId } : {}),
        },
        io,
        target.scenario === 'capture',
      );
    } catch (error) {
      if (error instanceof InputError) setup ??= error;
      throw error;
    }
  };
  const display = progress(io);
  const report = await runProviderContract({
    contract: source,
    send,
    timeScale,
    scenarios: scenarioList,
    // The command's exit marks the end of its deliveries, retries included: no long wait for stragglers.
    graceMs: 200,
    ...(typeof values['secret'] === 'string' ? { secret: values['secret'] } : {}),
    ...(appId !== undefined ? { appId } : {}),
    ...(tolerance !== undefined ? { toleranceMs: tolerance } : {}),
    onCase: display.onCase,
  });
  display.end();
  summarise(report, io, `verify-sender ${contract.title}`, ` at time scale ${timeScale}${scaleNote}`);
  const unwritable = await writeReports([report], reports, io);
  if (setup) io.err(`chathooks verify-sender: ${setup.message}`);
  if (unwritable) io.err(`chathooks verify-sender: ${unwritable}`);
  if (setup || unwritable) return 2;
  return report.failed ? 1 : 0;
}
