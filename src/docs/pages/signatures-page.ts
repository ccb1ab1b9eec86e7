/** `<id>/signatures.html`: how the platform signs its webhooks and how to verify them with chathooks. */
import { describeSignature } from '../../model/describe.js';
import type { Contract } from '../../model/model.js';
import { schemeModule } from '../../signing/registry.js';
import type { SchemeDocs } from '../../signing/scheme.js';
import { externalLink, html, inline, prose, raw, type Html } from '../html.js';
import { codeBox, page } from '../layout.js';
import type { PlatformPaths } from '../paths.js';
import { CONFIDENCE_TEXT, confidenceBadge, footer, platformSide } from './common.js';
import { receiverSnippet, verifySnippet } from './snippets.js';

/** What the scheme's module says: facts, the steps of verifying by hand, its specification, or a warning. */
function schemeDetails(docs: SchemeDocs): Html {
  if (docs.warning) return html`<div class="callout warn"><p>${inline(docs.warning)}</p></div>`;
  const facts = docs.facts.map(([term, text]) => html`<dt>${term}</dt><dd>${inline(text)}</dd>\n`);
  const steps = docs.steps.map((step) => html`<li>${inline(step)}</li>\n`);
  return html`<dl class="facts-list">
${facts}</dl>
${steps.length ? html`<h2 id="how">How to verify</h2>\n<ol>\n${steps}</ol>` : ''}
${docs.see ? html`<p>See ${externalLink(docs.see.url, docs.see.label)} for the full specification.</p>` : ''}`;
}

/**
 * The page on verifying a platform's signatures.
 *
 * @example
 * files.set(paths.signatures, signaturesPage(contract, paths));
 */
export function signaturesPage(contract: Contract, paths: PlatformPaths): string {
  const s = contract.signature;
  const scheme = schemeModule(s);
  const field = scheme.attacks()?.signature.in === 'query' ? 'query parameter' : 'header';
  const verify = verifySnippet(contract);
  const main = html`<h1>Verifying ${contract.title} signatures</h1>
<p class="lead">${describeSignature(s)}</p>
<div class="badges"><span class="badge">${s.scheme}</span>${s.confidence ? confidenceBadge(s.confidence) : ''}</div>
${schemeDetails(scheme.docs())}
${s.notes ? html`<div class="callout">${prose(s.notes, 'note')}</div>` : ''}
<p class="muted">${s.source ? html`Source: ${externalLink(s.source)}` : 'No source given.'}${s.confidence ? html` · ${CONFIDENCE_TEXT[s.confidence]}` : ''}</p>
<h2 id="receiver">With a chathooks receiver</h2>
<p><code>createReceiver</code> verifies the signature over the raw bytes before anything is parsed (401 naming the ${field} at fault, never the expected value), accepts several secrets for rotation, then validates the payload and calls your handler with a typed event.</p>
${codeBox('snippet-receiver', html`receiver.ts <span class="muted">node:http; express: <code>app.post(path, receiver.node)</code></span>`, html`${receiverSnippet(contract)}`)}
${verify ? html`<h2 id="by-hand">By hand, with chathooks/signing</h2>${codeBox('snippet-verify', 'verify.ts', html`${verify}`)}` : raw('')}`;
  return page({
    path: paths.signatures,
    title: `Signatures · ${contract.title} · chathooks docs`,
    description: `How ${contract.title} signs its webhooks and how to verify them.`,
    crumbs: [['Platforms', 'index.html'], [contract.title, paths.index], ['Signatures']],
    main,
    side: platformSide(contract, paths, paths.signatures, true),
    scripts: [paths.search],
    footer: footer([contract]),
  });
}
