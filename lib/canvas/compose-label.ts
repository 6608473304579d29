import type { TextPiece } from './text-piece';
import { boxHeight } from './geometry';

/** Icon internals ("Key", "Value" inside a drawn Redis logo) are written much smaller than the name. */
const MIN_FONT_RATIO = 0.4;
const BULLET_LINE = /^\s*([-•*▪◦]|\d+[.)])\s+/;

/** Whitespace other than single inner spaces: only such text needs normalising. */
const NEEDS_NORMALIZING = /[^\S ]| {2}|^ | $/;

export function normalizeText(text: string): string {
  // Most labels are already one clean line: skip the two replaces (the reader runs on every edit).
  if (!NEEDS_NORMALIZING.test(text)) return text;
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
  return readPieces(labelPieces(pieces));
}

/** The label of pieces `labelPieces` already kept: `composeLabel` without choosing again. */
export function readPieces(kept: readonly TextPiece[]): string {
  if (kept.length === 0) return '';
  // One piece reads as itself (its `norm` is already trimmed).
  return kept.length === 1 ? kept[0]!.norm : readingOrder(kept).trim();
}

/** Non-blank lines of the pieces (a notes panel has many). */
export function countLines(pieces: readonly TextPiece[]): number {
  let n = 0;
  for (const p of pieces) {
    if (!p.text.includes('\n')) n += p.text.trim() !== '' ? 1 : 0;
    else for (const line of p.text.split('\n')) if (line.trim() !== '') n += 1;
  }
  return n;
}

/** The pieces `composeLabel` actually reads. */
export function labelPieces(pieces: readonly TextPiece[]): TextPiece[] {
  if (pieces.length === 0) return [];
  let maxFont = -Infinity;
  for (const p of pieces) if (p.norm !== '' && p.fontSize > maxFont) maxFont = p.fontSize;
  if (maxFont === -Infinity) return [];
  const minFont = maxFont * MIN_FONT_RATIO;
  let kept = pieces.filter((p) => p.norm !== '' && p.fontSize >= minFont);
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
