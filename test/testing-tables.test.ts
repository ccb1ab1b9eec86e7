/**
 * The consumer contract's one table (`CASE_GROUPS`): the planner runs its groups, `chathooks replay --help` and
 * the README list exactly its groups and checks with their defaults, `--expect` names are checked against it,
 * and the security planner sends exactly the attacks `attacksFor` gives a scheme.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { CHECK_NAMES, defaultExpectations, planConsumerContract } from '../src/testing/index.js';
import { CASE_GROUPS, caseGroupsMarkdown, describeDefaults } from '../src/testing/groups.js';
import { attacksFor } from '../src/testing/plan/security.js';
import { PHASE_KINDS, providerPhases } from '../src/testing/phases/index.js';
import { runProviderContract } from '../src/testing/index.js';
import { deliver } from '../src/delivery/index.js';
import * as gaife from '../generated/gaife/index.js';
import { runCli } from './helpers/cli.js';
import { bundledIds, importGenerated } from './helpers/generated.js';

const groupNames = CASE_GROUPS.map((g) => g.name);
const checksOf = (
  group: (typeof CASE_GROUPS)[number],
): { name: string; sends: string; expect: Parameters<typeof describeDefaults>[0] }[] => [...group.checks];

describe('the table feeds --help, the README and --expect', () => {
  test('chathooks replay --help lists exactly the groups, in order, each with exactly its checks and their defaults', async () => {
    const r = await runCli(['replay', '--help']);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('\n  examples '), r.stdout.indexOf('\nExit 0'));
    const listed: { group: string; checks: string[] }[] = [];
    for (const line of section.split('\n')) {
      const group = /^ {2}([a-z]+) {2,}\S/.exec(line);
      if (group) listed.push({ group: group[1]!, checks: [] });
      const check = /^ +· ([a-z-]+) +/.exec(line);
      if (check) listed.at(-1)!.checks.push(check[1]!);
    }
    expect(listed).toEqual(CASE_GROUPS.map((g) => ({ group: g.name, checks: checksOf(g).map((c) => c.name) })));
    const flat = section.replace(/\n +/g, ' ');
    for (const c of CASE_GROUPS.flatMap(checksOf))
      expect(flat).toContain(`· ${c.name.padEnd(19)}${c.sends.replace(/`/g, '')} [${describeDefaults(c.expect)}]`);
    expect(r.stdout).toMatch(/--no-negative +skip the security, payloads and events groups\n/);
    expect(r.stdout).toMatch(/--no-variants +skip the variants group\n/);
  });

  test("the README's table under Contract testing / A receiver is the table", async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### A receiver'), readme.indexOf('### A sender'));
    expect(section).toContain(`\n${caseGroupsMarkdown()}\n\n`);
    const rows = section
      .split('\n')
      .filter((l) => /^\| [a-z]+ \|/.test(l))
      .slice(1);
    expect(rows.map((l) => l.split(' | ')[0]!.slice(2))).toEqual(groupNames);
    expect(
      rows.flatMap((l) =>
        [
          ...l
            .split(' | ')
            .at(-1)!
            .matchAll(/`([a-z-]+)`/g),
        ].map((m) => m[1]),
      ),
    ).toEqual([...CHECK_NAMES]);
  });

  test('--expect: a misspelt check is a usage error naming the closest check; a good one runs', async () => {
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      'http://127.0.0.1:9/webhook',
      '--expect',
      'wrong-signatur=reject',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--expect: unknown check "wrong-signatur". Did you mean "wrong-signature"? Checks are missing-signature, wrong-signature,',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('expect in the API: an unknown check throws with the closest name; every check of the table has a default', () => {
    expect(() =>
      planConsumerContract({ contract: protocol, expect: { 'unknown-events': 'acknowledge' } as never }),
    ).toThrow(/expect: unknown check "unknown-events"\. Did you mean "unknown-event"\?/);
    expect(Object.keys(defaultExpectations(protocol.contract)).sort()).toEqual([...CHECK_NAMES].sort());
    expect(defaultExpectations(sendbird.contract, { strict: true })['unknown-event']).toBe('acknowledge');
    expect(defaultExpectations(tencent.contract, { strict: true })['unknown-event']).toBe('reject:4xx');
    expect(defaultExpectations(tencent.contract)['unknown-event']).toBe('tolerate');
  });
});

describe('the planner runs the table', () => {
  test.each(bundledIds)(
    '%s: every case is in a group of the table; each event’s groups come first, in table order, then the contract-wide ones',
    async (id) => {
      const g = await importGenerated(id);
      const cases = planConsumerContract({ contract: g.contract, secret: 's3cret', appId: '1400000000' });
      const rank = (group: string): number => {
        const at = CASE_GROUPS.findIndex((x) => x.name === group);
        expect(at, group).toBeGreaterThanOrEqual(0);
        return CASE_GROUPS[at]!.scope === 'once' ? 100 + at : at;
      };
      const order = (event: string | undefined) =>
        cases.filter((c) => c.event === event && rank(c.group) < 100).map((c) => rank(c.group));
      for (const e of g.contract.events) expect(order(e.name)).toEqual([...order(e.name)].sort((a, b) => a - b));
      const once = cases.map((c) => rank(c.group)).filter((r) => r >= 100);
      expect(cases.slice(cases.length - once.length).every((c) => rank(c.group) >= 100)).toBe(true);
      expect(once).toEqual([...once].sort((a, b) => a - b));
    },
  );

  test('variants: false and negative: false leave out exactly the groups the table switches with them', () => {
    const groups = (options: object) =>
      new Set(planConsumerContract({ contract: tencent, secret: 's', appId: '1', ...options }).map((c) => c.group));
    const all = groups({});
    // `batches` plans cases only for batch contracts (test/batch.test.ts); Tencent sends one event per delivery.
    expect([...all].sort()).toEqual(groupNames.filter((n) => n !== 'batches').sort());
    const switched = (option: string) =>
      CASE_GROUPS.filter((g) => 'option' in g && g.option === option).map((g) => g.name);
    expect([...groups({ variants: false })].sort()).toEqual(
      groupNames.filter((n) => !switched('variants').includes(n) && n !== 'batches').sort(),
    );
    expect([...groups({ negative: false })].sort()).toEqual(
      groupNames.filter((n) => !switched('negative').includes(n) && n !== 'batches').sort(),
    );
  });

  test.each(bundledIds)('%s: the security group sends exactly the attacks attacksFor gives its scheme', async (id) => {
    const g = await importGenerated(id);
    const security = planConsumerContract({ contract: g.contract, secret: 's3cret' })
      .filter((c) => c.group === 'security')
      .map((c) => c.name);
    const attacks = attacksFor(g.contract);
    expect(security).toEqual(attacks.map((a) => a.name));
    const timed = 'toleranceSec' in g.contract.signature;
    expect(attacks.map((a) => a.check)).toEqual(
      g.contract.signature.scheme === 'none'
        ? []
        : ['missing-signature', 'wrong-signature', ...(timed ? ['stale-timestamp', 'future-timestamp'] : [])],
    );
    expect(planConsumerContract({ contract: g.contract }).filter((c) => c.group === 'security')).toEqual([]);
  });
});

describe('the provider contract runs its phase table', () => {
  test('providerPhases: capture, then each fault scenario, each titled from its kind', () => {
    expect(providerPhases(['status:500', 'timeout'])).toEqual([
      { name: 'capture', kind: 'capture', title: `capture: ${PHASE_KINDS.capture.title}` },
      { name: 'status:500', kind: 'fault', title: `status:500: ${PHASE_KINDS.fault.title}` },
      { name: 'timeout', kind: 'fault', title: `timeout: ${PHASE_KINDS.fault.title}` },
    ]);
    expect(providerPhases([]).map((p) => p.title)).toEqual(['capture: every delivery is signed, framed and valid']);
  });

  test('a run reports its phases in table order, one group per phase, over real HTTP', async () => {
    const payload = gaife.contract.events[0]!.examples[0]!.payload;
    const event = gaife.contract.events[0]!.name;
    const seen: string[] = [];
    const report = await runProviderContract({
      contract: gaife.contract,
      timeScale: 0.01,
      scenarios: ['status:500', 'flaky:1'],
      send: ({ url, secret, timeScale }) =>
        deliver(gaife.contract, { url, secret, timeScale, event, payload }).then(() => undefined),
      onCase: (c, done, total) => seen.push(`${c.group} ${done}/${total}`),
    });
    const groups = [...new Set(report.cases.map((c) => c.group))];
    expect(groups).toEqual(providerPhases(['status:500', 'flaky:1']).map((p) => p.name));
    expect(report.failed, JSON.stringify(report.cases.filter((c) => c.outcome === 'failed'))).toBe(0);
    expect(seen).toEqual(report.cases.map((c, i) => `${c.group} ${i + 1}/${i + 1}`));
  });
});
