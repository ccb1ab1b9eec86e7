/** `<id>/signatures.html`: how the platform signs its webhooks and how to verify them with chathooks. */
import { describeSignature } from '../../model/describe.js';
import type { Contract, SignatureScheme } from '../../model/model.js';
import { externalLink, html, prose, raw, type Html } from '../html.js';
import { codeBox, page } from '../layout.js';
import type { PlatformPaths } from '../paths.js';
import { CONFIDENCE_TEXT, confidenceBadge, footer, platformSide } from './common.js';
import { receiverSnippet, verifySnippet } from './snippets.js';

function schemeDetails(s: SignatureScheme): Html {
  switch (s.scheme) {
    case 'hmac-sha256':
      return html`<dl class="facts-list">
<dt>Header</dt><dd><code>${s.header}</code>${s.legacyHeaders?.length ? html` (the same value also in ${s.legacyHeaders.map((h, i) => html`${i ? ', ' : ''}<code>${h}</code>`)})` : ''}</dd>
<dt>Value</dt><dd><code>${s.prefix ?? ''}${s.encoding}(HMAC-SHA256(secret, rawBody))</code></dd>
<dt>Secret</dt><dd>${s.secret ?? 'not named by the platform'}</dd>
<dt>Covers</dt><dd>the raw request body, byte for byte; not the URL, not the headers</dd>
<dt>Replay window</dt><dd>none: the signature carries no timestamp, so a captured request stays valid; de-duplicate deliveries</dd>
</dl>
<h2 id="how">How to verify</h2>
<ol>
<li>Read the body as raw bytes, before any JSON parser touches it. Re-serialised JSON does not match (key order, whitespace, escaped <code>/</code>).</li>
<li>Compute <code>${s.encoding}(HMAC-SHA256(secret, rawBody))</code>${s.prefix ? html`, prefixed with <code>${s.prefix}</code>` : ''}.</li>
<li>Compare it with the <code>${s.header}</code> header${s.legacyHeaders?.length ? html` (or <code>${s.legacyHeaders[0]}</code> when the new header is absent)` : ''} in constant time, after checking the lengths match.</li>
<li>Only then parse the JSON. Answer 401 on a mismatch, without echoing the expected value.</li>
</ol>`;
    case 'tencent-sha256':
      return html`<dl class="facts-list">
<dt>Query parameters</dt><dd><code>${s.signParam}</code> and <code>${s.timeParam}</code></dd>
<dt>Value</dt><dd><code>${s.signParam} = hex(sha256(token + ${s.timeParam}))</code>: a plain SHA-256 of the token followed by the time, not an HMAC</dd>
<dt>Secret</dt><dd>${s.secret ?? 'the callback token'}</dd>
<dt>Covers</dt><dd><strong>only the token and the time; the body is not covered.</strong> Anyone who sees one signed URL can send any body with it within the window: use HTTPS and keep the window short.</dd>
<dt>Replay window</dt><dd><code>${s.timeParam}</code> (unix seconds) within ±${s.toleranceSec} s of your clock</dd>
<dt>Always sent</dt><dd>${s.required ? 'yes' : html`no: only when webhook authentication is switched on in the console; without it requests carry no <code>${s.signParam}</code>`}</dd>
</dl>
<h2 id="how">How to verify</h2>
<ol>
<li>Read <code>${s.signParam}</code> and <code>${s.timeParam}</code> from the query string; reject the request if either is missing (once authentication is on).</li>
<li>Reject a <code>${s.timeParam}</code> more than ${s.toleranceSec} s away from now, in either direction.</li>
<li>Compute <code>hex(sha256(token + ${s.timeParam}))</code> and compare it with <code>${s.signParam}</code> in constant time.</li>
</ol>`;
    case 'standard-webhooks':
      return html`<dl class="facts-list">
<dt>Headers</dt><dd><code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code> (<code>v1,&lt;base64&gt;</code>, space-separated for several keys)</dd>
<dt>Value</dt><dd><code>base64(HMAC-SHA256(secret, id + "." + timestamp + "." + rawBody))</code></dd>
<dt>Secret</dt><dd>${s.secret ?? html`<code>whsec_…</code>, base64 after the prefix`}</dd>
<dt>Replay window</dt><dd><code>webhook-timestamp</code> within ±${s.toleranceSec} s</dd>
</dl>
<p>See ${externalLink('https://www.standardwebhooks.com/', 'standardwebhooks.com')} for the full specification.</p>`;
    case 'none':
      return html`<div class="callout warn"><p>The platform documents no request signature. Anyone who knows the URL can post to it: use a long, secret path, HTTPS, and where possible an allow-list of the platform's addresses. Validate every payload against its schema before acting on it.</p></div>`;
  }
}

/**
 * The page on verifying a platform's signatures.
 *
 * @example
 * files.set(paths.signatures, signaturesPage(contract, paths));
 */
export function signaturesPage(contract: Contract, paths: PlatformPaths): string {
  const s = contract.signature;
  const verify = verifySnippet(contract);
  const main = html`<h1>Verifying ${contract.title} signatures</h1>
<p class="lead">${describeSignature(s)}</p>
<div class="badges"><span class="badge">${s.scheme}</span>${s.confidence ? confidenceBadge(s.confidence) : ''}</div>
${schemeDetails(s)}
${s.notes ? html`<div class="callout">${prose(s.notes, 'note')}</div>` : ''}
<p class="muted">${s.source ? html`Source: ${externalLink(s.source)}` : 'No source given.'}${s.confidence ? html` · ${CONFIDENCE_TEXT[s.confidence]}` : ''}</p>
<h2 id="receiver">With a chathooks receiver</h2>
<p><code>createReceiver</code> verifies the signature over the raw bytes before anything is parsed (401 naming the ${s.scheme === 'tencent-sha256' ? 'query parameter' : 'header'} at fault, never the expected value), accepts several secrets for rotation, then validates the payload and calls your handler with a typed event.</p>
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
