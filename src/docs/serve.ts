/**
 * Serving a built site from a node:http server (the mock server's `fallback`): GET/HEAD only, no path
 * traversal (decoded, normalised and checked against the real site root), content types by extension,
 * `/` and directories → index.html (`/dir` redirects to `/dir/` so relative links resolve); anything else
 * falls through (returns false). Every file goes out with a Content-Security-Policy header (see `DOCS_CSP`).
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CSP } from './layout.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The pages' own policy (their `<meta>` tag) plus what only a header can carry: `frame-ancestors 'none'`, so no
 * other site can frame the docs.
 */
export const DOCS_CSP = `${CSP}; frame-ancestors 'none'`;

/** Headers on every file served: the policy, no MIME sniffing, no framing for browsers without CSP 2, no referrer. */
const SECURITY_HEADERS = {
  'content-security-policy': DOCS_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export type DocsHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

/**
 * A request handler for the site in `siteDir`; returns false for what it does not serve.
 *
 * @example
 * await startMockServer(contracts, { fallback: docsHandler('site') });
 */
export function docsHandler(siteDir: string): DocsHandler {
  const root = resolve(siteDir);
  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = resolveFile(root, pathname);
    if (!file) return false;
    if (file.directory && !pathname.endsWith('/')) {
      // One leading slash: `//host` in a Location would send the browser to another host.
      res.writeHead(301, { location: `/${pathname.replace(/^\/+/, '')}/`, 'content-length': 0 }).end();
      return true;
    }
    const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-length': file.size,
      'cache-control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file.path)
        .on('error', () => res.destroy())
        .pipe(res);
    return true;
  };
}

/** The file a URL path names inside `root`, or undefined (missing, outside the root, not a file). */
export function resolveFile(
  root: string,
  pathname: string,
): { path: string; size: number; directory: boolean } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  let path = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (!inside(root, path)) return undefined;
  try {
    let stat = statSync(path);
    const directory = stat.isDirectory();
    if (directory) {
      path = join(path, 'index.html');
      stat = statSync(path);
    }
    if (!stat.isFile()) return undefined;
    // A symlink inside the site must not lead out of it.
    const real = realpathSync(path);
    if (!inside(realpathSync(root), real)) return undefined;
    return { path: real, size: stat.size, directory };
  } catch {
    return undefined;
  }
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
