/** `<id>/index.html`: a platform's transport, framing and policies at a glance, and its events with a filter. */
import { describeDelivery, describeSignature } from '../../model/describe.js';
import type { Contract } from '../../model/model.js';
import { breakable, html, prose } from '../html.js';
import { page } from '../layout.js';
import { href, type PlatformPaths } from '../paths.js';
import { batchFact, envelopeSection } from './batch.js';
import { confidenceBadge, footer, kindBadge, kindCounts, platformSide } from './common.js';

/**
 * A platform's overview page with its filterable event list.
 *
 * @example
 * files.set(paths.index, platformPage(contract, paths));
 */
export function platformPage(contract: Contract, paths: PlatformPaths): string {
  const at = paths.index;
  const to = (target: string): string => href(at, target);
  const d = contract.discriminator;
  const items = contract.events.map(
    (e) =>
      html`<li data-event="${e.name}"><a href="${to(paths.events.get(e)!)}"><code>${breakable(e.name)}</code></a><span class="meta">${kindBadge(e.kind)}${e.confidence !== 'documented' ? confidenceBadge(e.confidence) : ''}</span>${e.summary || e.title ? html`<span class="summary">${e.summary ?? e.title}</span>` : ''}</li>`,
  );
  const main = html`<h1>${contract.title}</h1>
<div class="badges"><span class="badge">version ${contract.version}</span><span class="badge">${contract.events.length} events</span>${contract.eventSet === 'open' ? html`<span class="badge" title="The platform may send event names the spec does not list">open event set</span>` : ''}</div>
${prose(contract.description)}
<dl class="facts-list">
<dt>Endpoint</dt><dd><code>${contract.transport.method} ${contract.transport.path}</code>, <code>${contract.transport.contentType}</code></dd>
<dt>Event name</dt><dd>${d ? html`${d.in === 'body' ? 'body field' : d.in === 'query' ? 'query parameter' : 'header'} <code>${d.name}</code>${d.bodyField ? html` (repeated in body field <code>${d.bodyField}</code>)` : ''}` : 'one event kind; no discriminator'}</dd>
${contract.appId ? html`<dt>App id</dt><dd>${contract.appId.in} <code>${contract.appId.name}</code>; check it equals your app's</dd>` : ''}
${contract.idempotencyKey?.length ? html`<dt>Delivery key</dt><dd>${contract.idempotencyKey.map((k, i) => html`${i ? ' + ' : ''}<code>${k}</code>`)} (with the event name: retries of one delivery share it)</dd>` : ''}
<dt>Signature</dt><dd><a href="${to(paths.signatures)}">${describeSignature(contract.signature)}</a></dd>
<dt>Delivery</dt><dd><a href="${to(paths.delivery)}">${describeDelivery(contract.delivery)}</a></dd>
${batchFact(contract)}
<dt>Spec</dt><dd><code>${contract.source}</code></dd>
</dl>
${envelopeSection(contract)}
<h2 id="events">Events</h2>
<p class="muted">${kindCounts(contract.events)}.</p>
<div class="search" role="search"><input type="search" id="q" placeholder="Filter by event name, field name or description" aria-label="Filter events" data-platform="${contract.id}" data-list="event-list" data-count="event-count" data-empty="no-events" data-main autocomplete="off"><span class="count" id="event-count" aria-live="polite">${contract.events.length} events</span></div>
<ul class="events" id="event-list">${items}</ul>
<p id="no-events" class="empty" hidden>No events match.</p>`;
  return page({
    path: at,
    title: `${contract.title} · chathooks docs`,
    description: `${contract.events.length} webhook events of ${contract.title}.`,
    crumbs: [['Platforms', 'index.html'], [contract.title]],
    main,
    side: platformSide(contract, paths, at, false),
    scripts: [paths.search],
    footer: footer([contract]),
  });
}
