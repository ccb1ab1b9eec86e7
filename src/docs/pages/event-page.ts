/**
 * `<id>/events/<event>.html`: one event — kind, framing, payload tree, examples, reply, what a receiver
 * must reject, and its TypeScript type from the generated types.ts.
 */
import type { Contract, EventContract, InvalidExample } from '../../model/model.js';
import { breakable, externalLink, html, inline, jsonCode, prose, raw, type Html } from '../html.js';
import { codeBox, page } from '../layout.js';
import { exampleId, href, type PlatformPaths } from '../paths.js';
import { schemaTree } from '../schema-tree.js';
import { batchRequestNote, deliveredExample } from './batch.js';
import { CONFIDENCE_TEXT, KIND_TEXT, confidenceBadge, footer, kindBadge, platformSide } from './common.js';

export interface EventPageInput {
  contract: Contract;
  event: EventContract;
  paths: PlatformPaths;
  /** The event's declarations from the generated types.ts, if found. */
  typeSource: string | undefined;
}

function treeTools(scope: string): Html {
  return html`<div class="tools"><button type="button" data-expand="open" data-scope="${scope}">Expand all</button><button type="button" data-expand="close" data-scope="${scope}">Collapse all</button></div>`;
}

/** Unique ids for the examples of a page, even if two share a name. */
function idMaker(): (prefix: string, name: string) => string {
  const used = new Set<string>();
  return (prefix, name) => {
    let id = exampleId(prefix, name);
    for (let n = 2; used.has(id); n++) id = `${exampleId(prefix, name)}~${n}`;
    used.add(id);
    return id;
  };
}

/** A JSON pointer of an invalid example as a tree pattern: array indexes become `*`. */
function pointerPattern(pointer: string): string {
  return pointer
    .split('/')
    .map((t) => (/^\d+$/.test(t) ? '*' : t.replace(/~1/g, '/').replace(/~0/g, '~')))
    .join('/');
}

/** The field a pointer lands on, or the nearest enclosing field shown in the tree. */
function fieldAt(pointers: Map<string, string>, pointer: string): string | undefined {
  const tokens = pointerPattern(pointer).split('/');
  for (let n = tokens.length; n > 1; n--) {
    const id = pointers.get(tokens.slice(0, n).join('/'));
    if (id) return id;
  }
  return undefined;
}

function rejectBlock(
  ex: InvalidExample,
  id: string,
  pointers: Map<string, string>,
  idFor: (p: string, n: string) => string,
): Html {
  const field = fieldAt(pointers, ex.pointer);
  const where = html`<code>${ex.pointer || '/'}</code>`;
  return html`<div class="reject" id="${id}">
<h3>${ex.name}</h3>
<p>${inline(ex.reason)}</p>
<p class="muted">Rejected at ${field ? html`<a href="#${field}">${where}</a>` : where}${ex.keyword ? html` by <code>${ex.keyword}</code>` : ''}${ex.summary ? html` · ${ex.summary}` : ''}</p>
<details><summary>Payload</summary>${codeBox(idFor('invalid-json', ex.name), html`${ex.name} <span class="muted">must be rejected</span>`, jsonCode(ex.payload), { bad: true })}</details>
</div>`;
}

/**
 * One event's page.
 *
 * @example
 * files.set(paths.events.get(event)!, eventPage({ contract, event, paths, typeSource }));
 */
export function eventPage({ contract, event, paths, typeSource }: EventPageInput): string {
  const at = paths.events.get(event)!;
  const to = (target: string): string => href(at, target);
  const idFor = idMaker();
  const payload = schemaTree(event.payload, 'payload', { shownText: event.summary ?? event.title });
  const reply = event.reply
    ? schemaTree(event.reply.schema, 'reply', { shownText: event.summary ?? event.title })
    : undefined;
  const query = event.query ? schemaTree(event.query, 'query') : undefined;
  const headers = event.headers ? schemaTree(event.headers, 'headers') : undefined;
  const d = contract.discriminator;
  const index = contract.events.indexOf(event);
  const prev = contract.events[index - 1];
  const next = contract.events[index + 1];

  const examples = event.examples.map((ex) => {
    const id = idFor('ex', ex.name);
    const extra =
      ex.headers && Object.keys(ex.headers).length
        ? codeBox(
            idFor('ex-headers', ex.name),
            html`${ex.name} <span class="muted">headers</span>`,
            jsonCode(ex.headers),
          )
        : raw('');
    return html`<section id="${id}-example">${ex.summary ? html`<p>${inline(ex.summary)}</p>` : ''}${codeBox(id, html`${ex.name}${ex.summary ? '' : html` <span class="muted">example</span>`}`, jsonCode(ex.payload))}${extra}</section>`;
  });

  const replySection = event.reply
    ? html`<p>Answer HTTP <strong>${event.reply.status}</strong> with a body matching this schema${event.kind === 'before' ? '; it decides what the platform does next' : ''}.</p>
${treeTools('reply')}${reply!.html}
${event.reply.examples.map((ex) => codeBox(idFor('reply', ex.name), html`${ex.name} <span class="muted">reply</span>`, jsonCode(ex.payload)))}`
    : html`<p>No reply body is read: answer ${Array.isArray(contract.delivery.success) ? `status ${contract.delivery.success.join(' or ')}` : 'any 2xx'} quickly.</p>`;

  const invalid = event.invalidExamples.map((ex) =>
    rejectBlock(ex, idFor('invalid', ex.name), payload.pointers, idFor),
  );

  const main = html`<h1><code>${breakable(event.name)}</code></h1>
<div class="badges">${kindBadge(event.kind)}${confidenceBadge(event.confidence)}${event.tags.map((t) => html`<span class="badge">${t}</span>`)}</div>
${event.title && event.title !== event.summary?.replace(/\.$/, '') ? html`<p class="lead">${inline(event.title)}</p>` : ''}
${event.summary ? html`<p class="lead">${inline(event.summary)}</p>` : ''}
${prose(event.description)}
${event.notes ? html`<div class="callout">${prose(event.notes, 'note')}</div>` : ''}
<dl class="facts-list">
<dt>Kind</dt><dd>${KIND_TEXT[event.kind]}</dd>
<dt>Confidence</dt><dd>${event.confidence}: ${CONFIDENCE_TEXT[event.confidence]}</dd>
<dt>Source</dt><dd>${externalLink(event.source)}</dd>
<dt>Request</dt><dd><code>${contract.transport.method} ${contract.transport.path}</code>, <code>${contract.transport.contentType}</code>${d ? html`, with ${d.in === 'body' ? 'body field' : d.in === 'query' ? 'query parameter' : 'header'} <code>${d.name}=${event.name}</code>` : ''}${batchRequestNote(contract, to(paths.index))}</dd>
<dt>Type</dt><dd><code>${event.typeName}</code> (<a href="#typescript">TypeScript</a>)</dd>
<dt>See also</dt><dd><a href="${to(paths.signatures)}">verifying signatures</a> · <a href="${to(paths.delivery)}">delivery and retries</a></dd>
</dl>
<h2 id="payload-schema">Payload</h2>
${treeTools('payload')}
<div id="payload">${payload.html}</div>
${query ? html`<h2 id="query-schema">Query parameters</h2><div id="query">${query.html}</div>` : ''}
${headers ? html`<h2 id="headers-schema">Headers</h2><div id="headers">${headers.html}</div>` : ''}
<h2 id="examples">Example${event.examples.length === 1 ? '' : 's'}</h2>
${examples}
${deliveredExample(contract, event, idFor('ex-delivered', event.examples[0]?.name ?? 'example'))}
<h2 id="reply-schema">Reply</h2>
<div id="reply">${replySection}</div>
${invalid.length ? html`<h2 id="reject">What a receiver must reject</h2><p>Payloads the platform never sends. A receiver must answer them with 400; chathooks' validators reject each at the pointer given.</p><div class="rejects">${invalid}</div>` : ''}
<h2 id="typescript">TypeScript</h2>
${typeSource ? html`<p>From <code>generated/${contract.id}/types.ts</code>: <code>EventMap[${JSON.stringify(event.name)}]</code> is <code>${event.typeName}</code>.</p>${codeBox('ts-type', html`${event.typeName} <span class="muted">types.ts</span>`, html`${typeSource}`, { lang: 'ts' })}` : html`<p class="muted">No generated type found for this event.</p>`}
<nav class="pager" aria-label="Previous and next event"><span>${prev ? html`← <a href="${to(paths.events.get(prev)!)}"><code>${prev.name}</code></a>` : ''}</span><span>${next ? html`<a href="${to(paths.events.get(next)!)}"><code>${next.name}</code></a> →` : ''}</span></nav>`;

  return page({
    path: at,
    title: `${event.name} · ${contract.title} · chathooks docs`,
    description: event.summary ?? event.title ?? `${event.name} webhook of ${contract.title}`,
    crumbs: [['Platforms', 'index.html'], [contract.title, paths.index], [event.name]],
    main,
    side: platformSide(contract, paths, at, true),
    scripts: [paths.search],
    footer: footer([contract]),
  });
}
