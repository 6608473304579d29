import type { Box } from './geometry';
import { unionBox } from './geometry';
import { normalizeText } from './compose-label';
import type { CanvasElement } from './canvas-element';
import { emptyList, listOf } from './young';

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

/** A `TextPiece` made by `new` so V8 never pretenures it (see ./young.ts). */
export class ReadPiece implements TextPiece {
  constructor(
    public id: string,
    public text: string,
    public norm: string,
    public box: Box,
    public fontSize: number,
    public elementIds: string[],
  ) {}
}

/** `piece` with its own (empty) element list, as a skeleton label carried on a shape has. */
export function pieceWithoutIds(piece: TextPiece): TextPiece {
  return new ReadPiece(piece.id, piece.text, piece.norm, piece.box, piece.fontSize, emptyList());
}

export function pieceFromElement(el: CanvasElement): TextPiece {
  return new ReadPiece(el.id, el.text, normalizeText(el.text), el.box, el.fontSize, listOf(el.id));
}

/** Grouped text elements (e.g. a two-line caption typed as two texts) become one piece. */
export function mergePieces(pieces: readonly TextPiece[]): TextPiece {
  const sorted = [...pieces].sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX);
  const first = sorted[0]!;
  let box = first.box;
  for (const p of sorted) box = unionBox(box, p.box);
  const text = sorted.map((p) => p.text).join('\n');
  return new ReadPiece(first.id, text, normalizeText(text), box, Math.max(...sorted.map((p) => p.fontSize)), sorted.flatMap((p) => p.elementIds));
}
