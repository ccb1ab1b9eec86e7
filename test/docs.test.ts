/**
 * The docs site without a browser: `chathooks docs` on the bundled specs (deterministic, a page per event,
 * pages small), escaping of hostile spec text, refusal of a broken spec, an unwritable --out, the static
 * file handler `npm start` serves it with, and the pieces (schema tree, TypeScript extraction).
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docsHandler } from '../src/docs/index.js';
import { schemaTree } from '../src/docs/schema-tree.js';
import { eventTypeSource, indexTypes } from '../src/docs/ts-type.js';
import * as gaife from '../generated/gaife/index.js';
import { startMockServer, type MockServer } from '../src/mock/index.js';
import type { JsonSchema } from '../src/model/index.js';
import { fileSafe } from '../src/model/naming.js';
import { runCli } from './helpers/cli.js';
import { bundledIds, importGenerated, type GeneratedModule } from './helpers/generated.js';

const MAX_PAGE_BYTES = 500 * 1024;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'chathooks-docs-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('chathooks docs on the bundled specs', () => {
  let a: string;
  let b: string;
  let first: Awaited<ReturnType<typeof runCli>>;
  let modules: GeneratedModule[];
  beforeAll(async () => {
    a = join(tmp, 'a');
    b = join(tmp, 'nested/b');
    const [ra, rb, ms] = await Promise.all([
      runCli(['docs', '--out', a]),
      runCli(['docs', '--out', b]),
      Promise.all(bundledIds.map(importGenerated)),
    ]);
    first = ra;
    modules = ms;
    expect(rb.code).toBe(0);
  });

  test('prints one summary line and exits 0', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const total = modules.reduce((n, m) => n + m.contract.events.length, 0);
    // index + three pages per platform + one per event
    const pages = 1 + modules.length * 3 + total;
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toMatch(
      new RegExp(
        `^docs: ${modules.length} specs → .*/ \\(${pages} pages, \\d+ files, largest \\S+ [\\d.]+ KB\\) in \\d+ ms; open .*index\\.html\\n$`,
      ),
    );
  });

  test('a page per event, named after the event, plus the platform pages and local assets', async () => {
    const files = (await listFiles(a)).map((f) => relative(a, f));
    expect(files).toContain('index.html');
    expect(files).toContain('assets/style.css');
    expect(files).toContain('assets/app.js');
    for (const { contract } of modules) {
      for (const page of ['index.html', 'signatures.html', 'delivery.html', 'search.js'])
        expect(files).toContain(`${contract.id}/${page}`);
      const events = files.filter((f) => f.startsWith(`${contract.id}/events/`));
      expect(events).toHaveLength(contract.events.length);
      for (const e of contract.events) expect(events).toContain(`${contract.id}/events/${fileSafe(e.name)}.html`);
    }
  });

  test('deterministic: two builds are byte-identical, with no timestamps', async () => {
    const fa = await listFiles(a);
    const fb = await listFiles(b);
    expect(fb.map((f) => relative(b, f))).toEqual(fa.map((f) => relative(a, f)));
    for (let i = 0; i < fa.length; i++)
      expect((await readFile(fb[i]!)).equals(await readFile(fa[i]!)), relative(a, fa[i]!)).toBe(true);
    const year = String(new Date().getFullYear());
    const index = await readFile(join(a, 'index.html'), 'utf8');
    expect(index).not.toContain(new Date().toISOString().slice(0, 10));
    expect(index.includes(`${year}-`)).toBe(false);
  });

  test(`every page is under ${MAX_PAGE_BYTES / 1024} KB and self-contained (no external scripts, styles or fonts)`, async () => {
    for (const file of await listFiles(a)) {
      const { size } = await stat(file);
      expect(size, relative(a, file)).toBeLessThan(MAX_PAGE_BYTES);
      if (!file.endsWith('.html')) continue;
      const html = await readFile(file, 'utf8');
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      for (const m of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"/g))
        expect(m[1], relative(a, file)).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/);
    }
    expect(await readFile(join(a, 'assets/style.css'), 'utf8')).not.toMatch(/https?:\/\/|@import|@font-face/);
    expect(await readFile(join(a, 'assets/app.js'), 'utf8')).not.toMatch(/fetch\(|XMLHttpRequest|https?:\/\//);
  });

  test('the search index is a script (file:// cannot fetch JSON), one per platform', async () => {
    const { contract } = modules.find((m) => m.contract.id === 'tencent-chat')!;
    const script = await readFile(join(a, 'tencent-chat/search.js'), 'utf8');
    const window: { CHATHOOKS_SEARCH?: Record<string, { events: { n: string }[] }> } = {};
    new Function('window', script)(window);
    expect(window.CHATHOOKS_SEARCH!['tencent-chat']!.events.map((e) => e.n)).toEqual(
      contract.events.map((e) => e.name),
    );
  });
});

describe('escaping', () => {
  let dir: string;
  let pages: [string, string][];
  beforeAll(async () => {
    dir = join(tmp, 'hostile');
    const r = await runCli(['docs', 'test/fixtures/docs-hostile.yaml', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    pages = await Promise.all(
      (await listFiles(dir))
        .filter((f) => f.endsWith('.html'))
        .map(async (f) => [relative(dir, f), await readFile(f, 'utf8')] as [string, string]),
    );
  });

  test('no markup from the spec survives: only our own local scripts, no injected tags or javascript: links', () => {
    expect(pages.length).toBe(5);
    for (const [name, html] of pages) {
      for (const m of html.matchAll(/<script\b[^>]*>/g))
        expect(m[0], name).toMatch(/^<script src="(?:\.\.\/)*(?:assets\/app|(?:hostile\/)?search)\.js">$/);
      expect(html, name).not.toMatch(/<(?:img|svg|iframe|marquee|b|i)\b/i);
      expect(html, name).not.toMatch(/href="javascript:/i);
      expect(html, name).not.toMatch(/<[a-z][^>]*\son\w+=/i); // no event-handler attribute on any real tag
    }
  });

  test('the hostile text is shown, escaped, where it belongs', () => {
    const index = pages.find(([n]) => n === 'index.html')![1];
    expect(index).toContain(
      '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hostile &amp; &quot;quoted&quot; chat',
    );
    const event = pages.find(([n]) => n.startsWith('hostile/events/'))![1];
    expect(event).toContain('message.<wbr>&lt;b&gt;send&lt;/<wbr>b&gt;'); // the name, breakable in the heading
    expect(event).toContain('Before a &lt;marquee&gt;message&lt;/marquee&gt; is sent.');
    expect(event).toContain('An id; &lt;/script&gt;&lt;script&gt;alert(&#39;field&#39;)&lt;/script&gt;');
    expect(event).toContain('&lt;img src=x onerror=alert(&quot;key&quot;)&gt;');
    expect(event).toContain('javascript:alert(&quot;source&quot;)'); // shown as text, not linked
    expect(event).toContain('Every event names its message &lt;script&gt;alert(&quot;reason&quot;)&lt;/script&gt;.');
    const signatures = pages.find(([n]) => n === 'hostile/signatures.html')![1];
    expect(signatures).toContain('&lt;i&gt;the&lt;/i&gt; &quot;secret&quot; &lt;/script&gt;');
  });
});

describe('refusals', () => {
  test('a spec that fails lint is refused with the lint report, exit 1, nothing written', async () => {
    const out = join(tmp, 'refused');
    const spec = 'test/fixtures/broken/example-violates.yaml';
    const [docs, lint] = await Promise.all([runCli(['docs', spec, '--strict', '--out', out]), runCli(['lint', spec])]);
    expect(docs.code).toBe(1);
    const lines = docs.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`docs: refused, 1 spec has lint errors (${spec}); nothing written.`);
    expect(lines.slice(0, -1)).toEqual(lint.stdout.trim().split('\n').slice(0, -1));
    expect(lines[0]).toMatch(/^test\/fixtures\/broken\/example-violates\.yaml:\d+:\d+ #\/\S* .+ \[[a-z0-9-]+\]$/);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  test('an output directory that cannot be written is one clear line, exit 2, no stack trace', async () => {
    const file = join(tmp, 'a-file');
    await writeFile(file, 'not a directory\n');
    const r = await runCli(['docs', 'test/fixtures/minimal.yaml', '--out', join(file, 'site')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `chathooks docs: cannot write the site to ${join(file, 'site')}: a path component is a file, not a directory (ENOTDIR); pick another directory with --out.\n`,
    );
  });

  test('usage errors exit 2 with the usage; --help exits 0', async () => {
    const bad = await runCli(['docs', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: chathooks docs');
    const help = await runCli(['docs', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--out DIR   output directory (default: site)');
  });
});

describe('docsHandler: the site served by the mock server', () => {
  let site: string;
  let mock: MockServer;
  beforeAll(async () => {
    site = join(tmp, 'served');
    await mkdir(join(site, 'assets'), { recursive: true });
    await mkdir(join(site, 'p/events'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>home</title>');
    await writeFile(join(site, 'assets/style.css'), 'body{}');
    await writeFile(join(site, 'assets/app.js'), ';');
    await writeFile(join(site, 'p/index.html'), '<!doctype html><title>platform</title>');
    await writeFile(join(site, 'p/events/a:b c.html'), 'event');
    await writeFile(join(tmp, 'secret.txt'), 'outside the site');
    await symlink(join(tmp, 'secret.txt'), join(site, 'leak.txt'));
    mock = await startMockServer([gaife], { fallback: docsHandler(site) });
  });
  afterAll(async () => {
    await mock.close();
  });

  /** A raw request: the path goes on the wire as written (fetch would normalise `..`). */
  function get(path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(`${mock.url}/`, { method, path }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  test.each([
    ['/', 'text/html; charset=utf-8', 'home'],
    ['/index.html', 'text/html; charset=utf-8', 'home'],
    ['/p/', 'text/html; charset=utf-8', 'platform'],
    ['/assets/style.css', 'text/css; charset=utf-8', 'body{}'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', ';'],
    ['/p/events/a%3Ab%20c.html', 'text/html; charset=utf-8', 'event'],
  ])('GET %s → 200 %s', async (path, type, text) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.type).toBe(type);
    expect(r.body).toContain(text);
  });

  test.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.css',
    '/leak.txt',
    '/%E0%A4%A',
    '/missing.html',
  ])('%s falls through to the mock 404 (nothing outside the site, nothing missing)', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('outside the site');
    expect(r.body).toContain('No mock endpoint at');
  });

  test('a directory without its slash redirects, so that relative links resolve', async () => {
    const r = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      request(`${mock.url}/p`, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, location: res.headers.location });
      })
        .on('error', reject)
        .end();
    });
    expect(r).toEqual({ status: 301, location: '/p/' });
  });

  test('HEAD answers headers only; other methods fall through; endpoints still work', async () => {
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/index.html', 'POST')).status).toBe(404);
    expect((await get('/__chathooks/health')).status).toBe(200);
  });
});

describe('building blocks', () => {
  test('the TypeScript of an event: its aliases, then every components.schemas entry it reaches', () => {
    const types = readFileSync(new URL('../generated/protocol/types.ts', import.meta.url), 'utf8');
    const source = eventTypeSource(indexTypes(types), 'MessageCreated')!;
    expect(
      source.startsWith(
        '/** `message.created` (after-event): A new message was created. */\nexport type MessageCreated = components["schemas"]["MessageCreated"];',
      ),
    ).toBe(true);
    expect(source).toContain('export type MessageCreatedReply = components["schemas"]["Ack"];');
    for (const reached of [
      'MessageCreated: {',
      'Message: {',
      'Contact: {',
      'Attachment: {',
      'Id: string;',
      'Ack: unknown;',
    ])
      expect(source).toContain(reached);
    expect(source).not.toContain('GroupCreated: {');
    expect(source).not.toContain('ContactCreated: {');
    expect(eventTypeSource(indexTypes(types), 'NoSuchEvent')).toBeUndefined();
  });

  interface TreeCase {
    name: string;
    schema: JsonSchema;
    want: (RegExp | string)[];
    not?: (RegExp | string)[];
  }
  const cases: TreeCase[] = [
    {
      name: 'required fields, types and facts',
      schema: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', format: 'uuid', description: 'The `id`.' },
          n: { type: ['integer', 'null'], minimum: 1 },
        },
      },
      want: [
        'id="payload.id"',
        '<code class="fname">id</code> <span class="ftype">string</span> <span class="req">required</span>',
        '<span class="fk">format</span> <code>&quot;uuid&quot;</code>',
        'The <code>id</code>.',
        '<span class="ftype">integer | null</span>',
        '<span class="fk">nullable</span>',
      ],
    },
    {
      name: 'arrays of objects list the item fields under name[]',
      schema: {
        type: 'object',
        properties: { items: { type: 'array', items: { type: 'object', properties: { to: { type: 'string' } } } } },
      },
      want: ['<span class="ftype">object[]</span>', 'id="payload.items[].to"'],
    },
    {
      name: 'simple alternatives stay on one line',
      schema: {
        type: 'object',
        properties: {
          t: { oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }] },
          c: { type: 'integer', anyOf: [{ const: 0 }, { minimum: 10, maximum: 20 }] },
        },
      },
      want: [
        '<span class="ftype">integer | string /^[0-9]+$/</span>',
        '<span class="fk">any of</span> <code>0 | 10–20</code>',
      ],
      not: ['exactly one of'],
    },
    {
      name: 'refs are followed and named; object alternatives are listed with their fields',
      schema: {
        type: 'object',
        properties: { body: { $ref: '#/$defs/Elem' } },
        $defs: {
          Elem: { oneOf: [{ $ref: '#/$defs/Text' }, { $ref: '#/$defs/Face' }] },
          Text: { type: 'object', properties: { text: { type: 'string' } } },
          Face: { type: 'object', properties: { index: { type: 'integer' } } },
        },
      },
      want: [
        'exactly one of:',
        'id="payload.body@Text"',
        'id="payload.body@Text.text"',
        'id="payload.body@Face.index"',
      ],
    },
    {
      name: 'a recursive definition stops where it repeats',
      schema: {
        $ref: '#/$defs/Node',
        $defs: { Node: { type: 'object', properties: { child: { $ref: '#/$defs/Node' }, name: { type: 'string' } } } },
      },
      want: ['id="payload.child"', 'Node (recursive, see above)', 'id="payload.name"'],
      not: ['id="payload.child.child"'],
    },
    {
      name: 'odd property names get ids that need no escaping',
      schema: { type: 'object', properties: { 'a b.c': { type: 'string' }, 'x"><y': { type: 'string' } } },
      want: ['id="payload.a~20b~2ec"', 'id="payload.x~22~3e~3cy"', '<code class="fname">x&quot;&gt;&lt;y</code>'],
    },
  ];
  test.each(cases)('schema tree: $name', ({ schema, want, not = [] }) => {
    const { html } = schemaTree(schema, 'payload');
    for (const w of want)
      expect(html.value).toEqual(typeof w === 'string' ? expect.stringContaining(w) : expect.stringMatching(w));
    for (const n of not) expect(html.value).not.toContain(n);
  });
});
