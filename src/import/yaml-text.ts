/**
 * The spec's text: YAML in the style of the bundled specs (`$ref`s and short scalar lists in flow style,
 * multi-line text as literal blocks), no line folding, so the same document always gives the same bytes.
 */
import { Document, isMap, isScalar, visit } from 'yaml';

/** Flow-style a list of scalars when it fits on a line this long. */
const FLOW_LIST_WIDTH = 80;

/**
 * YAML text of `document` with `comment` (lines without `#`) above it.
 *
 * @example
 * toYamlText({ asyncapi: '3.0.0' }, ' Imported by chathooks import'); // '# Imported by chathooks import\nasyncapi: 3.0.0\n'
 */
export function toYamlText(document: unknown, comment: string): string {
  // A value used twice (a shared example part) is written twice, never as an anchor and alias.
  // Written as YAML 1.1 (no directive): strings a 1.1 reader would take for a date, a boolean or a number
  // (`2024-05-01T12:00:00Z`, `yes`, `on`) are quoted, so js-yaml based tools read the same values.
  const doc = new Document(document, { keepUndefined: false, aliasDuplicateObjects: false, version: '1.1' });
  visit(doc, {
    Map(_key, node) {
      // `{ $ref: … }` on one line, as the bundled specs write references.
      if (node.items.length === 1 && isScalar(node.items[0]?.key) && node.items[0].key.value === '$ref')
        node.flow = true;
    },
  });
  visit(doc, {
    Seq(_key, node) {
      const scalars = node.items.every((i) => isScalar(i));
      const refs = node.items.every((i) => isMap(i) && i.flow);
      const width = node.items.reduce((n: number, i) => n + (isScalar(i) ? String(i.value).length + 2 : 0), 0);
      if (
        (scalars &&
          width <= FLOW_LIST_WIDTH &&
          node.items.every((i) => !/[\n:#,[\]{}]/.test(String((i as { value: unknown }).value)))) ||
        (refs && node.items.length === 1)
      )
        node.flow = true;
    },
  });
  doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: true, singleQuote: true });
}
