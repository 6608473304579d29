import type { Box } from './geometry';
import { unionBox } from './geometry';
import { normalizeText } from './compose-label';
import type { CanvasElement } from './canvas-element';

/** A run of text placed on the canvas: one text element, or several grouped text elements read as one. */
export interface TextPiece {
  /** Id of the first text element; stable. */
  id: string;
  text: string;
  /** `text` with whitespace normalised, computed once. */
  norm: string;
  box: Box;
  fontSize: number;
  elementIds: string[];
}

export function pieceFromElement(el: CanvasElement): TextPiece {
  return { id: el.id, text: el.text, norm: normalizeText(el.text), box: el.box, fontSize: el.fontSize, elementIds: [el.id] };
}

/** Grouped text elements (e.g. a two-line caption typed as two texts) become one piece. */
export function mergePieces(pieces: readonly TextPiece[]): TextPiece {
  const sorted = [...pieces].sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX);
  const first = sorted[0]!;
  let box = first.box;
  for (const p of sorted) box = unionBox(box, p.box);
  const text = sorted.map((p) => p.text).join('\n');
  return {
    id: first.id,
    text,
    norm: normalizeText(text),
    box,
    fontSize: Math.max(...sorted.map((p) => p.fontSize)),
    elementIds: sorted.flatMap((p) => p.elementIds),
  };
}
