/**
 * The docs site in a real headless Chromium (playwright-core), opened from file:// and from `chathooks start`'s
 * server: platform counts, search as you type, examples and replies, copy buttons, every internal link and
 * anchor, phone width, and no request to any other host. Screenshots go to .tmp/artifacts/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Contract, EventContract, JsonSchema } from '../src/model/index.js';
import { fileSafe } from '../src/model/naming.js';
import { launchChromium } from './helpers/browser.js';
import { cliPath, root, runCli, spawnUntil, type Running } from './helpers/cli.js';
import { bundledIds, importGenerated } from './helpers/generated.js';

const ARTIFACTS = join(root, '.tmp/artifacts');

let browser: Browser;
let dir: string;
let site: string;
let start: Running;
let served: string;
let contracts: Contract[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-docs-browser-'));
  site = join(dir, 'site');
  await mkdir(ARTIFACTS, { recursive: true });
  // `npm start` as a user runs it: generate, build the docs, serve mock endpoints and docs on one port.
  // A system Chromium, else the one the devDependency @sparticuz/chromium ships; none at all fails with what was tried.
  // allSettled: when one fails, afterAll still stops what the others started.
  const [started, launched, loaded] = await Promise.allSettled([
    spawnUntil(
      [cliPath, 'start', '--out', join(dir, 'generated'), '--site', site, '--port', '0'],
      /mock: deliveries\s+http:\/\/\S+\/__chathooks\/deliveries/,
      { timeoutMs: 60_000 },
    ),
    launchChromium(),
    Promise.all(bundledIds.map(async (id) => (await importGenerated(id)).contract)),
  ]);
  if (started.status === 'fulfilled') start = started.value;
  if (launched.status === 'fulfilled') browser = launched.value.browser;
  const { source } = settledValue(launched);
  settledValue(started);
  contracts = settledValue(loaded);
  console.info(`docs browser: ${source} (Chromium ${browser.version()})`);
  served = /^docs: (http:\/\/127\.0\.0\.1:\d+)\/ /m.exec(start.output())![1]!;
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (start) expect(await start.stop()).toBe(0);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function settledValue<T>(settled: PromiseSettledResult<T>): T {
  if (settled.status === 'rejected') throw settled.reason;
  return settled.value;
}

const fileUrl = (path: string): string => pathToFileURL(join(site, path)).href;
const contract = (id: string): Contract => contracts.find((c) => c.id === id)!;
const eventPath = (c: Contract, e: EventContract): string => `${c.id}/events/${fileSafe(e.name)}.html`;

/** A page that records every request and every script error. */
async function open(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, requests, errors };
}

async function withContext<T>(
  fn: (context: BrowserContext) => Promise<T>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** What the search should find, computed from the model: every word in the name, texts, tags or a payload field name. */
function expectedMatches(c: Contract, query: string): string[] {
  const fields = (schema: JsonSchema): string[] => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'properties' && v && typeof v === 'object' && !Array.isArray(v)) names.push(...Object.keys(v));
          if (k !== 'examples' && k !== 'const' && k !== 'enum' && k !== 'default') walk(v);
        }
      }
    };
    walk(schema);
    return names;
  };
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return c.events
    .filter((e) => {
      const text = [e.name, e.title ?? '', e.summary ?? '', e.description ?? '', ...e.tags, ...fields(e.payload)]
        .join('\n')
        .toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((e) => e.name);
}

describe('the index', () => {
  test('lists every platform with its event count from the Contract model, and is screenshotted', async () => {
    await withContext(async (context) => {
      const { page, errors } = await open(context, fileUrl('index.html'));
      const cards = await page.$$eval('section.card.platform', (els) =>
        els.map((el) => ({
          id: el.getAttribute('data-platform'),
          title: el.querySelector('h2')!.textContent,
          count: el.querySelector('[data-count]')!.textContent,
        })),
      );
      expect(cards).toEqual(contracts.map((c) => ({ id: c.id, title: c.title, count: String(c.events.length) })));
      expect(cards).toHaveLength(bundledIds.length);
      // the stylesheet applied (local CSS allowed by the page's CSP)
      expect(await page.evaluate(`getComputedStyle(document.querySelector('section.card')).borderTopStyle`)).toBe(
        'solid',
      );
      await page.screenshot({ path: join(ARTIFACTS, 'docs-index.png'), fullPage: true });
      expect(errors).toEqual([]);
    });
  });

  test('search across every platform narrows to the events with a matching field', async () => {
    await withContext(async (context) => {
      const { page } = await open(context, fileUrl('index.html'));
      expect(await page.isHidden('#results')).toBe(true);
      await page.fill('#q', 'channel_url');
      const found = await page.$$eval('#results li', (els) => els.map((el) => el.getAttribute('data-event')));
      const want = contracts.flatMap((c) => expectedMatches(c, 'channel_url'));
      expect(want.length).toBeGreaterThan(0);
      expect(found).toEqual(want.slice(0, 60));
      expect(await page.textContent('#results-count')).toBe(
        want.length > 60 ? `first 60 of ${want.length} events` : `${want.length} events`,
      );
      await page.click('#results li a');
      expect(page.url()).toMatch(/\/sendbird\/events\/.+\.html$/);
    });
  });
});

describe('a platform page', () => {
  test('the filter narrows the list as you type: a field name only some events have', async () => {
    const c = contract('tencent-chat');
    await withContext(async (context) => {
      const { page } = await open(context, fileUrl(`${c.id}/index.html`));
      const visible = (): Promise<string[]> =>
        page.$$eval('#event-list li[data-event]:not([hidden])', (els) =>
          els.map((el) => el.getAttribute('data-event')!),
        );
      expect(await visible()).toEqual(c.events.map((e) => e.name));
      for (const query of ['ResponseFriendItem', 'GroupId Operator_Account', 'msgbody']) {
        const want = expectedMatches(c, query);
        expect(want.length, query).toBeGreaterThan(0);
        expect(want.length, query).toBeLessThan(c.events.length);
        await page.fill('#q', '');
        await page.type('#q', query); // key by key, as a user types
        expect(await visible(), query).toEqual(want);
        expect(await page.textContent('#event-count')).toBe(`${want.length} of ${c.events.length} events`);
      }
      await page.fill('#q', 'no-such-field-anywhere');
      expect(await visible()).toEqual([]);
      expect(await page.isVisible('#no-events')).toBe(true);
      await page.fill('#q', '');
      expect(await visible()).toHaveLength(c.events.length);
    });
  });
});

describe('an event page', () => {
  const c = (): Contract => contract('tencent-chat');
  const event = (): EventContract => c().events.find((e) => e.name === 'Group.CallbackBeforeSendMsg')!;

  test('shows its kind, schema tree, every example, the reply and what to reject; screenshotted', async () => {
    const e = event();
    await withContext(async (context) => {
      const { page, errors } = await open(context, fileUrl(eventPath(c(), e)));
      expect(await page.textContent('h1')).toBe(e.name);
      expect(await page.textContent('.badges .badge.before')).toBe('before');
      for (const example of e.examples)
        expect(JSON.parse((await page.textContent(`pre#ex-${example.name}`))!)).toEqual(example.payload);
      for (const example of e.reply!.examples)
        expect(JSON.parse((await page.textContent(`pre#reply-${example.name}`))!)).toEqual(example.payload);
      const required = (e.payload as { $defs: Record<string, { required?: string[] }> }).$defs[
        'GroupCallbackBeforeSendMsg'
      ]!.required!;
      for (const name of required) expect(await page.textContent(`[id="payload.${name}"] .req`)).toBe('required');
      expect(await page.$$eval('.rejects .reject h3', (els) => els.map((el) => el.textContent))).toEqual(
        e.invalidExamples.map((x) => x.name),
      );
      expect(await page.textContent('pre#ts-type')).toContain(`export type ${e.typeName} = `);
      await page.screenshot({ path: join(ARTIFACTS, 'docs-event.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(ARTIFACTS, 'docs-event-phone.png') });
      expect(errors).toEqual([]);
    });
  });

  test('a deep link to a collapsed field opens the tree down to it', async () => {
    await withContext(async (context) => {
      const { page } = await open(context, fileUrl(eventPath(c(), event())));
      const id = await page.$$eval('#payload details:not([open]) li.field', (els) => els.at(-1)!.id);
      expect(await page.isVisible(`[id="${id}"]`)).toBe(false);
      await page.goto(`${fileUrl(eventPath(c(), event()))}#${id}`);
      expect(await page.isVisible(`[id="${id}"]`)).toBe(true);
      await page.click('button[data-expand="close"][data-scope="payload"]');
      expect(await page.isVisible(`[id="${id}"]`)).toBe(false);
    });
  });

  test('the copy button copies the example (served by `chathooks start`)', async () => {
    const e = event();
    await withContext(async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served });
      const { page } = await open(context, `${served}/${eventPath(c(), e)}`);
      const example = e.examples[1] ?? e.examples[0]!;
      await page.click(`button[data-copy="ex-${example.name}"]`);
      await expect.poll(() => page.textContent(`button[data-copy="ex-${example.name}"]`)).toBe('Copied');
      const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
      expect(JSON.parse(copied)).toEqual(example.payload);
      expect(copied).toBe(JSON.stringify(example.payload, null, 2));
    });
  });
});

describe('the whole site', () => {
  test('every internal link of every page resolves to a file and, with a fragment, to an element id', async () => {
    const pages = (await listHtml(site)).map((p) => relative(site, p));
    expect(pages.length).toBe(1 + contracts.length * 3 + contracts.reduce((n, c) => n + c.events.length, 0));
    // Every page, as the browser parses it: served, so that one tab can read them all (the links are the same from
    // file://), from the mock's health URL because the docs pages' own CSP forbids fetch().
    const parsed = await withContext(async (context) => {
      const { page } = await open(context, `${served}/__chathooks/health`);
      return (await page.evaluate(`Promise.all(${JSON.stringify(pages)}.map(async (path) => {
        const url = new URL(path, location.origin + '/').href;
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        const links = [...doc.querySelectorAll('a[href], link[href], script[src]')].map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src'), url).href);
        return { path, ids: [...doc.querySelectorAll('[id]')].map((el) => el.id), links };
      }))`)) as { path: string; ids: string[]; links: string[] }[];
    });
    const ids = new Map(parsed.map((p) => [p.path, new Set(p.ids)]));
    const broken: string[] = [];
    let internal = 0;
    for (const { path: from, links } of parsed) {
      for (const to of links) {
        const url = new URL(to);
        if (url.origin !== served) {
          expect(url.protocol, `${from} → ${to}`).toBe('https:'); // the platforms' documentation only
          continue;
        }
        internal++;
        const target = decodeURIComponent(url.pathname.slice(1));
        if (!existsSync(join(site, target)) || !target.includes('.')) {
          broken.push(`${from} → ${target} (no such file)`);
          continue;
        }
        if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} → ${target}${url.hash} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(pages.length * 5);
  });

  test('the search index links every event to its page', async () => {
    await withContext(async (context) => {
      const { page } = await open(context, fileUrl('index.html'));
      const urls = (await page.evaluate(
        `Object.values(window.CHATHOOKS_SEARCH).flatMap((p) => p.events.map((e) => e.u))`,
      )) as string[];
      expect(urls.sort()).toEqual(contracts.flatMap((c) => c.events.map((e) => eventPath(c, e))).sort());
    });
  });

  test('pages make no request to any other host, from file:// and from the served mock', async () => {
    const c = contract('sendbird');
    const paths = ['index.html', `${c.id}/index.html`, eventPath(c, c.events[0]!)];
    await withContext(async (context) => {
      for (const base of [pathToFileURL(`${site}/`).href, `${served}/`]) {
        for (const path of paths) {
          const { page, requests, errors } = await open(context, base + path);
          await page.fill('input[type=search]', 'user');
          await page.waitForLoadState('load');
          await page.waitForTimeout(100); // anything a script would fetch after typing
          expect(requests.length, path).toBeGreaterThanOrEqual(4); // the page, its stylesheet and scripts
          for (const r of requests) expect(r.startsWith(base), `${base}${path} requested ${r}`).toBe(true);
          expect(errors, path).toEqual([]);
          await page.close();
        }
      }
    });
  });

  test('readable on a phone: no page is wider than the screen', async () => {
    const c = contract('tencent-chat');
    const paths = [
      'index.html',
      `${c.id}/index.html`,
      eventPath(c, c.events.find((e) => e.name === 'Group.CallbackBeforeSendMsg')!),
      `${c.id}/signatures.html`,
      `${c.id}/delivery.html`,
    ];
    await withContext(
      async (context) => {
        for (const path of paths) {
          const { page } = await open(context, fileUrl(path));
          expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(390);
          expect(
            await page.evaluate('parseFloat(getComputedStyle(document.body).fontSize)'),
            path,
          ).toBeGreaterThanOrEqual(14);
          await page.close();
        }
      },
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    );
  });

  test('hostile spec text stays text: no script runs, no dialog opens', async () => {
    const hostile = join(dir, 'hostile');
    const r = await runCli(['docs', 'test/fixtures/docs-hostile.yaml', '--out', hostile]);
    expect(r.code).toBe(0);
    await withContext(async (context) => {
      const dialogs: string[] = [];
      for (const path of (await listHtml(hostile)).map((p) => relative(hostile, p))) {
        const page = await context.newPage();
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(pathToFileURL(join(hostile, path)).href);
        await page.fill('input[type=search]', 'script');
        if (path === 'index.html')
          expect(await page.textContent('h2')).toBe('<script>alert("title")</script> Hostile & "quoted" chat');
        await page.close();
      }
      expect(dialogs).toEqual([]);
    });
  });
});

async function listHtml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listHtml(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}
