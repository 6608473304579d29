import type { TextPiece } from './text-piece';
import { boxHeight } from './geometry';

/** Icon internals ("Key", "Value" inside a drawn Redis logo) are written much smaller than the name. */
const MIN_FONT_RATIO = 0.4;
const BULLET_LINE = /^\s*([-•*▪◦]|\d+[.)])\s+/;

export function normalizeText(text: string): string {
  // "cleansing/\ntransformation" was one word wrapped by hand.
  return text.replace(/([A-Za-z][/-])\s*\n\s*(?=[A-Za-z])/g, '$1').replace(/\s+/g, ' ').trim();
}

function isBulletList(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => BULLET_LINE.test(l));
}

/**
 * Turns the texts attached to one thing into its label: drops icon-internal small print and
 * bullet-list details when a title exists, then reads the rest top-to-bottom, left-to-right.
 */
export function composeLabel(pieces: readonly TextPiece[]): string {
  const kept = labelPieces(pieces);
  return kept.length === 0 ? '' : readingOrder(kept).trim();
}

/** The pieces `composeLabel` actually reads. */
export function labelPieces(pieces: readonly TextPiece[]): TextPiece[] {
  let kept = pieces.filter((p) => p.norm !== '');
  if (kept.length === 0) return kept;
  const maxFont = Math.max(...kept.map((p) => p.fontSize));
  kept = kept.filter((p) => p.fontSize >= maxFont * MIN_FONT_RATIO);
  if (kept.length > 1) {
    const titles = kept.filter((p) => !isBulletList(p.text));
    if (titles.length > 0) kept = titles;
  }
  return kept;
}

/** Rows by vertical overlap, then left to right; letters typed one by one ("A", "P", ...) join without spaces. */
function readingOrder(pieces: readonly TextPiece[]): string {
  const sorted = [...pieces].sort((a, b) => a.box.minY - b.box.minY || a.box.minX - b.box.minX || a.id.localeCompare(b.id));
  const rows: TextPiece[][] = [];
  let rowMaxY = -Infinity;
  for (const p of sorted) {
    const centerY = (p.box.minY + p.box.maxY) / 2;
    const row = rows[rows.length - 1];
    if (row && centerY <= rowMaxY) {
      row.push(p);
      rowMaxY = Math.max(rowMaxY, p.box.minY + boxHeight(p.box));
    } else {
      rows.push([p]);
      rowMaxY = p.box.maxY;
    }
  }
  return rows
    .map((row) => {
      const ordered = [...row].sort((a, b) => a.box.minX - b.box.minX || a.id.localeCompare(b.id));
      let out = '';
      let prev: TextPiece | null = null;
      for (const p of ordered) {
        const text = p.norm;
        if (prev === null) out = text;
        else {
          const gap = p.box.minX - prev.box.maxX;
          const glued = text.length <= 2 && prev.norm.length <= 2 && gap < p.fontSize * 0.6;
          out += (glued ? '' : ' ') + text;
        }
        prev = p;
      }
      return out;
    })
    .join(' ');
}
