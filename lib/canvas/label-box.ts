import type { Size } from './free-spot';

/** Measures one line of text in the label's font, in CSS pixels at zoom 1. */
export type MeasureText = (text: string) => number;

export interface LabelBoxOptions {
  fontSize: number;
  /** Line height as a multiple of the font size (Excalidraw's Excalifont uses 1.25). */
  lineHeight: number;
  /** Padding Excalidraw keeps between a container's border and its bound text (5 px in 0.18). */
  textPadding: number;
  minWidth: number;
  maxWidth: number;
  minHeight: number;
}

/** Palette boxes: 16 px Excalifont, at least as big as the old fixed 180 x 64 box, wrapped past 260 px. */
export const PALETTE_LABEL_BOX: LabelBoxOptions = { fontSize: 16, lineHeight: 1.25, textPadding: 5, minWidth: 180, maxWidth: 260, minHeight: 64 };

/** Room left either side of the widest line beyond Excalidraw's own padding, so a font's rounding never wraps a word. */
const SLACK = 12;

/**
 * A container size that shows `label` whole: one line when it fits within `maxWidth`, otherwise
 * wrapped at spaces into as few lines as fit (a single word wider than `maxWidth` widens the box
 * rather than being cut). Returns the size and the lines, so the caller can check the wrap.
 */
export function fitLabelBox(label: string, measure: MeasureText, options: LabelBoxOptions = PALETTE_LABEL_BOX): Size & { lines: string[] } {
  const words = label.trim().split(/\s+/).filter((word) => word !== '');
  const inner = (width: number) => width - 2 * (options.textPadding + SLACK);
  const widthOf = (text: string) => {
    const measured = measure(text);
    return Number.isFinite(measured) && measured > 0 ? measured : 0;
  };
  const limit = inner(options.maxWidth);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && widthOf(`${last} ${word}`) <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const widest = lines.reduce((max, line) => Math.max(max, widthOf(line)), 0);
  const width = Math.max(options.minWidth, Math.ceil(widest + 2 * (options.textPadding + SLACK)));
  const textHeight = Math.max(1, lines.length) * options.fontSize * options.lineHeight;
  const height = Math.max(options.minHeight, Math.ceil(textHeight + 2 * (options.textPadding + SLACK)));
  return { width, height, lines };
}
