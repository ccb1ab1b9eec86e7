/**
 * Curated exports (issue 13, item 6): each public entry exports exactly what test/api/exports.json lists (so a
 * change to the public surface is a reviewed diff of that file: `npm run api` rewrites it), every value it
 * exports is documented in the README, and the internals that used to leak stay internal.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { apiReport, formatReport, publicEntries, REPORT_FILE, root, type ApiReport } from './report.js';

describe('item 6: the public surface', () => {
  test('every entry exports exactly what test/api/exports.json lists (after a deliberate change: npm run api, and review the diff)', async () => {
    const checkedIn = await readFile(REPORT_FILE, 'utf8');
    const current = formatReport(await apiReport());
    expect(current, 'the public API changed: run `npm run build && npm run api` and commit test/api/exports.json').toBe(
      checkedIn,
    );
  });

  test('the report covers every code entry of package.json exports', async () => {
    const report = JSON.parse(await readFile(REPORT_FILE, 'utf8')) as ApiReport;
    expect(Object.keys(report).sort()).toEqual((await publicEntries()).map((e) => e.subpath).sort());
  });

  test('every value export of every entry is named in the README', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const report = JSON.parse(await readFile(REPORT_FILE, 'utf8')) as ApiReport;
    const undocumented = Object.entries(report).flatMap(([subpath, entry]) =>
      entry.values.filter((name) => !readme.includes(`\`${name}\``)).map((name) => `${subpath}: ${name}`),
    );
    expect(undocumented).toEqual([]);
  });

  test('internals are not exported by any entry', async () => {
    const report = JSON.parse(await readFile(REPORT_FILE, 'utf8')) as ApiReport;
    const internals = [
      'sendOnce',
      'judgeReply',
      'frameRequest',
      'runCases',
      'globToRegExp',
      'platformBytes',
      'listFiles',
      'MockCore',
      'createAjv',
      'toIssues',
      'asGenerated',
      'resolveTarget',
    ];
    const leaked = Object.entries(report).flatMap(([subpath, entry]) =>
      [...entry.values, ...entry.types].filter((n) => internals.includes(n)).map((n) => `${subpath}: ${n}`),
    );
    expect(leaked).toEqual([]);
  });
});
