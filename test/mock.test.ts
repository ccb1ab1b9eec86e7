/** The native mock consumer, driven by the delivery engine over real HTTP, and `chathooks mock`. */
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as protocol from '../generated/protocol/index.js';
import { deliver } from '../src/delivery/index.js';
import { DEFAULT_MOCK_SECRET, parseScenario, startMockServer, type MockServer } from '../src/mock/index.js';
import { loadContract } from '../src/model/index.js';
import { cliPath, runCli, spawnUntil } from './helpers/cli.js';

const SCALE = 0.01;
const gaifePayload = gaife.examples.message[0]!.payload;
const contactPayload = protocol.examples['contact.created'][0]!.payload;

describe('parseScenario', () => {
  test.each([
    ['ok', [{ kind: 'ok' }]],
    ['ok:status-success', [{ kind: 'ok', example: 'status-success' }]],
    ['status:503', [{ kind: 'status', status: 503 }]],
    ['delay:250', [{ kind: 'delay', ms: 250 }]],
    ['timeout', [{ kind: 'timeout' }]],
    ['reset', [{ kind: 'reset' }]],
    ['malformed', [{ kind: 'malformed' }]],
    ['flaky:2', [{ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'ok' }]],
    ['status:500, timeout, ok', [{ kind: 'status', status: 500 }, { kind: 'timeout' }, { kind: 'ok' }]],
  ])('%s', (text, steps) => {
    expect(parseScenario(text)).toEqual(steps);
  });

  test.each([
    ['explode', /Unknown scenario "explode"/],
    ['status:99', /the status must be an integer from 100 to 599/],
    ['status:abc', /the status must be an integer/],
    ['delay', /the delay must be an integer/],
    ['timeout:5', /timeout takes no argument/],
  ])('%s is refused with the grammar', (text, message) => {
    expect(() => parseScenario(text)).toThrow(message);
    expect(() => parseScenario(text)).toThrow(/Scenarios are ok\[:<example>\], status:<100-599>/);
  });
});

describe('startMockServer', () => {
  let mock: MockServer;
  beforeAll(async () => {
    // GAIFE from generated code, Protocol straight from its YAML: both forms are served.
    mock = await startMockServer([gaife, await loadContract('spec/protocol.yaml', { validation: 'conventions' })], {
      events: { 'contact.deleted': 'status:410' },
    });
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  const send = (event: string, payload: unknown, extra: Partial<Parameters<typeof deliver>[1]> = {}) =>
    event === 'message'
      ? deliver(gaife, { url: mock.urls['gaife']!, event, payload, timeScale: SCALE, ...extra })
      : deliver(protocol, { url: mock.urls['protocol']!, event, payload, secret: DEFAULT_MOCK_SECRET, ...extra });

  test('serves each contract at /<id>/webhook and answers the first reply example', async () => {
    expect(mock.urls).toEqual({ gaife: `${mock.url}/gaife/webhook`, protocol: `${mock.url}/protocol/webhook` });
    const t = await send('contact.created', contactPayload);
    expect(t.outcome).toBe('delivered');
    expect(mock.deliveries()).toEqual([
      expect.objectContaining({
        seq: 1,
        contract: 'protocol',
        event: 'contact.created',
        valid: true,
        scenario: 'ok',
        answer: 200,
        body: JSON.stringify(contactPayload),
      }),
    ]);
  });

  test('verifies what it receives: a bad signature and an invalid payload are answered and recorded as invalid', async () => {
    const bad = await send('contact.created', contactPayload, { secret: 'wrong' });
    expect(bad.attempts[0]!.status).toBe(401);
    const invalid = await send('contact.created', { id: 'x', type: 'contact.created' });
    expect(invalid.attempts[0]!.status).toBe(400);
    const [first, second] = mock.deliveries();
    expect(first).toMatchObject({
      valid: false,
      answer: 401,
      problem: expect.stringMatching(/^signature: Signature verification failed: header x-protocol-signature/),
    });
    expect(second).toMatchObject({ valid: false, answer: 400, problem: expect.stringContaining('/payload') });
  });

  test('flaky:2 against GAIFE: two 500s, then ok, within the documented backoff', async () => {
    const t = await send('message', gaifePayload, { headers: { 'x-chathooks-scenario': 'flaky:2' } });
    // Each retry carries the header again, so the sequence advances per request.
    expect(t.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(t.outcome).toBe('delivered');
    expect(mock.deliveries({ contract: 'gaife' }).map((d) => d.answer)).toEqual([500, 500, 200]);
  });

  test('timeout, reset and malformed, chosen per request', async () => {
    const timeout = await send('message', gaifePayload, {
      headers: { 'x-chathooks-scenario': 'timeout' },
      policy: { retries: [] },
    });
    expect(timeout.attempts.map((a) => a.error)).toEqual(['timeout']);
    const reset = await send('message', gaifePayload, {
      headers: { 'x-chathooks-scenario': 'reset' },
      policy: { retries: [] },
    });
    expect(reset.attempts.map((a) => a.error)).toEqual(['network']);
    const malformed = await send('contact.created', contactPayload, {
      headers: { 'x-chathooks-scenario': 'malformed' },
    });
    expect(malformed.attempts[0]).toMatchObject({ status: 200, reply: '{"chathooks": malformed' });
    expect(mock.deliveries().map((d) => d.answer)).toEqual(['timeout', 'reset', 200]);
  });

  test('delay:<ms> answers ok after the delay; ok:<name> picks a reply example', async () => {
    const slow = await send('contact.created', contactPayload, { headers: { 'x-chathooks-scenario': 'delay:120' } });
    expect(slow.attempts[0]!.latencyMs).toBeGreaterThanOrEqual(115);
    expect(slow.outcome).toBe('delivered');
    const named = await send('message', gaifePayload, { headers: { 'x-chathooks-scenario': 'ok:status-success' } });
    expect(named.reply).toEqual({ status: 'success' });
    const unknown = await send('message', gaifePayload, {
      headers: { 'x-chathooks-scenario': 'ok:nope' },
      policy: { retries: [] },
    });
    expect(unknown.attempts[0]!.status).toBe(500);
  });

  test('a per-event scenario applies to that event only', async () => {
    const gone = await send('contact.deleted', protocol.examples['contact.deleted'][0]!.payload);
    expect(gone.attempts[0]!.status).toBe(410);
    expect((await send('contact.created', contactPayload)).attempts[0]!.status).toBe(200);
  });

  test('an unknown scenario in the header is a 400 naming the grammar', async () => {
    const t = await send('contact.created', contactPayload, { headers: { 'x-chathooks-scenario': 'explode' } });
    expect(t.attempts[0]).toMatchObject({ status: 400 });
    expect(JSON.stringify(t.attempts[0]!.reply)).toContain('Unknown scenario');
  });

  test('the delivery record and health over HTTP; DELETE resets it', async () => {
    await send('contact.created', contactPayload);
    const list = (await (await fetch(`${mock.url}/__chathooks/deliveries?contract=protocol`)).json()) as unknown[];
    expect(list).toHaveLength(1);
    expect((await fetch(`${mock.url}/__chathooks/deliveries`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${mock.url}/__chathooks/deliveries`)).json()).toEqual([]);
    expect(await (await fetch(`${mock.url}/__chathooks/health`)).json()).toEqual({
      ok: true,
      contracts: [
        { id: 'gaife', path: '/gaife/webhook', events: 1 },
        { id: 'protocol', path: '/protocol/webhook', events: 15 },
      ],
    });
    const missing = await fetch(`${mock.url}/nope/webhook`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('endpoints: /gaife/webhook, /protocol/webhook');
  });

  test('the record is bounded: the oldest deliveries go first', async () => {
    const small = await startMockServer([gaife], { maxRecorded: 3 });
    try {
      for (let i = 0; i < 5; i++)
        await deliver(gaife, { url: small.urls['gaife']!, event: 'message', payload: gaifePayload });
      expect(small.deliveries().map((d) => d.seq)).toEqual([3, 4, 5]);
    } finally {
      await small.close();
    }
  });

  test('an invalid configured scenario is refused at start', async () => {
    await expect(startMockServer([gaife], { scenario: 'status:42' })).rejects.toThrow(
      /mock scenario: Scenario "status:42"/,
    );
  });
});

describe('chathooks mock (the built CLI)', () => {
  test('prints its URLs, serves, and shuts down gracefully on SIGTERM', async () => {
    const mock = await spawnUntil(
      [cliPath, 'mock', 'spec/gaife.yaml', '--port', '0', '--scenario', 'status:503'],
      /mock: gaife\s+(http:\/\/\S+)/,
    );
    const t = await deliver(gaife, {
      url: mock.match[1]!,
      event: 'message',
      payload: gaifePayload,
      policy: { retries: [] },
    });
    expect(t.attempts[0]!.status).toBe(503);
    expect(await mock.stop()).toBe(0);
    expect(mock.output()).toContain('mock: SIGTERM, 1 deliveries received; shutting down');
  });

  test('serves an up-to-date generated contract without loading the YAML; a stale one falls back to the spec', async () => {
    const { spawn } = await import('node:child_process');
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-mock-fast-'));
    // `chathooks mock` in `dir`, until its headline; then one delivery, and the reply the mock gave.
    const served = async (): Promise<{ headline: string; reply: unknown }> => {
      const child = spawn(process.execPath, [cliPath, 'mock', '--port', '0'], { cwd: dir });
      let out = '';
      const headline = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = /^mock: listening on .*$/m.exec(out);
          if (line) resolve(line[0]);
        });
        child.on('close', (code) => reject(new Error(`mock exited ${code}: ${out}`)));
      });
      const url = /mock: gaife\s+(http:\/\/\S+)/.exec(out)![1]!;
      const t = await deliver(gaife, { url, event: 'message', payload: gaifePayload, policy: { retries: [] } });
      child.kill('SIGTERM');
      return { headline, reply: t.attempts[0]!.reply };
    };
    try {
      await cp('spec/gaife.yaml', join(dir, 'spec/gaife.yaml'));
      expect((await runCli(['generate'], { cwd: dir })).code).toBe(0);
      const fresh = await served();
      expect(fresh.headline).toContain('from generated/: gaife)');
      expect(fresh.reply).toEqual({});
      // Edit the spec after generating: the recorded hash no longer matches, so the mock loads the spec itself.
      const yaml = await readFile(join(dir, 'spec/gaife.yaml'), 'utf8');
      const edited = yaml.replace(
        'summary: An empty JSON object.\n          payload: {}',
        'summary: Edited after generate.\n          payload: { edited: true }',
      );
      expect(edited).not.toBe(yaml);
      await writeFile(join(dir, 'spec/gaife.yaml'), edited);
      const stale = await served();
      expect(stale.headline).toContain('from YAML: gaife)');
      expect(stale.reply).toEqual({ edited: true });
      // The generated text again (a revert, here with CRLF line ends) matches the recorded hash once more.
      await writeFile(join(dir, 'spec/gaife.yaml'), yaml.replaceAll('\n', '\r\n'));
      expect((await served()).headline).toContain('from generated/: gaife)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('usage errors exit 2', async () => {
    expect((await runCli(['mock', '--port', 'abc'])).code).toBe(2);
    const bad = await runCli(['mock', 'spec/gaife.yaml', '--port', '0', '--scenario', 'explode']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown scenario "explode"');
  });
});

describe('chathooks prism (the built CLI)', () => {
  test('starts Prism on the spec, which answers its reply examples, and stops on SIGTERM', async () => {
    const prism = await spawnUntil(
      [cliPath, 'prism', 'spec/protocol.yaml', '--port', '0'],
      /prism: protocol\s+(http:\/\/\S+)/,
      { timeoutMs: 30_000 },
    );
    const t = await deliver(protocol, {
      url: prism.match[1]!,
      event: 'contact.created',
      payload: contactPayload,
      secret: 'any',
    });
    expect(t.attempts[0]!.status).toBe(200);
    expect(await prism.stop()).toBe(0);
    expect(prism.output()).toContain('prism: SIGTERM, stopping Prism');
  });

  test('one spec only', async () => {
    const r = await runCli(['prism', 'spec/protocol.yaml', 'spec/gaife.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give exactly one spec');
  });
});

describe('scenario presets (mocks/scenarios)', () => {
  test('every bundled preset loads and its scenarios parse', async () => {
    const { readdir } = await import('node:fs/promises');
    const { loadPreset } = await import('../src/mock/index.js');
    const files = (await readdir('mocks/scenarios')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const preset = await loadPreset(`mocks/scenarios/${f}`);
      expect(preset.description, f).toBeTruthy();
      expect(preset.scenario ?? preset.events, f).toBeTruthy();
    }
  });

  test('a broken preset is refused with the file and the key', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadPreset } = await import('../src/mock/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-preset-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ scenario: 'ok', events: { 'message.created': 'sometimes' } }),
    );
    await expect(loadPreset(join(dir, 'bad.json'))).rejects.toThrow(
      /bad\.json: events\["message\.created"\]: Unknown scenario "sometimes"/,
    );
    await writeFile(join(dir, 'typo.json'), JSON.stringify({ senario: 'ok' }));
    await expect(loadPreset(join(dir, 'typo.json'))).rejects.toThrow(/unknown key senario/);
    await expect(loadPreset(join(dir, 'missing.json'))).rejects.toThrow(/no such file/);
  });

  test('chathooks mock --preset applies the preset', async () => {
    const mock = await spawnUntil(
      [cliPath, 'mock', 'spec/gaife.yaml', '--port', '0', '--preset', 'mocks/scenarios/flaky-receiver.json'],
      /mock: gaife\s+(http:\/\/\S+)/,
    );
    const t = await deliver(gaife, { url: mock.match[1]!, event: 'message', payload: gaifePayload, timeScale: SCALE });
    expect(t.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    await mock.stop();
    const bad = await runCli(['mock', 'spec/gaife.yaml', '--preset', 'mocks/scenarios/nope.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nope.json: no such file');
  });
});
