/**
 * Lint check: every regular expression a spec gives validators (`pattern`, `patternProperties` keys) must
 * not backtrack catastrophically — `^(a+)+$` took 2.6 s on 28 characters in a generated validator.
 */
import { escapeToken } from './pointer.js';
import { findCatastrophicBacktracking } from './regex-redos.js';
import type { Reporter } from './reporter.js';
import { isObject } from './json.js';

/** Keys whose values are data, not schemas: a `pattern` inside them is not a regular expression. */
const DATA_KEYS = new Set(['examples', 'example', 'const', 'enum', 'default']);

/**
 * Report each pattern of the document that can backtrack catastrophically, at its place, with the fix.
 *
 * @example
 * checkPatterns(doc, reporter); // #/components/schemas/Id/pattern Pattern "^(a+)+$" can backtrack … [pattern-redos]
 */
export function checkPatterns(document: unknown, reporter: Reporter): void {
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(node)) return;
    const pattern = node['pattern'];
    if (typeof pattern === 'string') report(reporter, pattern, `${pointer}/pattern`);
    const patternProperties = node['patternProperties'];
    if (isObject(patternProperties)) {
      for (const key of Object.keys(patternProperties))
        report(reporter, key, `${pointer}/patternProperties/${escapeToken(key)}`);
    }
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYS.has(key) || key.startsWith('x-')) continue;
      visit(value, `${pointer}/${escapeToken(key)}`);
    }
  };
  visit(document, '');
}

function report(reporter: Reporter, pattern: string, pointer: string): void {
  const finding = findCatastrophicBacktracking(pattern);
  if (!finding) return;
  if (finding.undecided) {
    reporter.warn(
      'pattern-complex',
      pointer,
      `Pattern ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)} is too large for the catastrophic-backtracking check to decide. Simplify it (fewer optional or repeated parts), or check it with a ReDoS tool.`,
    );
    return;
  }
  reporter.error(
    'pattern-redos',
    pointer,
    `Pattern ${JSON.stringify(pattern)} can backtrack catastrophically: ${JSON.stringify(finding.part)} repeats a part that can match the same text in more than one way, so a non-matching string of a few dozen characters can block a validator for seconds. Rewrite it without nested quantifiers, so that each repetition matches a given text one way only (\`(a+)+\` → \`a+\`, \`(\\w+\\s?)+\` → \`\\w+(\\s\\w+)*\`). A maxLength beside it bounds the input only where the validator checks the length before the pattern (Ajv reporting all errors runs both), so prefer the rewrite.`,
  );
}
