/** `<id>/delivery.html`: timeout, retry schedule and conditions, what counts as success, before-event timeouts, rate limits. */
import { describeDelivery } from '../../model/describe.js';
import type { Contract, RetryCondition } from '../../model/model.js';
import { schemeModule } from '../../signing/registry.js';
import { externalLink, html, prose } from '../html.js';
import { codeBox, page } from '../layout.js';
import { href, type PlatformPaths } from '../paths.js';
import { CONFIDENCE_TEXT, confidenceBadge, footer, platformSide } from './common.js';

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

function condition(c: RetryCondition, timeoutMs: number): string {
  if (typeof c === 'number') return `the reply has status ${c}`;
  if (c === 'timeout') return `no reply within ${seconds(timeoutMs)}`;
  if (c === 'network') return 'a network error (connection refused, reset, DNS failure)';
  return 'a reply with a status outside 200–299';
}

/**
 * The page on a platform's delivery policy.
 *
 * @example
 * files.set(paths.delivery, deliveryPage(contract, paths));
 */
export function deliveryPage(contract: Contract, paths: PlatformPaths): string {
  const d = contract.delivery;
  const to = (target: string): string => href(paths.delivery, target);
  // Worst case: every earlier attempt ran into the timeout before the delay started.
  const rows = [{ n: 1, delay: 0, start: 0 }];
  d.retries.forEach((delay, i) => rows.push({ n: i + 2, delay, start: rows[i]!.start + d.timeoutMs + delay }));
  const before = contract.events.filter((e) => e.kind === 'before');
  const success = Array.isArray(d.success) ? d.success.join(', ') : 'any 2xx';
  const sample = contract.events[0];
  const main = html`<h1>${contract.title}: delivery and retries</h1>
<p class="lead">${describeDelivery(d)}</p>
<div class="badges">${d.confidence ? confidenceBadge(d.confidence) : ''}</div>
<dl class="facts-list">
<dt>Timeout</dt><dd>${seconds(d.timeoutMs)} per attempt: answer within it, and do slow work after replying</dd>
<dt>Success</dt><dd>status ${success}${contract.events.some((e) => e.reply && Object.keys(e.reply.schema).length) ? '; where an event defines a reply body, it must match the reply schema' : ''}</dd>
<dt>Attempts</dt><dd>${rows.length} in all (${d.retries.length ? `the first send and ${d.retries.length} ${d.retries.length === 1 ? 'retry' : 'retries'}` : 'never retried'})</dd>
<dt>Retried on</dt><dd>${d.retryOn.length ? html`<ul>${d.retryOn.map((c) => html`<li>${condition(c, d.timeoutMs)}</li>`)}</ul>` : 'nothing: a failed delivery is not sent again'}</dd>
${d.rateLimit ? html`<dt>Rate limits</dt><dd>${d.rateLimit.concurrency ? `${d.rateLimit.concurrency} deliveries at a time` : ''}${d.rateLimit.concurrency && d.rateLimit.perMinute ? '; ' : ''}${d.rateLimit.perMinute ? `${d.rateLimit.perMinute} per minute` : ''}, per endpoint</dd>` : html`<dt>Rate limits</dt><dd>none documented</dd>`}
<dt>Before-events on timeout</dt><dd>${before.length === 0 ? 'this platform has no before-events' : d.onTimeout === 'block' ? 'the action is blocked when your reply is late' : d.onTimeout === 'proceed' ? 'the action proceeds as if you had allowed it when your reply is late' : 'not documented'}</dd>
</dl>
${d.notes ? html`<div class="callout">${prose(d.notes, 'note')}</div>` : ''}
<p class="muted">${d.source ? html`Source: ${externalLink(d.source)}` : 'No source given.'}${d.confidence ? html` · ${CONFIDENCE_TEXT[d.confidence]}` : ''}</p>
<h2 id="schedule">Retry schedule</h2>
<div class="table-wrap"><table>
<thead><tr><th>Attempt</th><th>Delay before it</th><th>Starts at the latest</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.n === 1 ? '1 (first send)' : String(r.n)}</td><td>${r.n === 1 ? '—' : seconds(r.delay)}</td><td>${seconds(r.start)}</td></tr>`)}</tbody>
</table></div>
<p class="muted">"Starts at the latest" assumes every earlier attempt waited the full ${seconds(d.timeoutMs)} timeout. A receiver must expect the same delivery more than once${contract.idempotencyKey?.length ? html`; chathooks recognises a retry by ${contract.idempotencyKey.map((k, i) => html`${i ? ' + ' : ''}<code>${k}</code>`)} and the event name` : ''}.</p>
${before.length ? html`<h2 id="before-events">Before-events</h2><p>These events wait for your reply; on a timeout the platform ${d.onTimeout === 'block' ? 'blocks' : d.onTimeout === 'proceed' ? 'proceeds with' : 'does what it does with'} the action:</p><ul>${before.map((e) => html`<li><a href="${to(paths.events.get(e)!)}"><code>${e.name}</code></a></li>`)}</ul>` : ''}
<h2 id="test">Test your receiver against this policy</h2>
<p>The delivery engine sends as the platform does (signature, framing, timeout, this retry schedule); <code>timeScale</code> compresses the waits.</p>
${codeBox(
  'snippet-deliver',
  'deliver.ts',
  html`import { deliver } from 'chathooks/delivery';
import * as platform from 'chathooks/generated/${contract.id}';

const transcript = await deliver(platform, {
  url: 'http://127.0.0.1:8080${contract.transport.path}',
  event: ${JSON.stringify(sample?.name ?? 'event')},
  payload: platform.examples[${JSON.stringify(sample?.name ?? 'event')}][0].payload,${!schemeModule(contract.signature).signs ? '' : "\n  secret: 'your-secret',"}
  timeScale: 0.01,
});
transcript.outcome; // 'delivered' | 'failed' | 'proceeded' | 'blocked'
transcript.attempts.map((a) => a.status ?? a.error);
`,
)}`;
  return page({
    path: paths.delivery,
    title: `Delivery · ${contract.title} · chathooks docs`,
    description: `${contract.title} webhook timeouts, retries and rate limits.`,
    crumbs: [['Platforms', 'index.html'], [contract.title, paths.index], ['Delivery']],
    main,
    side: platformSide(contract, paths, paths.delivery, true),
    scripts: [paths.search],
    footer: footer([contract]),
  });
}
