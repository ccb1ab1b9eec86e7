/** The shell every page shares: head (viewport, local CSS), top bar with breadcrumbs, optional sidebar, footer, local scripts. */
import { html, type Html } from './html.js';
import { ASSETS, href } from './paths.js';

export interface PageOptions {
  /** This page's path relative to the site root (`tencent-chat/events/Sns.CallbackPrevFriendResponse.html`). */
  path: string;
  title: string;
  description?: string;
  /** Breadcrumbs after the home link: [label, path][]; the last one is the current page (no link). */
  crumbs: [string, string?][];
  main: Html;
  side?: Html;
  /** Extra local scripts (paths relative to the site root), loaded before app.js: search indexes. */
  scripts?: string[];
  footer: Html;
}

/** Only files of the site itself: no request leaves the page, even if a spec's text tried to add one. */
/** The pages' Content-Security-Policy, as their `<meta>` tag carries it (it works from file:// too). */
export const CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

/**
 * A complete HTML document around `main`.
 *
 * @example
 * page({ path: 'index.html', title: 'Docs', crumbs: [['Platforms']], main: html`<h1>Docs</h1>`, footer: html`` });
 */
export function page(o: PageOptions): string {
  const to = (target: string): string => href(o.path, target);
  const depth = o.path.split('/').length - 1;
  const root = '../'.repeat(depth);
  const crumbs = o.crumbs.map(
    ([label, target], i) =>
      html`<span class="sep">/</span>${target && i < o.crumbs.length - 1 ? html`<a href="${to(target)}">${label}</a>` : html`<span aria-current="page">${label}</span>`}`,
  );
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${o.title}</title>
${o.description ? html`<meta name="description" content="${o.description}">\n` : ''}<link rel="stylesheet" href="${to(ASSETS.css)}">
</head>
<body data-root="${root}">
<header class="top"><a class="brand" href="${to('index.html')}">chathooks <span>docs</span></a><nav class="crumbs" aria-label="Breadcrumbs">${crumbs}</nav></header>
<div class="layout${o.side ? ' with-side' : ''}">
<main id="main">
${o.main}
</main>
${o.side ? html`<aside class="side">${o.side}</aside>\n` : ''}</div>
<footer>${o.footer}</footer>
${(o.scripts ?? []).map((s) => html`<script src="${to(s)}"></script>\n`)}<script src="${to(ASSETS.js)}"></script>
</body>
</html>
`;
  return doc.value;
}

/** A code block with a title bar and a copy button; `id` names the `<pre>` the button copies. */
export function codeBox(
  id: string,
  title: Html | string,
  code: Html,
  options: { bad?: boolean; lang?: string } = {},
): Html {
  return html`<div class="codebox${options.bad ? ' bad' : ''}"><div class="bar"><span class="title">${title}</span><button type="button" data-copy="${id}" aria-label="Copy to clipboard">Copy</button></div><pre id="${id}"${options.lang ? html` data-lang="${options.lang}"` : ''}><code>${code}</code></pre></div>`;
}
