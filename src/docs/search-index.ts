/**
 * The client-side search index of one platform, written as a script (`<id>/search.js`) because pages
 * opened from file:// may not fetch() JSON. An event matches when every word of the query occurs in its
 * name, title, summary, description, tags or the name of any payload field.
 */
import { isObject } from '../model/json.js';
import type { Contract, EventContract, JsonSchema } from '../model/model.js';
import { walkSchema } from '../model/schema.js';
import type { PlatformPaths } from './paths.js';

export interface SearchEntry {
  /** Event name. */
  n: string;
  /** Page, relative to the site root. */
  u: string;
  k: string;
  s: string;
  /** What the query is matched against, lower case. */
  h: string;
}

/** Every property name declared anywhere in a schema (definitions included), in first-seen order. */
export function fieldNames(schema: JsonSchema | undefined): string[] {
  const names = new Set<string>();
  walkSchema(schema, (node) => {
    if (isObject(node['properties'])) for (const name of Object.keys(node['properties'])) names.add(name);
  });
  return [...names];
}

export function searchEntry(event: EventContract, url: string): SearchEntry {
  const text = [
    event.name,
    event.title,
    event.summary,
    event.description,
    ...event.tags,
    ...fieldNames(event.payload),
  ].filter((t): t is string => Boolean(t));
  return {
    n: event.name,
    u: url,
    k: event.kind,
    s: event.summary ?? event.title ?? '',
    h: [...new Set(text)].join('\n').toLowerCase(),
  };
}

/** The script registering a platform's index in `window.CHATHOOKS_SEARCH`. */
export function searchScript(contract: Contract, paths: PlatformPaths): string {
  const data = { title: contract.title, events: contract.events.map((e) => searchEntry(e, paths.events.get(e)!)) };
  // JSON is valid JavaScript; U+2028/2029 are escaped for older parsers.
  const json = JSON.stringify(data)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `(window.CHATHOOKS_SEARCH = window.CHATHOOKS_SEARCH || {})[${JSON.stringify(contract.id)}] = ${json};\n`;
}
