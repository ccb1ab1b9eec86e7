/**
 * The API report: every public entry of package.json `exports` (from dist/, as users import it) with its value
 * exports (`Object.keys(await import(entry))`) and its type-only exports (from the entry's .d.ts, read with the
 * TypeScript checker). `npm run api` writes test/api/exports.json; test/api/exports.test.ts compares, so every
 * change to the public surface shows up in review as a diff of that file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const root = join(import.meta.dirname, '..', '..');
export const REPORT_FILE = join(root, 'test', 'api', 'exports.json');

export interface EntryReport {
  /** The file the entry resolves to (package.json `exports[…].default`). */
  file: string;
  values: string[];
  types: string[];
}
export type ApiReport = Record<string, EntryReport>;

type ExportTarget = string | { types?: string; default?: string };

/** The public code entries: every `exports` key but wildcards (generated/*, scenario files) and package.json. */
export async function publicEntries(): Promise<{ subpath: string; file: string; types: string }[]> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, ExportTarget>;
  };
  return Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'string' || subpath.includes('*') || !target.default || !target.types
      ? []
      : [{ subpath, file: target.default, types: target.types }],
  );
}

/** Build the report from dist/ (run `npm run build` first). */
export async function apiReport(): Promise<ApiReport> {
  const entries = await publicEntries();
  const program = ts.createProgram(
    entries.map((e) => join(root, e.types)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    },
  );
  const checker = program.getTypeChecker();
  const report: ApiReport = {};
  for (const entry of entries) {
    const mod = (await import(pathToFileURL(join(root, entry.file)).href)) as Record<string, unknown>;
    const values = Object.keys(mod).sort();
    const source = program.getSourceFile(join(root, entry.types));
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol)
      throw new Error(
        `api report: cannot read the declarations of ${entry.subpath} (${entry.types}); run npm run build.`,
      );
    const declared = checker.getExportsOfModule(symbol).map((s) => s.getName());
    const types = declared.filter((name) => !values.includes(name)).sort();
    report[entry.subpath] = { file: entry.file, values, types };
  }
  return report;
}

/** The report as checked in (JSON, two-space indent, trailing newline). */
export const formatReport = (report: ApiReport): string => `${JSON.stringify(report, null, 2)}\n`;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await writeFile(REPORT_FILE, formatReport(await apiReport()));
  console.log(`api: wrote ${REPORT_FILE}`);
}
