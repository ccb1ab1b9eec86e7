/**
 * Maps JSON pointers in a YAML document back to line and column, so that every problem found on the
 * parsed data can be reported at its place in the file.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parsePointer } from './pointer.js';

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  /** The document as plain data (`undefined` when the YAML did not parse). */
  data: unknown;
  /** YAML syntax errors, already positioned. */
  errors: { message: string; line: number; col: number }[];
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  positionOf(pointer: string): Position;
}

/** Parse YAML (or JSON, which is YAML) keeping enough of the CST to position any pointer. */
export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    const firstLine = e.message.split('\n')[0] ?? e.message;
    return { message: firstLine.replace(/ at line \d+, column \d+:?$/, ''), line: pos.line, col: pos.col };
  });
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 1, col: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  return {
    data: errors.length ? undefined : doc.toJS({ maxAliasCount: 1000 }),
    errors,
    positionOf(pointer: string): Position {
      let node: unknown = doc.contents;
      let keyNode: Node | undefined;
      for (const token of parsePointer(pointer)) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
          if (!pair) break;
          keyNode = pair.key as Node;
          node = pair.value;
        } else if (isSeq(node)) {
          const item = node.items[Number(token)];
          if (item === undefined) break;
          keyNode = undefined;
          node = item;
        } else {
          break;
        }
      }
      // Point at the key of a mapping entry (`payload:`) rather than at its value on the next line.
      const target = keyNode?.range ? keyNode : (node as Node | null | undefined);
      return at(target?.range?.[0]);
    },
  };
}
