/**
 * A fresh machine and a published package (issue 12, items 24, 28, 29): the docs browser tests find a browser
 * without apt (a system one, else the one the devDependency @sparticuz/chromium ships) and fail loudly without one;
 * the packed tarball carries a LICENSE and sourcemaps that resolve without `src/`; `platformHandlers` is
 * documented as the Promise it returns, and the documented `setupServer(...(await platformHandlers('gaife')))`
 * works with real MSW.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setupServer } from 'msw/node';
import { describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import { BROWSER_ENV, launchChromium } from './helpers/browser.js';
import { root } from './helpers/cli.js';

const run = promisify(execFile);

describe('item 28: a browser for the docs tests on any machine', () => {
  test('the browser @sparticuz/chromium ships starts and renders with playwright-core, even beside a system one', async () => {
    const { browser, source } = await launchChromium({ env: { ...process.env, [BROWSER_ENV]: 'bundled' } });
    try {
      expect(source).toMatch(/^bundled @sparticuz\/chromium/);
      const page = await browser.newPage();
      await page.setContent('<main><h1>chathooks</h1><p style="font-size:16px">docs</p></main>');
      expect(await page.textContent('h1')).toBe('chathooks');
      expect(await page.evaluate('parseFloat(getComputedStyle(document.querySelector("p")).fontSize)')).toBe(16);
    } finally {
      await browser.close();
    }
  });

  test('with no browser anywhere the launch fails, listing what it tried and how to fix it (never a silent skip)', async () => {
    const nowhere = { env: { PATH: '' }, systemPaths: [], bundledFrom: '/no-such-project/package.json' }; // outside the project: no node_modules above it;
    const error = await launchChromium(nowhere).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^No Chromium could be started for the docs browser tests\./);
    expect(error?.message).toContain('- system: no Chromium or Chrome found');
    expect(error?.message).toMatch(/- bundled @sparticuz\/chromium \(devDependency\): .*(not installed|Linux x64)/);
    expect(error?.message).toMatch(/Fix: install Chromium .*CHATHOOKS_CHROMIUM=\/path\/to\/chrome/);
  });

  test('CHATHOOKS_CHROMIUM=<path> uses that browser only: a wrong path fails instead of falling back', async () => {
    const error = await launchChromium({ env: { ...process.env, [BROWSER_ENV]: '/no/such/chrome' } }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('- CHATHOOKS_CHROMIUM=/no/such/chrome: no file at /no/such/chrome');
    expect(error?.message).not.toContain('bundled');
  });

  test('the bundled browser is a devDependency only: users of the library never download it', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(pkg['devDependencies']!['@sparticuz/chromium']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg['dependencies']?.['@sparticuz/chromium']).toBeUndefined();
    const ci = await readFile(join(root, '.ci/run'), 'utf8');
    expect(ci).not.toMatch(/apt-get|sudo/);
  });
});

describe('item 29: what npm publishes', () => {
  /** The files `npm pack` would put in the tarball (scripts off: packing must not rebuild dist/ under other tests). */
  async function packedFiles(): Promise<string[]> {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [report] = JSON.parse(stdout) as { files: { path: string }[] }[];
    return report!.files.map((f) => f.path);
  }

  test('the tarball has the MIT LICENSE package.json names, and every sourcemap carries its sources', async () => {
    const files = await packedFiles();
    expect(files).toContain('LICENSE');
    const license = await readFile(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 chathooks contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).license).toBe('MIT');

    // src/ is not published, so a map that only points at it leaves stack traces and debuggers nothing to show.
    expect(files.some((f) => f.startsWith('src/'))).toBe(false);
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(maps.some((f) => f.startsWith('dist/cli/'))).toBe(true); // the esbuild bundle
    expect(maps.some((f) => f.startsWith('dist/receiver/'))).toBe(true); // tsc
    const missing: string[] = [];
    for (const file of maps) {
      const map = JSON.parse(await readFile(join(root, file), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, i) => {
        if (typeof map.sourcesContent?.[i] !== 'string' || map.sourcesContent[i] === '')
          missing.push(`${file}: ${source}`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('item 24: platformHandlers is documented as the Promise it is', () => {
  test('the documented `setupServer(...(await platformHandlers("gaife")))` plays GAIFE with real MSW', async () => {
    const { platformHandlers, receiverUrls } = await import('chathooks/mocks/msw');
    const server = setupServer(...(await platformHandlers('gaife'))); // exactly as documented
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const post = (body: unknown): Promise<Response> =>
        fetch(receiverUrls.gaife, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await post(gaife.examples.message[0]!.payload)).status).toBe(200);
      expect((await post({ conversation_id: 'c' })).status).toBe(400); // GAIFE's contract checks the payload
      // The same set, kept, records what was delivered.
      const handlers = await platformHandlers('gaife');
      server.use(...handlers);
      await post(gaife.examples.message[0]!.payload);
      expect(handlers.deliveries().map((d) => d.event)).toEqual(['message']);
    } finally {
      server.close();
    }
  });

  test('README and mocks/msw.js show the await; the old `platformHandlers.gaife()` spread is gone', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const comment = (await readFile(join(root, 'mocks/msw.js'), 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('//') || line.trimStart().startsWith('/**'))
      .join('\n');
    for (const [where, text] of [
      ['README.md', readme],
      ['mocks/msw.js', comment],
    ] as const) {
      expect(text, where).toContain("setupServer(...(await platformHandlers('gaife')))");
      expect(text, where).toMatch(
        /platformHandlers[^\n]*(returns|resolves)[^\n]*Promise|Promise[^\n]*platformHandlers/,
      );
      expect(text, where).not.toContain('platformHandlers.gaife(');
    }
    const types = await readFile(join(root, 'mocks/msw.d.ts'), 'utf8');
    expect(types).toContain("setupServer(...(await platformHandlers('gaife')))");
  });
});
