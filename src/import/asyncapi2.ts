/**
 * AsyncAPI 2.x → deliveries. AsyncAPI 2 describes the application's side: `subscribe` on a channel means the
 * application sends those messages (what its users subscribe to), which is the provider's `action: send` in
 * AsyncAPI 3. `publish` operations (what the application receives) are not deliveries and are left out.
 */
import { isObject, type JsonObject } from '../model/json.js';
import { escapeToken, getAt } from '../model/pointer.js';
import { resolveRef } from '../model/refs.js';
import { ImportError } from './errors.js';
import type { SourceExample, SourcePayload, SourceShape } from './shape.js';
import type { SourceDocument } from './source.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The messages of a subscribe operation: one, or each entry of its `oneOf`. */
function messagesOf(
  doc: SourceDocument,
  raw: unknown,
  pointer: string,
): { value: JsonObject; pointer: string; key?: string }[] {
  const r = resolveRef(doc.data, raw, pointer);
  if (!r || !isObject(r.value)) return [];
  const key = /^\/components\/messages\/([^/]+)$/.exec(r.pointer)?.[1];
  if (Array.isArray(r.value['oneOf']))
    return r.value['oneOf'].flatMap((m, i) => messagesOf(doc, m, `${r.pointer}/oneOf/${i}`));
  return [{ value: r.value, pointer: r.pointer, ...(key !== undefined ? { key: decodeURIComponent(key) } : {}) }];
}

function messageExamples(message: JsonObject): SourceExample[] {
  if (!Array.isArray(message['examples'])) return [];
  return message['examples'].flatMap((raw, i) => {
    if (!isObject(raw) || !('payload' in raw)) return [];
    const example: SourceExample = {
      name: str(raw['name']) ?? `example-${i + 1}`,
      payload: structuredClone(raw['payload']),
    };
    const summary = str(raw['summary']);
    if (summary !== undefined) example.summary = summary;
    return [example];
  });
}

/**
 * The deliveries of an AsyncAPI 2.x document: every message of every `subscribe` operation.
 *
 * @example
 * readAsyncApi2(doc, 'AsyncAPI 2.6.0').payloads.map((p) => p.name); // ['message.created', …]
 */
export function readAsyncApi2(doc: SourceDocument, label: string): SourceShape {
  const channels = isObject(doc.data['channels']) ? doc.data['channels'] : {};
  const payloads: SourcePayload[] = [];
  // A message several operations send (one per channel of a parameterised topic) is one event.
  const seen = new Set<string>();
  let address: string | undefined;
  for (const [channel, rawItem] of Object.entries(channels)) {
    const item = resolveRef(doc.data, rawItem, `/channels/${escapeToken(channel)}`);
    if (!item || !isObject(item.value) || !isObject(item.value['subscribe'])) continue;
    const op = item.value['subscribe'];
    const opPointer = `${item.pointer}/subscribe`;
    address ??= channel.startsWith('/') ? channel : `/${channel.replace(/^\/*/, '')}`;
    messagesOf(doc, op['message'], `${opPointer}/message`).forEach((m, i) => {
      if (m.value['payload'] === undefined || seen.has(m.pointer)) return;
      seen.add(m.pointer);
      const payload: SourcePayload = {
        pointer: `${m.pointer}/payload`,
        name: str(m.value['name']) ?? str(m.value['messageId']) ?? m.key ?? `${channel}-${i + 1}`,
        tags: Array.isArray(m.value['tags'])
          ? m.value['tags'].map((t) => str(isObject(t) ? t['name'] : undefined)).filter((t): t is string => !!t)
          : [],
        examples: messageExamples(m.value),
      };
      for (const key of ['title', 'summary', 'description'] as const) {
        const v = str(m.value[key]);
        if (v !== undefined) payload[key] = v;
      }
      const docs = str(getAt(m.value, '/externalDocs/url')) ?? str(getAt(op, '/externalDocs/url'));
      if (docs !== undefined) payload.docs = docs;
      if (m.value['headers'] !== undefined) payload.headersPointer = `${m.pointer}/headers`;
      payloads.push(payload);
    });
  }
  if (payloads.length === 0) {
    throw new ImportError([
      doc.problem(
        'import-no-deliveries',
        '/channels',
        `${doc.file} has no \`subscribe\` operation with a message: in AsyncAPI 2, the messages the application sends (its webhooks) are its channels' \`subscribe\` messages.`,
      ),
    ]);
  }
  const info = isObject(doc.data['info']) ? doc.data['info'] : {};
  const shape: SourceShape = {
    describedAs: `${label} subscribe messages`,
    address: address ?? '/webhook',
    method: 'POST',
    payloads,
    info: { title: str(info['title']) ?? 'Imported webhooks', version: str(info['version']) ?? '1.0.0' },
  };
  const description = str(info['description']);
  if (description !== undefined) shape.info.description = description;
  const docs = str(getAt(doc.data, '/externalDocs/url'));
  if (docs !== undefined) shape.docs = docs;
  return shape;
}
