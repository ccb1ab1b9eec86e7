/**
 * The TypeScript of one event, cut out of the generated `types.ts` (openapi-typescript's output plus
 * chathooks' readable aliases): the event's alias and reply alias, then every `components.schemas`
 * entry they reach, in the order first reached.
 */

/** The entries of `components.schemas` in a generated types.ts, by name, with their doc comments. */
export interface TypesIndex {
  schemas: Map<string, string>;
  /** Readable alias lines by type name (`export type MessageCreated = components["schemas"]["MessageCreated"];`), with their doc comment. */
  aliases: Map<string, string>;
}

const REF = /components\["schemas"\]\["((?:[^"\\]|\\.)+)"\]/g;

/**
 * Index a generated types.ts.
 *
 * @example
 * indexTypes(files.get('protocol/types.ts')!).aliases.get('MessageCreated');
 */
export function indexTypes(source: string): TypesIndex {
  const lines = source.split('\n');
  const schemas = new Map<string, string>();
  const start = lines.indexOf('export interface components {');
  if (start !== -1 && lines[start + 1] === '    schemas: {') {
    let end = start + 2;
    while (end < lines.length && !lines[end]!.startsWith('    }')) end++;
    // Entries are the keys at the schemas' own indentation; each owns the doc comment right above it.
    const keys: { name: string; from: number }[] = [];
    for (let i = start + 2; i < end; i++) {
      const key = /^ {8}(?:"((?:[^"\\]|\\.)+)"|([A-Za-z_$][\w$]*))\??: /.exec(lines[i]!);
      if (!key) continue;
      let from = i;
      while (from - 1 >= start + 2 && /^(?: {8}\/\*\*| {9}\*)/.test(lines[from - 1]!)) from--;
      keys.push({ name: key[1] ?? key[2]!, from });
    }
    keys.forEach((k, i) => schemas.set(k.name, dedent(lines.slice(k.from, keys[i + 1]?.from ?? end))));
  }
  const aliases = new Map<string, string>();
  const marker = lines.indexOf('// ---- readable names (chathooks) ----');
  for (let i = marker + 1; marker !== -1 && i < lines.length; i++) {
    const alias = /^export type ([A-Za-z_$][\w$]*) = /.exec(lines[i]!);
    if (!alias) continue;
    const doc: string[] = [];
    for (let j = i - 1; j > marker && /^(\/\*\*| \*|\/\*\*.*\*\/)/.test(lines[j]!); j--) doc.unshift(lines[j]!);
    aliases.set(alias[1]!, [...doc, lines[i]!].join('\n'));
  }
  return { schemas, aliases };
}

function dedent(chunk: string[]): string {
  return chunk.map((l) => l.replace(/^ {8}/, '')).join('\n');
}

/**
 * The declarations an event's type needs: its aliases, then the reached schemas as `type Name = …;`.
 * Returns undefined when the types have no alias for the event.
 */
export function eventTypeSource(index: TypesIndex, typeName: string): string | undefined {
  const own = [index.aliases.get(typeName), index.aliases.get(`${typeName}Reply`)].filter(
    (s): s is string => s !== undefined,
  );
  if (own.length === 0) return undefined;
  const seen = new Set<string>();
  const queue: string[] = [];
  const reach = (text: string): void => {
    for (const m of text.matchAll(REF)) {
      const name = m[1]!;
      if (!seen.has(name) && index.schemas.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  };
  own.forEach(reach);
  const entries: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const entry = index.schemas.get(queue[i]!)!;
    reach(entry);
    entries.push(entry);
  }
  if (entries.length === 0) return own.join('\n');
  return `${own.join('\n')}\n\n// used from components["schemas"]:\n${entries.join('\n')}`;
}
