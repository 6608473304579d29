/**
 * Chains written with arrows in plain text: "phone app -> Kafka -> Flink -> Redis", "a → b", "a => b",
 * "Redis <- Spark". A whiteboard drawn in text states its parts and which way data moves between them.
 */

/** One link of a written chain: data moves from `from` to `to` (both trimmed, as written). */
export interface ArrowLink {
  from: string;
  to: string;
}

/** Forward marks ("->", "-->", "=>", "→", "⇒", "⟶") and backward ones ("<-", "<=", "←", "⇐"). */
const ARROW = /^(?:-+>|=+>|[\u2192\u21d2\u27f6\u2794\u279c\u27a1])/;
const BACK_ARROW = /^(?:<-+|<=+|[\u2190\u21d0\u27f5\u2b05])/;
/** What ends one chain and starts the next on the same line: a semicolon, a new line, a bullet's pipe. */
const CHAIN_BREAK = /^[;\n|]/;

type Piece = { kind: 'text'; text: string } | { kind: 'forward' } | { kind: 'backward' } | { kind: 'break' };

/** The pieces of a text: runs of words and the arrow marks between them, outside brackets only. */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let run = '';
  const flush = () => {
    if (run.trim() !== '') pieces.push({ kind: 'text', text: run.trim() });
    run = '';
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth -= 1;
    if (depth === 0) {
      const rest = text.slice(i, i + 8);
      const forward = ARROW.exec(rest);
      const backward = forward ? null : BACK_ARROW.exec(rest);
      const mark = forward ?? backward;
      if (mark) {
        flush();
        pieces.push({ kind: forward ? 'forward' : 'backward' });
        i += mark[0].length;
        continue;
      }
      if (CHAIN_BREAK.test(ch)) {
        flush();
        pieces.push({ kind: 'break' });
        i += 1;
        continue;
      }
    }
    run += ch;
    i += 1;
  }
  flush();
  return pieces;
}

/**
 * The links a text writes with arrows, in reading order: "a -> b -> c; d <- e" gives a->b, b->c, e->d.
 * Arrows inside brackets ("Flink (dedup -> window)") belong to the aside and are not links; a mark with
 * no words on one side links nothing. Pure; never throws; a text with no arrow gives [].
 */
export function arrowLinks(text: string): ArrowLink[] {
  if (typeof text !== 'string' || text === '') return [];
  const links: ArrowLink[] = [];
  const pieces = piecesOf(text);
  for (let i = 1; i + 1 < pieces.length; i += 1) {
    const mark = pieces[i]!;
    const before = pieces[i - 1]!;
    const after = pieces[i + 1]!;
    if (before.kind !== 'text' || after.kind !== 'text') continue;
    if (mark.kind === 'forward') links.push({ from: before.text, to: after.text });
    else if (mark.kind === 'backward') links.push({ from: after.text, to: before.text });
  }
  return links;
}

/** The key two written names share when they name one part: brackets and case set aside ("Kafka (key = id)" is "kafka"). */
export function chainNameKey(name: string): string {
  return name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
