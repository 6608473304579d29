import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';

/** A 1-based position in the file the mentor edits. */
export type SourcePosition = { line: number; column: number };

/** A parsed YAML (or JSON) text that can say where each data path sits in the file. */
export type SourceMap = {
  document: Document;
  /** The data as plain values (what the schema checks). */
  data: unknown;
  /** Where `path` sits: the value, or for a collection reached by a key, that key; the nearest parent when the path is missing. */
  locate: (path: readonly PropertyKey[]) => SourcePosition | undefined;
  /** Where the key `key` of the mapping at `path` sits (for an unrecognised field). */
  locateKey: (path: readonly PropertyKey[], key: string) => SourcePosition | undefined;
  /** 1-based position of an offset in the text. */
  position: (offset: number) => SourcePosition;
};

const keyText = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/**
 * Parses `text` keeping source ranges (YAML, and JSON, which the YAML parser reads too). `lineOffset` is
 * the number of lines before `text` in its file (the `---` of a frontmatter), so positions are the file's.
 */
export function parseWithPositions(text: string, lineOffset = 0): SourceMap {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: true, lineCounter, prettyErrors: true });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const walk = (path: readonly PropertyKey[]): { node: unknown; anchor: Node | undefined; complete: boolean; pair?: Pair } => {
    let node: unknown = document.contents;
    let anchor: Node | undefined = document.contents ?? undefined;
    let pair: Pair | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const found = node.items.find((item) => isPair(item) && keyText(item) === String(key));
        if (!found) return { node, anchor, complete: false, pair };
        pair = found;
        node = found.value;
        anchor = isScalar(found.value) || found.value === null ? ((found.value as Node | null) ?? (found.key as Node)) : (found.key as Node);
      } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
        pair = undefined;
        node = node.items[key];
        anchor = node as Node;
      } else return { node, anchor, complete: false, pair };
    }
    return { node, anchor, complete: true, pair };
  };
  const at = (node: Node | undefined) => (node?.range ? position(node.range[0]) : undefined);
  return {
    document,
    data: document.errors.length === 0 ? document.toJS() : undefined,
    position,
    locate: (path) => at(walk(path).anchor),
    locateKey: (path, key) => {
      const { node, complete } = walk(path);
      if (complete && isMap(node)) {
        const found = node.items.find((item) => isPair(item) && keyText(item) === key);
        if (found) return at(found.key as Node);
      }
      return at(walk(path).anchor);
    },
  };
}
