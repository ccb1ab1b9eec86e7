/**
 * A structural check of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): every object the spec defines,
 * its required fields and their types, ISO 8601 times, `time` as the sum of the timings, and the spec's rule that
 * custom fields start with an underscore. Returns the problems as `pointer: what`, none for a valid document.
 */

type Field = { type: 'string' | 'number' | 'integer' | 'object' | 'array' | 'boolean'; required: boolean; of?: Shape };
type Shape = { [field: string]: Field };

const req = (type: Field['type'], of?: Shape): Field => ({ type, required: true, ...(of ? { of } : {}) });
const opt = (type: Field['type'], of?: Shape): Field => ({ type, required: false, ...(of ? { of } : {}) });

const nameValue: Shape = { name: req('string'), value: req('string'), comment: opt('string') };
const cookie: Shape = {
  name: req('string'),
  value: req('string'),
  path: opt('string'),
  domain: opt('string'),
  expires: opt('string'),
  httpOnly: opt('boolean'),
  secure: opt('boolean'),
  comment: opt('string'),
};
const param: Shape = {
  name: req('string'),
  value: opt('string'),
  fileName: opt('string'),
  contentType: opt('string'),
  comment: opt('string'),
};
// `params` and `text` are mutually exclusive (the spec), so neither is required on its own.
const postData: Shape = {
  mimeType: req('string'),
  params: opt('array', param),
  text: opt('string'),
  comment: opt('string'),
};
const content: Shape = {
  size: req('integer'),
  compression: opt('integer'),
  mimeType: req('string'),
  text: opt('string'),
  encoding: opt('string'),
  comment: opt('string'),
};
const request: Shape = {
  method: req('string'),
  url: req('string'),
  httpVersion: req('string'),
  cookies: req('array', cookie),
  headers: req('array', nameValue),
  queryString: req('array', nameValue),
  postData: opt('object', postData),
  headersSize: req('integer'),
  bodySize: req('integer'),
  comment: opt('string'),
};
const response: Shape = {
  status: req('integer'),
  statusText: req('string'),
  httpVersion: req('string'),
  cookies: req('array', cookie),
  headers: req('array', nameValue),
  content: req('object', content),
  redirectURL: req('string'),
  headersSize: req('integer'),
  bodySize: req('integer'),
  comment: opt('string'),
};
const timings: Shape = {
  blocked: opt('number'),
  dns: opt('number'),
  connect: opt('number'),
  send: req('number'),
  wait: req('number'),
  receive: req('number'),
  ssl: opt('number'),
  comment: opt('string'),
};
const entry: Shape = {
  pageref: opt('string'),
  startedDateTime: req('string'),
  time: req('number'),
  request: req('object', request),
  response: req('object', response),
  cache: req('object', {}),
  timings: req('object', timings),
  serverIPAddress: opt('string'),
  connection: opt('string'),
  comment: opt('string'),
};
const log: Shape = {
  version: req('string'),
  creator: req('object', { name: req('string'), version: req('string'), comment: opt('string') }),
  browser: opt('object', { name: req('string'), version: req('string'), comment: opt('string') }),
  pages: opt('array', {}),
  entries: req('array', entry),
  comment: opt('string'),
};

function typeOk(value: unknown, type: Field['type']): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function check(value: Record<string, unknown>, shape: Shape, at: string, problems: string[]): void {
  for (const [name, field] of Object.entries(shape)) {
    const v = value[name];
    if (v === undefined) {
      if (field.required) problems.push(`${at}/${name}: required`);
      continue;
    }
    if (!typeOk(v, field.type)) {
      problems.push(`${at}/${name}: expected ${field.type}, got ${JSON.stringify(v)}`);
      continue;
    }
    if (field.of && field.type === 'array')
      (v as unknown[]).forEach((item, i) => {
        if (!typeOk(item, 'object')) problems.push(`${at}/${name}/${i}: expected an object`);
        else check(item as Record<string, unknown>, field.of!, `${at}/${name}/${i}`, problems);
      });
    else if (field.of && Object.keys(field.of).length)
      check(v as Record<string, unknown>, field.of, `${at}/${name}`, problems);
  }
  // "Custom fields and elements MUST start with an underscore" (HAR 1.2, custom fields).
  if (Object.keys(shape).length)
    for (const name of Object.keys(value))
      if (!(name in shape) && !name.startsWith('_'))
        problems.push(`${at}/${name}: not a HAR 1.2 field (custom fields start with "_")`);
}

const ISO_8601 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * The problems of a HAR 1.2 document; [] when it is valid.
 *
 * @example
 * expect(harProblems(JSON.parse(await readFile(file, 'utf8')))).toEqual([]);
 */
export function harProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!typeOk(doc, 'object') || !typeOk((doc as { log?: unknown }).log, 'object')) return ['/log: required'];
  const root = (doc as { log: Record<string, unknown> }).log;
  check(root, log, '/log', problems);
  if (root['version'] !== '1.2') problems.push(`/log/version: expected "1.2", got ${JSON.stringify(root['version'])}`);
  const entries = Array.isArray(root['entries']) ? (root['entries'] as Record<string, unknown>[]) : [];
  entries.forEach((e, i) => {
    const at = `/log/entries/${i}`;
    if (typeof e['startedDateTime'] === 'string' && !ISO_8601.test(e['startedDateTime']))
      problems.push(`${at}/startedDateTime: not ISO 8601 with a time zone`);
    const t = e['timings'] as Record<string, number> | undefined;
    if (t && typeof e['time'] === 'number') {
      const sum = ['blocked', 'dns', 'connect', 'send', 'wait', 'receive', 'ssl']
        .map((k) => t[k] ?? -1)
        .filter((v) => v !== -1)
        .reduce((a, b) => a + b, 0);
      if (Math.abs(sum - e['time']) > 1e-6)
        problems.push(`${at}/time: ${e['time']} is not the sum of the timings (${sum})`);
    }
    const url = (e['request'] as { url?: unknown } | undefined)?.url;
    if (typeof url === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
      problems.push(`${at}/request/url: not absolute`);
    for (const side of ['request', 'response'] as const) {
      const size = (e[side] as { bodySize?: unknown } | undefined)?.bodySize;
      if (typeof size === 'number' && size < -1) problems.push(`${at}/${side}/bodySize: below -1`);
    }
  });
  return problems;
}
