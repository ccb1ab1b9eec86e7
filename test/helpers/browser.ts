/**
 * A Chromium for the docs browser tests, on any machine: a system Chromium or Chrome when there is one, otherwise
 * the Linux x64 headless shell that the devDependency `@sparticuz/chromium` carries inside its npm tarball (brotli
 * files, no download at install time), unpacked once into `node_modules/.cache/chathooks-chromium/<version>/`.
 *
 * `CHATHOOKS_CHROMIUM` chooses: `bundled` (the npm one only), `system` (system ones only) or a path to a browser
 * executable; unset, the order is `CHROME_PATH`, the usual system places, playwright's own install, the npm one.
 * Nothing is skipped: when no browser starts, {@link launchChromium} throws a message listing every attempt and
 * how to fix it.
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { root } from './cli.js';

/** The environment variable that picks the browser: `bundled`, `system` or a path. */
export const BROWSER_ENV = 'CHATHOOKS_CHROMIUM';

/** The npm package whose tarball carries the fallback browser. */
export const BUNDLED_PACKAGE = '@sparticuz/chromium';

/** Flags for a quiet, offline headless run; every candidate gets the same ones. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One place a browser may come from. `resolve` throws (with a one-line reason) when it is not usable here. */
export interface BrowserCandidate {
  label: string;
  resolve(): Promise<{ executablePath: string; env?: NodeJS.ProcessEnv }>;
}

/** A started browser and where it came from, e.g. `system /usr/bin/chromium`. */
export interface LaunchedBrowser {
  browser: Browser;
  source: string;
}

/** What the candidate list is built from; tests pass their own to check the choice and the failure message. */
export interface BrowserLookup {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Absolute paths checked in order (default: the usual places for the platform). */
  systemPaths?: readonly string[];
  /** Where the npm package is looked up from (default: this project). */
  bundledFrom?: string;
  cacheDir?: string;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

const PLATFORM_PATHS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [`${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`],
};

const FIX =
  `Fix: install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium), ` +
  `or set ${BROWSER_ENV}=/path/to/chrome (or CHROME_PATH), or keep devDependencies installed (npm install, not --omit=dev) ` +
  `so that ${BUNDLED_PACKAGE} provides one (Linux x64 only). The docs browser tests never skip.`;

/**
 * Launch the first candidate that starts, with {@link CHROMIUM_ARGS}.
 *
 * @example
 * const { browser, source } = await launchChromium();
 * console.info(`docs browser: ${source}`);
 */
export async function launchChromium(lookup: BrowserLookup = {}): Promise<LaunchedBrowser> {
  const tried: string[] = [];
  for (const candidate of browserCandidates(lookup)) {
    try {
      const { executablePath, env } = await candidate.resolve();
      const browser = await chromium.launch({
        executablePath,
        args: CHROMIUM_ARGS,
        timeout: 60_000,
        ...(env ? { env } : {}),
      });
      // A system browser that would not start (a snap stub, a broken install) is worth a line beside the one used.
      return { browser, source: tried.length > 0 ? `${candidate.label} (after ${tried.join('; ')})` : candidate.label };
    } catch (error) {
      tried.push(`${candidate.label}: ${summary(error)}`);
    }
  }
  throw new Error(
    `No Chromium could be started for the docs browser tests.\nTried:\n${tried.map((t) => `  - ${t}`).join('\n') || '  (nothing)'}\n${FIX}`,
  );
}

/**
 * The candidates in order, as {@link BROWSER_ENV} and the machine decide.
 *
 * @example
 * browserCandidates({ env: { CHATHOOKS_CHROMIUM: 'bundled' } }).map((c) => c.label); // ['bundled @sparticuz/chromium …']
 */
export function browserCandidates(lookup: BrowserLookup = {}): BrowserCandidate[] {
  const env = lookup.env ?? process.env;
  const choice = env[BROWSER_ENV]?.trim();
  const bundled = bundledCandidate(lookup);
  if (choice === 'bundled') return [bundled];
  if (choice && choice !== 'system') return [executableCandidate(`${BROWSER_ENV}=${choice}`, choice)];
  const found = systemPaths(lookup).map((path) => executableCandidate(`system ${path}`, path));
  const system = found.length > 0 ? found : [noSystemBrowser(lookup)];
  return choice === 'system' ? system : [...system, bundled];
}

/** Stands for the system places when none holds a browser, so that the failure message lists where we looked. */
function noSystemBrowser(lookup: BrowserLookup): BrowserCandidate {
  const places = lookup.systemPaths ?? [
    `${SYSTEM_NAMES.join('/')} on PATH`,
    ...(PLATFORM_PATHS[lookup.platform ?? process.platform] ?? []),
    'CHROME_PATH (unset)',
  ];
  return {
    label: 'system',
    resolve: () => Promise.reject(new Error(`no Chromium or Chrome found; looked at ${places.join(', ')}`)),
  };
}

/** Existing executables: CHROME_PATH, then names on PATH, then the platform's usual paths and playwright's install. */
function systemPaths(lookup: BrowserLookup): string[] {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)));
  const fixed = lookup.systemPaths ?? [...onPath, ...(PLATFORM_PATHS[platform] ?? []), playwrightInstall()];
  const explicit = env['CHROME_PATH'] ? [env['CHROME_PATH']] : [];
  return [...new Set([...explicit, ...fixed])].filter((path) => explicit.includes(path) || isExecutableFile(path));
}

/** Where `npx playwright install chromium` puts its browser, if someone ran it. */
function playwrightInstall(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}

function isExecutableFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && (process.platform === 'win32' || (stat.mode & 0o111) !== 0);
  } catch {
    return false;
  }
}

function executableCandidate(label: string, path: string): BrowserCandidate {
  return {
    label,
    resolve: async () => {
      if (!isExecutableFile(path)) throw new Error(`no file at ${path}`);
      return { executablePath: path };
    },
  };
}

function bundledCandidate(lookup: BrowserLookup): BrowserCandidate {
  const platform = lookup.platform ?? process.platform;
  return {
    label: `bundled ${BUNDLED_PACKAGE} (devDependency)`,
    resolve: async () => {
      if (platform !== 'linux' || process.arch !== 'x64')
        throw new Error(`${BUNDLED_PACKAGE} ships a Linux x64 browser only; this is ${platform} ${process.arch}`);
      const pkgDir = findPackageDir(lookup.bundledFrom ?? join(root, 'package.json'));
      const { version } = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
      const dir = await unpackOnce(
        join(pkgDir, 'bin'),
        join(lookup.cacheDir ?? join(root, 'node_modules/.cache/chathooks-chromium'), version),
      );
      const libs = join(dir, 'lib');
      const env = lookup.env ?? process.env;
      return {
        executablePath: join(dir, 'chromium'),
        // The binary is built for Amazon Linux 2023: its NSS, NSPR and expat come with it (al2023.tar.br).
        env: {
          ...env,
          LD_LIBRARY_PATH: [libs, env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
          FONTCONFIG_FILE: join(dir, 'fonts.conf'),
        },
      };
    },
  };
}

function findPackageDir(from: string): string {
  let entry: string;
  try {
    entry = createRequire(from).resolve(BUNDLED_PACKAGE);
  } catch {
    throw new Error(`${BUNDLED_PACKAGE} is not installed (it is a devDependency: run npm install without --omit=dev)`);
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && dir.endsWith(join('node_modules', ...BUNDLED_PACKAGE.split('/'))))
      return dir;
  }
  throw new Error(`cannot find the package directory of ${BUNDLED_PACKAGE} above ${entry}`);
}

/**
 * Unpack the browser, its libraries and fonts into `dir` unless a complete copy is there. Written to a private
 * directory and renamed into place, so an interrupted run or a second test process never sees half a binary.
 */
async function unpackOnce(bin: string, dir: string): Promise<string> {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    );
    await extractTar(brotliDecompressSync(await readFile(join(bin, 'al2023.tar.br'))), staging);
    await extractTar(brotliDecompressSync(await readFile(join(bin, 'fonts.tar.br'))), staging);
    // The package's own fonts.conf names /tmp/fonts; ours keeps the system fonts and adds the bundled Open Sans.
    await writeFile(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await writeFile(join(staging, '.complete'), '');
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(marker)) return dir; // another process finished first
    throw error;
  }
  return dir;
}

/** The regular files and directories of a ustar archive (all the package's archives hold). */
async function extractTar(tar: Buffer, into: string): Promise<void> {
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const field = (start: number, length: number): string =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    if (!name) break;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const target = normalize(join(into, name));
    if (!target.startsWith(into + sep)) throw new Error(`archive entry escapes the target directory: ${name}`);
    if (type === '5') await mkdir(target, { recursive: true });
    else if (type === '0') {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, tar.subarray(offset + 512, offset + 512 + size), { mode: 0o644 });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** The first line of a launch error plus the line that says why (playwright puts the browser's stderr below). */
function summary(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const why = lines
    .slice(1)
    .find((line) =>
      /error while loading|cannot open|no such file|not found|permission denied|EACCES|ENOENT/i.test(line),
    );
  return [lines[0] ?? 'failed', why].filter(Boolean).join(' — ').slice(0, 400);
}
