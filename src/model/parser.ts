/** @asyncapi/parser, wrapped: its diagnostics become chathooks problems. One parser instance is reused. */
import type { Diagnostic, Parser } from '@asyncapi/parser';
import type { Reporter } from './reporter.js';
import { toPointer } from './pointer.js';
import { importTooling } from '../tooling.js';

let shared: Parser | undefined;

/** Codes whose findings chathooks reports itself, with more context. */
const OWN_CHECKS = new Set(['invalid-ref', 'asyncapi-latest-version']);

/**
 * Validate the document with the AsyncAPI JSON Schema and Spectral rules; report errors and warnings.
 * Returns whether the parser accepted the document.
 */
export async function validateWithParser(text: string, file: string, reporter: Reporter): Promise<boolean> {
  if (!shared) {
    // Imported on first use: it costs ~0.3 s, and code paths that skip full validation never pay it.
    const { Parser: ParserClass } = await importTooling('validating a spec', () => import('@asyncapi/parser'));
    shared = new ParserClass();
  }
  const { document, diagnostics } = await shared.parse(text, { source: file });
  for (const d of diagnostics as Diagnostic[]) {
    if (d.severity > 1 || OWN_CHECKS.has(String(d.code))) continue;
    const path = d.path.map((p) => (typeof p === 'number' ? p : String(p)));
    reporter.add(String(d.code), toPointer(path), tidy(d.message), d.severity === 0 ? 'error' : 'warning', {
      line: d.range.start.line + 1,
      col: d.range.start.character + 1,
    });
  }
  return document !== undefined;
}

function tidy(message: string): string {
  const m = message.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(m) ? m : `${m}.`;
}
