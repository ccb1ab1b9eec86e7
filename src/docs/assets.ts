/**
 * The site's only stylesheet and script, written next to the pages (no CDN, no web fonts, no fetch):
 * pages work from file:// and from any static host.
 */

export const STYLE_CSS = `:root {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b62c4;
  --code-bg: #f6f8fa; --type: #8250df; --req: #cf222e; --k: #0550ae; --s: #0a3069; --n: #953800; --l: #cf222e;
  --before: #9a6700; --before-bg: #fff8c5; --after: #1a7f37; --after-bg: #dafbe1; --notify: #8250df; --notify-bg: #fbefff;
  --bad-bg: #fff5f5; --bad-line: #ffcecb;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --soft: #151b23; --accent: #4493f8;
    --code-bg: #151b23; --type: #bc8cff; --req: #ff7b72; --k: #79c0ff; --s: #a5d6ff; --n: #ffa657; --l: #ff7b72;
    --before: #d29922; --before-bg: #2e2410; --after: #3fb950; --after-bg: #12261a; --notify: #bc8cff; --notify-bg: #241b33;
    --bad-bg: #1f1416; --bad-line: #5a2a2e;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; scroll-padding-top: 1rem; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, kbd { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
:not(pre) > code { background: var(--code-bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3em; }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.6em; }
h1 { font-size: 1.75rem; margin-top: 0.4em; }
h1 code { font-size: 1em; background: none; border: 0; padding: 0; }
h2 { font-size: 1.3rem; padding-bottom: 0.3em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; }
p { margin: 0.5em 0; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.7rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.brand { font-weight: 700; color: var(--fg); letter-spacing: -0.01em; }
.brand span { color: var(--accent); }
.crumbs { color: var(--muted); font-size: 0.92rem; }
.crumbs a { color: var(--muted); }
.crumbs .sep { margin: 0 0.35em; }
.layout { max-width: 1180px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.layout.with-side { display: grid; grid-template-columns: 270px minmax(0, 1fr); grid-template-areas: "side main"; gap: 2rem; }
.layout.with-side > main { grid-area: main; min-width: 0; }
.layout.with-side > aside { grid-area: side; }
.side { position: sticky; top: 0.75rem; align-self: start; max-height: calc(100vh - 1.5rem); overflow: auto; font-size: 0.86rem; padding-top: 0.6rem; }
.side h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); border: 0; margin: 0.9rem 0 0.4rem; }
.side ul { list-style: none; margin: 0; padding: 0; }
.side li a { display: block; padding: 0.12rem 0.5rem; border-radius: 5px; color: var(--fg); }
.side li a:hover { background: var(--soft); text-decoration: none; }
.side li a[aria-current="page"] { background: var(--soft); color: var(--accent); font-weight: 600; }
.side .pages a { color: var(--accent); }
.lead { font-size: 1.05rem; color: var(--muted); margin-top: 0; }
.muted { color: var(--muted); }
.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.2rem 0 0.8rem; }
.badge { display: inline-block; font-size: 0.76rem; font-weight: 600; line-height: 1; padding: 0.3em 0.55em; border-radius: 999px; border: 1px solid var(--line); background: var(--soft); color: var(--muted); white-space: nowrap; }
.badge.before { color: var(--before); background: var(--before-bg); border-color: transparent; }
.badge.after { color: var(--after); background: var(--after-bg); border-color: transparent; }
.badge.notify { color: var(--notify); background: var(--notify-bg); border-color: transparent; }
.callout { border-left: 3px solid var(--accent); background: var(--soft); padding: 0.5rem 0.9rem; border-radius: 0 6px 6px 0; margin: 0.8rem 0; }
.callout.warn { border-color: var(--before); }
dl.facts-list { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.35rem 1.2rem; margin: 0.8rem 0; }
dl.facts-list dt { color: var(--muted); font-weight: 600; }
dl.facts-list dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.93rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
.table-wrap { overflow-x: auto; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 1rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; background: var(--bg); }
.card h2 { border: 0; margin: 0 0 0.2rem; font-size: 1.15rem; padding: 0; }
.card .count { font-size: 0.95rem; margin: 0.3rem 0 0.1rem; color: var(--muted); }
.card .count strong { font-size: 1.8rem; color: var(--fg); margin-right: 0.25rem; font-variant-numeric: tabular-nums; }
.card .kinds { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.2rem 0 0.4rem; }
.card .links { display: flex; flex-wrap: wrap; gap: 0.3rem 0.75rem; margin: 0.8rem 0 0; font-size: 0.84rem; font-weight: 600; }
.card dl { margin: 0; font-size: 0.88rem; }
.card dt { color: var(--muted); font-weight: 600; margin-top: 0.5rem; }
.card dd { margin: 0; }
.search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.8rem; margin: 0.8rem 0; }
.search input { flex: 1 1 18rem; font: inherit; padding: 0.5rem 0.75rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); min-width: 0; }
.search input:focus { outline: 2px solid var(--accent); outline-offset: 0; border-color: transparent; }
.side .search input { flex-basis: 100%; padding: 0.35rem 0.6rem; }
.search .count { color: var(--muted); font-size: 0.88rem; }
.search .count:empty { display: none; }
ul.events { list-style: none; padding: 0; margin: 0.5rem 0; border-top: 1px solid var(--line); }
ul.events li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.1rem 0.8rem; padding: 0.55rem 0.2rem; border-bottom: 1px solid var(--line); }
ul.events li .summary { grid-column: 1 / -1; color: var(--muted); font-size: 0.9rem; }
ul.events li .meta { display: flex; gap: 0.35rem; align-items: start; }
ul.events li .plat { color: var(--muted); font-size: 0.85rem; margin-left: 0.4rem; }
ul.events code { font-weight: 600; background: none; border: 0; padding: 0; }
[hidden] { display: none !important; }
.empty { color: var(--muted); font-style: italic; }
.codebox { border: 1px solid var(--line); border-radius: 8px; margin: 0.8rem 0 1.2rem; overflow: hidden; background: var(--code-bg); }
.codebox .bar { display: flex; align-items: center; justify-content: space-between; gap: 0.6rem; padding: 0.35rem 0.5rem 0.35rem 0.8rem; border-bottom: 1px solid var(--line); font-size: 0.86rem; }
.codebox .bar .title { font-weight: 600; min-width: 0; }
.codebox .bar .title .muted { font-weight: 400; }
.codebox pre { margin: 0; padding: 0.75rem 0.9rem; overflow: auto; max-height: 36rem; font-size: 0.82rem; line-height: 1.5; overflow-wrap: normal; }
.codebox.bad { border-color: var(--bad-line); background: var(--bad-bg); }
button { font: inherit; font-size: 0.82rem; cursor: pointer; border: 1px solid var(--line); background: var(--bg); color: var(--fg); border-radius: 6px; padding: 0.2rem 0.65rem; }
button:hover { border-color: var(--accent); color: var(--accent); }
button.done { color: var(--after); border-color: var(--after); }
.k { color: var(--k); } .s { color: var(--s); } .n { color: var(--n); } .l { color: var(--l); }
.tools { display: flex; gap: 0.4rem; margin: 0.4rem 0; }
.schema { margin: 0.6rem 0 1.2rem; }
.schema-root { color: var(--muted); font-size: 0.9rem; margin-bottom: 0.3rem; }
ul.tree { list-style: none; margin: 0; padding: 0 0 0 1.1rem; border-left: 1px solid var(--line); }
.schema > ul.tree { padding-left: 0; border-left: 0; }
ul.tree li.field { margin: 0; padding: 0.25rem 0 0.25rem 0.3rem; }
ul.tree li.field:target > .fhead, ul.tree li.field:target > details > .fhead { background: var(--before-bg); border-radius: 4px; }
.fhead { display: block; padding: 0.05rem 0.2rem; }
div.fhead::before { content: ""; display: inline-block; width: 1em; }
summary.fhead { cursor: pointer; list-style: none; }
summary.fhead::-webkit-details-marker { display: none; }
summary.fhead::before { content: "▸"; display: inline-block; width: 1em; color: var(--muted); transition: transform 0.1s; }
details[open] > summary.fhead::before { transform: rotate(90deg); }
.fhead .anchor { float: right; color: var(--muted); opacity: 0; padding: 0 0.3rem; }
.fhead:hover .anchor, .fhead .anchor:focus { opacity: 1; }
.fname { font-weight: 600; }
code.fname { background: none; border: 0; padding: 0; font-size: 0.9em; }
.fname.alt { font-style: italic; color: var(--muted); font-weight: 500; }
.ftype { color: var(--type); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.84em; }
.req { color: var(--req); font-size: 0.75rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
.fdesc { color: var(--fg); font-size: 0.9rem; margin: 0.1rem 0 0.1rem 1.2rem; }
.schema-root .fdesc { margin: 0; color: var(--muted); }
ul.facts { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; margin: 0.1rem 0 0.15rem 1.2rem; padding: 0; font-size: 0.83rem; }
ul.facts .fk { color: var(--muted); }
li.variants { padding: 0.25rem 0 0.25rem 0.3rem; }
.vlabel { color: var(--muted); font-size: 0.85rem; font-style: italic; }
.reject { border: 1px solid var(--bad-line); background: var(--bad-bg); border-radius: 8px; padding: 0.6rem 0.9rem; margin: 0.8rem 0; }
.reject h3 { margin: 0 0 0.3rem; font-size: 1rem; }
.reject details > summary { cursor: pointer; color: var(--muted); font-size: 0.88rem; margin-top: 0.3rem; }
.reject .codebox { margin-bottom: 0.3rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--line); font-size: 0.92rem; }
footer { color: var(--muted); font-size: 0.82rem; text-align: center; padding: 1.5rem 1rem 2rem; border-top: 1px solid var(--line); }
@media (max-width: 820px) {
  body { font-size: 15px; }
  .layout { padding: 0.75rem 0.9rem 2rem; }
  .layout.with-side { display: block; }
  .side { position: static; max-height: none; margin-top: 2rem; border-top: 1px solid var(--line); }
  h1 { font-size: 1.4rem; }
  dl.facts-list { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  dl.facts-list dd { margin-bottom: 0.5rem; }
  ul.tree { padding-left: 0.7rem; }
  .fdesc, ul.facts { margin-left: 0.9rem; }
  .codebox pre { font-size: 0.78rem; max-height: 28rem; }
  .fhead .anchor { opacity: 1; }
}
@media print {
  .side, .search, .tools, button { display: none !important; }
  details > * { display: block; }
}
`;

/** Client script: search as you type, copy buttons, expand/collapse, and opening the tree at a linked field. */
export const APP_JS = `(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';
  var data = window.CHATHOOKS_SEARCH || {};

  function terms(q) { return q.toLowerCase().split(/\\s+/).filter(Boolean); }
  function matches(entry, ts) { for (var i = 0; i < ts.length; i++) if (entry.h.indexOf(ts[i]) === -1) return false; return true; }
  function queryParam() { var m = /[?&]q=([^&#]*)/.exec(location.search); try { return m ? decodeURIComponent(m[1].replace(/\\+/g, ' ')) : ''; } catch (e) { return ''; } }

  // A list rendered in the page (platform page, sidebar): hide the items that do not match.
  function filterList(input) {
    var list = document.getElementById(input.getAttribute('data-list'));
    var platform = data[input.getAttribute('data-platform')];
    if (!list || !platform) return;
    var byName = {};
    platform.events.forEach(function (e) { byName[e.n] = e; });
    var count = document.getElementById(input.getAttribute('data-count'));
    var empty = document.getElementById(input.getAttribute('data-empty'));
    function run() {
      var ts = terms(input.value), shown = 0, items = list.querySelectorAll('li[data-event]');
      for (var i = 0; i < items.length; i++) {
        var e = byName[items[i].getAttribute('data-event')];
        var ok = !ts.length || (e && matches(e, ts));
        items[i].hidden = !ok;
        if (ok) shown++;
      }
      if (count) count.textContent = ts.length ? shown + ' of ' + items.length + ' events' : items.length + ' events';
      if (empty) empty.hidden = shown !== 0;
    }
    input.addEventListener('input', run);
    run();
  }

  // The index page: results across every platform, built from the embedded index.
  function searchAll(input) {
    var out = document.getElementById(input.getAttribute('data-results'));
    var count = document.getElementById(input.getAttribute('data-count'));
    if (!out) return;
    function item(p, e) {
      var li = document.createElement('li');
      li.setAttribute('data-event', e.n);
      var a = document.createElement('a'); a.href = root + e.u;
      var c = document.createElement('code'); c.textContent = e.n; a.appendChild(c); li.appendChild(a);
      var meta = document.createElement('span'); meta.className = 'meta';
      var b = document.createElement('span'); b.className = 'badge ' + e.k; b.textContent = e.k; meta.appendChild(b);
      var pl = document.createElement('span'); pl.className = 'plat'; pl.textContent = p.title; meta.appendChild(pl);
      li.appendChild(meta);
      if (e.s) { var s = document.createElement('span'); s.className = 'summary'; s.textContent = e.s; li.appendChild(s); }
      return li;
    }
    function run() {
      var ts = terms(input.value), total = 0, limit = 60;
      out.textContent = '';
      if (!ts.length) { out.hidden = true; if (count) count.textContent = ''; return; }
      Object.keys(data).sort().forEach(function (id) {
        data[id].events.forEach(function (e) {
          if (!matches(e, ts)) return;
          total++;
          if (total <= limit) out.appendChild(item(data[id], e));
        });
      });
      out.hidden = false;
      if (count) count.textContent = total === 0 ? 'no events match' : total > limit ? 'first ' + limit + ' of ' + total + ' events' : total + (total === 1 ? ' event' : ' events');
    }
    input.addEventListener('input', run);
    run();
  }

  var q = queryParam();
  var inputs = document.querySelectorAll('input[data-list], input[data-results]');
  for (var i = 0; i < inputs.length; i++) {
    if (q && inputs[i].hasAttribute('data-main')) inputs[i].value = q;
    if (inputs[i].hasAttribute('data-results')) searchAll(inputs[i]); else filterList(inputs[i]);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var t = document.createElement('textarea');
      t.value = text; t.setAttribute('readonly', ''); t.style.position = 'fixed'; t.style.opacity = '0';
      document.body.appendChild(t); t.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(t);
      if (ok) resolve(); else reject(new Error('copy failed'));
    });
  }
  document.addEventListener('click', function (ev) {
    var button = ev.target.closest && ev.target.closest('button[data-copy]');
    if (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      copyText(source.textContent).then(function () { flash(button, 'Copied'); }, function () { flash(button, 'Press Ctrl+C'); });
      return;
    }
    var toggle = ev.target.closest && ev.target.closest('button[data-expand]');
    if (toggle) {
      var scope = document.getElementById(toggle.getAttribute('data-scope')) || document;
      var open = toggle.getAttribute('data-expand') === 'open';
      var all = scope.querySelectorAll('details');
      for (var j = 0; j < all.length; j++) all[j].open = open;
    }
  });
  function flash(button, text) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = text; button.classList.add('done');
    setTimeout(function () { button.textContent = label; button.classList.remove('done'); }, 1500);
  }

  // A link to a field inside a collapsed part of the tree opens the tree down to it.
  function reveal() {
    var id = location.hash.slice(1);
    if (!id) return;
    try { id = decodeURIComponent(id); } catch (e) { /* keep as is */ }
    var target = document.getElementById(id);
    if (!target) return;
    for (var node = target.parentElement; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    var own = target.querySelector(':scope > details');
    if (own) own.open = true;
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
`;
