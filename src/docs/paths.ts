/** Where each page of the site lives, relative links between pages, and stable ids for fields. */
import { ChathooksError } from '../model/errors.js';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import type { Contract, EventContract } from '../model/model.js';
import { fileSafe } from '../model/naming.js';

export const ASSETS = { css: 'assets/style.css', js: 'assets/app.js' } as const;

/** The pages of one platform; event file names are unique even on case-insensitive file systems. */
export interface PlatformPaths {
  dir: string;
  index: string;
  signatures: string;
  delivery: string;
  search: string;
  events: Map<EventContract, string>;
}

/**
 * The page paths of a platform.
 *
 * @example
 * platformPaths(tencent).events.get(event); // 'tencent-chat/events/Group.CallbackBeforeSendMsg.html'
 */
export function platformPaths(contract: Contract): PlatformPaths {
  const dir = fileSafe(contract.id);
  const taken = new Set<string>();
  const events = new Map<EventContract, string>();
  for (const event of contract.events) {
    const base = fileSafe(event.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    events.set(event, `${dir}/events/${name}.html`);
  }
  return {
    dir,
    index: `${dir}/index.html`,
    signatures: `${dir}/signatures.html`,
    delivery: `${dir}/delivery.html`,
    search: `${dir}/search.js`,
    events,
  };
}

/** The link from page `from` to file `to` (both relative to the site root), working from file:// too. */
export function href(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return rel === '' ? posix.basename(to) : rel;
}

/**
 * A field id from its path segments: `payload`, `ResponseFriendItem[]`, `To_Account` →
 * `payload.ResponseFriendItem[].To_Account`. Characters outside a small safe set are written `~hh`
 * (`~uhhhh` beyond Latin-1), so ids stay valid in URLs without percent-encoding.
 */
export function fieldId(segs: readonly string[]): string {
  return segs
    .map((s) =>
      s.replace(/[^A-Za-z0-9_$\-[\]{}*@]/g, (c) => {
        const code = c.charCodeAt(0);
        return code < 256 ? `~${code.toString(16).padStart(2, '0')}` : `~u${code.toString(16).padStart(4, '0')}`;
      }),
    )
    .join('.');
}

/** An id for a named example (`ex-hello`, `reply-allow`), from the same alphabet. */
export function exampleId(prefix: string, name: string): string {
  return `${prefix}-${fieldId([name])}`;
}

/** Thrown when a site file would land outside the output directory (a contract id such as `..`). */
export class OutsideOutputError extends ChathooksError {
  override readonly name = 'OutsideOutputError';
  readonly code = 'output-path';
  constructor(readonly rel: string) {
    super(
      `refusing to write "${rel}": it resolves outside the output directory. Give the spec a slug id (x-chathooks-id: my-platform).`,
    );
  }
}

/**
 * The absolute path of site file `rel` inside `outDir`; throws {@link OutsideOutputError} when it would
 * escape it, so that no id or event name can make the docs writer touch files outside `--out`.
 *
 * @example
 * insideOut('site', 'protocol/index.html'); // '/abs/site/protocol/index.html'
 * insideOut('site', '../index.html'); // throws OutsideOutputError
 */
export function insideOut(outDir: string, rel: string): string {
  const root = resolve(outDir);
  const path = resolve(root, rel);
  const back = relative(root, path);
  if (back === '' || back === '..' || back.startsWith(`..${posix.sep}`) || back.startsWith('..\\') || isAbsolute(back))
    throw new OutsideOutputError(rel);
  return path;
}
