/** `chathooks import <file> [--out spec/<id>.yaml]`: a published webhook description → a chathooks spec. */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ID_PATTERN } from '../model/id.js';
import { OptionError } from '../model/errors.js';
import { importTooling } from '../tooling.js';
import { parse, UsageError, type Io } from './args.js';

export const importUsage = `Usage: chathooks import <file> [--out spec/<id>.yaml] [--signature S] [--delivery D] [--kind K] [--path P]

Turns a published webhook description into a chathooks spec (AsyncAPI 3.0.0 to the chathooks conventions):
  OpenAPI 3.1 \`webhooks\`, OpenAPI 3.0/3.1 \`callbacks\`, an OpenAPI receiver path whose request body is a
  discriminated union (alone, or as the items of an array: a batch such as LINE's \`events\`), and AsyncAPI 2.x
  \`subscribe\` messages (which become \`action: send\`). YAML or JSON; \`$ref\`s to other local files are bundled,
  nothing is fetched (a remote \`$ref\` is an error).
Every event keeps its schema (discriminator and allOf resolved into one payload whose discriminator is a
const), description, documentation URL (x-chathooks-source) and examples; an event without examples gets
examples synthesised from its schema (named synthesised…), and an invalid example.
What the source cannot say is left as \`undecided\` and \`chathooks lint\` lists each place, unless given:

Options:
  --out FILE         write the spec there (default: print it); an existing, different file needs --force
  --id ID            x-chathooks-id (default: the --out file name, else a slug of the title)
  --signature S      the signature scheme: <scheme>[,param=value…], e.g. line or hmac-sha256,header=x-sig,encoding=hex
  --delivery D       the delivery policy: JSON, or key=value pairs with lists separated by "/":
                     timeoutMs=10000,retries=1000/2000,retryOn=timeout/network/non-2xx
  --kind K           event kinds: <kind> for every event, <event>=<kind>[,…] for some (before, after, notify);
                     repeatable
  --path P           the receiver path to read, when the OpenAPI document has several
  --force            overwrite --out when it exists with other content
  --json             print a JSON summary
  -h, --help         show this help

Exit codes: 0 written, 1 the input cannot be imported (each problem at file:line:col; nothing written),
2 usage error.`;

/** Write `text` to `path` whole or not at all (a temporary file renamed over it). */
async function writeWhole(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function importCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    id: { type: 'string' },
    signature: { type: 'string' },
    delivery: { type: 'string' },
    kind: { type: 'string', multiple: true },
    path: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(importUsage);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? 'import reads one file at a time.' : 'name the file to import.');
  const out = typeof values['out'] === 'string' ? resolve(io.cwd, values['out']) : undefined;
  const id =
    typeof values['id'] === 'string' ? values['id'] : out ? basename(out).replace(/\.(ya?ml|json)$/i, '') : undefined;
  if (id !== undefined && !ID_PATTERN.test(id))
    throw new OptionError(
      `the spec id "${id}" is not a slug (lower-case letters, digits, "-" or "_"); pass --id or name the --out file so.`,
    );
  const { importSpec, summariseUndecided } = await importTooling(
    'chathooks import',
    () => import('../import/index.js'),
  );
  const options: Parameters<typeof importSpec>[1] = {};
  if (id !== undefined) options.id = id;
  for (const key of ['path', 'signature', 'delivery'] as const) {
    const v = values[key];
    if (typeof v === 'string') options[key] = v;
  }
  if (Array.isArray(values['kind'])) options.kinds = values['kind'];
  const result = importSpec(resolve(io.cwd, positionals[0]!), options);

  if (out) {
    const existing = await readIfExists(out);
    if (existing !== undefined && existing !== result.text && !values['force'])
      throw new OptionError(`${values['out']} exists with other content; pass --force to overwrite it.`);
    if (existing !== result.text) await writeWhole(out, result.text);
  } else if (!values['json']) {
    (io.write ?? ((t: string) => io.out(t.replace(/\n$/, ''))))(result.text);
  }
  const target = typeof values['out'] === 'string' ? values['out'] : undefined;
  if (values['json']) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          out: target ?? null,
          id: result.id,
          describedAs: result.describedAs,
          events: result.events,
          undecided: result.undecided,
          warnings: result.warnings,
          ...(target ? {} : { spec: result.text }),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  // With the spec on stdout, the summary goes to stderr so the output stays a spec.
  const say = target ? io.out : io.err;
  for (const w of result.warnings) say(`warning: ${w}`);
  say(
    `import: ${positionals[0]} (${result.describedAs}) → ${target ?? 'stdout'}: ${result.events.length} event${result.events.length === 1 ? '' : 's'}`,
  );
  say(
    result.undecided.length
      ? `left to decide: ${summariseUndecided(result.undecided)}; \`chathooks lint${target ? ` ${target}` : ''}\` lists each, or pass --signature/--delivery/--kind`
      : 'nothing left to decide',
  );
  return 0;
}
