/**
 * What the docs say about batch contracts (LINE): that events arrive batched, the envelope every delivery is
 * wrapped in (its schema and an example), and each event's example as it is really delivered.
 */
import { wrapBatch } from '../../model/batch.js';
import type { Contract, EventContract } from '../../model/model.js';
import { html, jsonCode, raw, type Html } from '../html.js';
import { codeBox } from '../layout.js';
import { schemaTree } from '../schema-tree.js';

/** How an empty batch is read, in words. */
const emptyText = (contract: Contract): string =>
  contract.batch!.empty === 'verification'
    ? `an empty array is ${contract.title}'s endpoint check: answer it with success`
    : 'an empty array is no delivery';

/**
 * The platform page's fact: events arrive batched.
 *
 * @example
 * batchFact(line.contract); // <dt>Batches</dt><dd>Events arrive batched: …</dd>
 */
export function batchFact(contract: Contract): Html {
  const { batch } = contract;
  if (!batch) return raw('');
  return html`<dt>Batches</dt><dd>Events arrive batched: every request carries the <a href="#envelope">envelope</a>, whose <code>${batch.items}</code> array holds one or more events, in order; each is handled once by its own delivery key; ${emptyText(contract)}</dd>`;
}

/**
 * The platform page's envelope section: its schema tree and an (empty) example.
 *
 * @example
 * envelopeSection(line.contract); // <h2 id="envelope">Envelope</h2>…
 */
export function envelopeSection(contract: Contract): Html {
  const { batch } = contract;
  if (!batch) return raw('');
  const tree = schemaTree(batch.envelope, 'envelope');
  return html`<h2 id="envelope">Envelope</h2>
<p>The body of every request. The events below arrive as items of its <code>${batch.items}</code> array; a receiver verifies the signature once over the whole body, then dispatches each event in order and answers once for the batch.</p>
<div id="envelope-tree">${tree.html}</div>
${codeBox('envelope-example', html`envelope <span class="muted">example</span>`, jsonCode(wrapBatch(contract, [])))}`;
}

/**
 * An event's first example as delivered: wrapped in the envelope (batch contracts; nothing otherwise).
 *
 * @example
 * deliveredExample(line.contract, event, 'ex-delivered'); // a code box with { destination, events: [example] }
 */
export function deliveredExample(contract: Contract, event: EventContract, id: string): Html {
  const first = event.examples[0];
  if (!contract.batch || !first) return raw('');
  return html`<p>Delivered in a batch: the envelope with this event in its <code>${contract.batch.items}</code> array (often with others).</p>${codeBox(id, html`${first.name} <span class="muted">as delivered</span>`, jsonCode(wrapBatch(contract, [first.payload])))}`;
}

/**
 * The event page's request line addition: where in the body the event sits.
 *
 * @example
 * batchRequestNote(line.contract); // , as an item of <code>/events</code> in the <a …>envelope</a>
 */
export function batchRequestNote(contract: Contract, platformHref: string): Html {
  if (!contract.batch) return raw('');
  return html`, as an item of <code>${contract.batch.items}</code> in the <a href="${platformHref}#envelope">batch envelope</a>`;
}
