/**
 * `chathooks mock <spec...>`: the native mock consumer, until SIGINT/SIGTERM. A spec whose generated contract
 * (generated/<id>/index.js) records the hash of its current text is served from that module; any other spec is
 * linted and loaded, which needs the YAML parser and Ajv — most of the start-up time.
 */
import { describeDefaultSecrets } from '../mock/secret.js';
import { loadPreset } from '../mock/preset.js';
import { SCENARIO_GRAMMAR } from '../mock/scenario.js';
import type { Contract } from '../model/model.js';
import { contractOf } from '../model/runtime.js';
import type { RecorderOptions } from '../traffic/recorder.js';
import { parse, UsageError, type Io } from './args.js';
import { CONTROL_TOKEN_ENV, controlToken, serveUntilSignal, parsePort, startMock } from './serve.js';
import { loadCurrentSpecs, specsFrom } from './specs.js';

export const mockUsage = `Usage: chathooks mock [spec...] [--port N] [--host H] [--scenario S] [--event NAME=S]... [--preset FILE] [--secret S] [--control-token T]
                      [--record DIR [--format json|har] [--redact] [--max-recordings N]]

Serves every spec at http://HOST:PORT/<id>/webhook as a mock consumer: verifies each delivery's signature
and payload, answers with the spec's reply examples or the chosen fault, and records every delivery.
A spec whose ./generated/<id>/ was generated from its current text (\`chathooks generate\` records a hash)
starts from that output; any other spec is linted and loaded.

Scenarios: ${SCENARIO_GRAMMAR}
(status:500,ok). Per request: header x-chathooks-scenario.

  GET    /__chathooks/deliveries   deliveries received (JSON array, oldest first; ?contract=&event= filter;
                                   pages of ?limit= (default 1000, at most 10000) ?after=<seq>, the next
                                   one in the Link header)
  DELETE /__chathooks/deliveries   forget them and restart scenario sequences
  GET    /__chathooks/health       liveness and the mounted contracts

On 127.0.0.1 (the default) the /__chathooks/ endpoints answer only Host names 127.0.0.1, localhost and [::1]
(against DNS rebinding); beyond loopback (--host 0.0.0.0) the deliveries endpoints need a control token and
are refused without one. Webhook endpoints answer any Host.

Options:
  --port N        port (default 4010; 0 for a random free port)
  --host H        interface (default 127.0.0.1)
  --scenario S    scenario for every event (default ok)
  --event NAME=S  scenario for one event (repeatable)
  --preset FILE   scenarios from a preset file (mocks/scenarios/*.json); --scenario/--event override it
  --secret S      signing secret for every spec (default per scheme: ${describeDefaultSecrets()})
  --control-token T
                  require "Authorization: Bearer T" on /__chathooks/deliveries (16+ characters; or set
                  ${CONTROL_TOKEN_ENV}, which stays out of \`ps\`)
  --record DIR    also save every delivery the record gets as one recording file in DIR (as \`listen --record\`)
  --format F      recording format: json (default) or har (HAR 1.2)
  --redact        replace signature values in recordings by "[redacted]"
  --max-recordings N
                  recordings written at most (default 10000; 1 GiB at most); later deliveries go unrecorded
  -h, --help      show this help`;

export async function mockCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    scenario: { type: 'string' },
    event: { type: 'string', multiple: true },
    secret: { type: 'string' },
    preset: { type: 'string' },
    'control-token': { type: 'string' },
    record: { type: 'string' },
    format: { type: 'string' },
    redact: { type: 'boolean' },
    'max-recordings': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(mockUsage);
    return 0;
  }
  const port = parsePort(values['port']);
  const record = recordFlags(values);
  const token = controlToken(values['control-token']);
  let preset: { scenario?: string; events?: Record<string, string> } = {};
  if (typeof values['preset'] === 'string') {
    try {
      preset = await loadPreset(values['preset']);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const events: Record<string, string> = { ...preset.events };
  for (const pair of (values['event'] as string[] | undefined) ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--event takes NAME=SCENARIO, got "${pair}".`);
    events[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const files = await specsFrom(positionals, io.cwd);
  const { sources, generated, failed } = await loadCurrentSpecs(files, io.cwd);
  if (failed.length) {
    const { formatProblem } = await import('../model/problems.js');
    for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.out(formatProblem(p));
    io.out(`mock: refused, ${failed.map((f) => f.file).join(', ')} ha${failed.length === 1 ? 's' : 've'} lint errors.`);
    return 1;
  }
  const fromGenerated = generated.flatMap((g) => (g ? [g.contract.id] : []));
  const fromYaml = sources.flatMap((c, i) => (generated[i] ? [] : [(c as Contract).id]));
  const origin = [
    ...(fromGenerated.length ? [`from generated/: ${fromGenerated.join(', ')}`] : []),
    ...(fromYaml.length ? [`from YAML: ${fromYaml.join(', ')}`] : []),
  ].join('; ');
  const recording = record ? await startRecording(sources.map(contractOf), record, values['secret'], io) : undefined;
  const mock = await startMock(sources, {
    port,
    host: typeof values['host'] === 'string' ? values['host'] : '127.0.0.1',
    ...(typeof values['scenario'] === 'string'
      ? { scenario: values['scenario'] }
      : preset.scenario
        ? { scenario: preset.scenario }
        : {}),
    events,
    ...(typeof values['secret'] === 'string' ? { secret: values['secret'] } : {}),
    ...(token !== undefined ? { controlToken: token } : {}),
    ...(recording ? { onDelivery: recording.onDelivery } : {}),
  });
  await serveUntilSignal(
    mock,
    io,
    `listening on ${mock.url} (secret: ${typeof values['secret'] === 'string' ? 'as given' : describeDefaultSecrets(sources.map((s) => contractOf(s).signature.scheme))}; ${origin}${record ? `; recording to ${record.dir} (${record.format ?? 'json'})` : ''})`,
  );
  if (recording) {
    await recording.flushed();
    io.out(`mock: ${recording.recorder.written} recordings written to ${record!.dir}`);
  }
  return 0;
}

/** `--record DIR [--format json|har] [--redact]`; the format and redaction only with a directory. */
function recordFlags(values: Record<string, string | boolean | string[] | undefined>): RecorderOptions | undefined {
  const format = values['format'];
  if (format !== undefined && format !== 'json' && format !== 'har')
    throw new UsageError(`--format takes json or har, got "${String(format)}".`);
  const max = values['max-recordings'];
  if (typeof values['record'] !== 'string') {
    const stray =
      format !== undefined ? 'format' : values['redact'] ? 'redact' : max !== undefined ? 'max-recordings' : '';
    if (stray) throw new UsageError(`--${stray} applies to recordings: add --record DIR.`);
    return undefined;
  }
  const maxRecordings = max === undefined ? undefined : Number(max);
  if (maxRecordings !== undefined && (!Number.isSafeInteger(maxRecordings) || maxRecordings < 1))
    throw new UsageError(`--max-recordings must be a positive whole number, got "${String(max)}".`);
  return {
    dir: values['record'],
    ...(format ? { format } : {}),
    redact: values['redact'] === true,
    ...(maxRecordings !== undefined ? { maxRecordings } : {}),
  };
}

/** A recorder for the mock's deliveries; `flushed()` waits for the writes still under way. */
async function startRecording(contracts: Contract[], options: RecorderOptions, secret: unknown, io: Io) {
  const { Recorder, mockRecording } = await import('../traffic/recorder.js');
  const recorder = await Recorder.open(contracts, options, typeof secret === 'string' ? [secret] : []);
  const pending = new Set<Promise<void>>();
  let unrecorded = 0;
  const onDelivery = (delivery: Parameters<typeof mockRecording>[0]): void => {
    const write = recorder.write(mockRecording(delivery)).then(({ error }) => {
      // The first reason is shown; the rest are counted (past the bound every delivery would say the same).
      if (error && unrecorded++ === 0) io.err(`mock: ${error}`);
    });
    pending.add(write);
    void write.finally(() => pending.delete(write));
  };
  const flushed = async (): Promise<void> => {
    await Promise.all([...pending]);
    if (unrecorded) io.err(`mock: ${unrecorded} deliveries not recorded`);
  };
  return { recorder, onDelivery, flushed };
}
