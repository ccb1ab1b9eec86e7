/** `index.html`: every platform with its event counts, signature scheme and delivery policy, and a search over all events. */
import { describeDelivery, describeSignature } from '../../model/describe.js';
import type { Contract } from '../../model/model.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import type { PlatformPaths } from '../paths.js';
import { footer } from './common.js';

/**
 * The site's front page.
 *
 * @example
 * files.set('index.html', indexPage(contracts, paths));
 */
export function indexPage(contracts: readonly Contract[], paths: ReadonlyMap<Contract, PlatformPaths>): string {
  const total = contracts.reduce((n, c) => n + c.events.length, 0);
  const cards = contracts.map((c) => {
    const p = paths.get(c)!;
    const kinds = (['before', 'after', 'notify'] as const)
      .map((k) => [k, c.events.filter((e) => e.kind === k).length] as const)
      .filter(([, n]) => n > 0);
    return html`<section class="card platform" data-platform="${c.id}">
<h2><a href="${p.index}">${c.title}</a></h2>
<p class="count"><strong data-count="${c.events.length}">${c.events.length}</strong>event${c.events.length === 1 ? '' : 's'}</p>
<div class="kinds">${kinds.map(([k, n]) => html`<span class="badge ${k}">${n} ${k}</span>`)}</div>
<dl>
<dt>Signature</dt><dd>${describeSignature(c.signature)}</dd>
<dt>Delivery</dt><dd>${describeDelivery(c.delivery)}</dd>
<dt>Spec</dt><dd><code>${c.source}</code> · version ${c.version}${c.eventSet === 'open' ? ' · open event set' : ''}</dd>
</dl>
<p class="links"><a href="${p.index}">Events</a><a href="${p.signatures}">Signatures</a><a href="${p.delivery}">Delivery</a></p>
</section>`;
  });
  const main = html`<h1>Webhook contracts</h1>
<p class="lead">${contracts.length} platform${contracts.length === 1 ? '' : 's'}, ${total} event${total === 1 ? '' : 's'}: payloads, replies, examples, signatures and delivery policies, from one AsyncAPI 3.0 spec per platform.</p>
<div class="search" role="search"><input type="search" id="q" placeholder="Search every event by name, field or description" aria-label="Search events" data-results="results" data-count="results-count" data-main autocomplete="off"><span class="count" id="results-count" aria-live="polite"></span></div>
<ul class="events" id="results" hidden></ul>
<div class="cards">${cards}</div>`;
  return page({
    path: 'index.html',
    title: 'Webhook contracts · chathooks docs',
    description: `Webhook contracts of ${contracts.map((c) => c.title).join(', ')}.`,
    crumbs: [['Platforms']],
    main,
    scripts: contracts.map((c) => paths.get(c)!.search),
    footer: footer(contracts),
  });
}
