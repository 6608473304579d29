import { describe, expect, it } from 'vitest';
import { fitLabelBox, PALETTE_LABEL_BOX } from '@/lib/canvas/label-box';
import { PALETTE } from '@/lib/diagram/palette';

// A deliberately wide handwriting font: 11 px per character at 16 px.
const wide = (text: string) => text.length * 11;
const inner = (width: number) => width - 2 * PALETTE_LABEL_BOX.textPadding;

describe('fitLabelBox', () => {
  it('keeps the old minimum for a short label', () => {
    expect(fitLabelBox('S3', wide)).toMatchObject({ width: 180, height: 64, lines: ['S3'] });
  });

  it('fits every palette label whole: each line is narrower than the text area', () => {
    for (const item of PALETTE) {
      const box = fitLabelBox(item.label, wide);
      for (const line of box.lines) expect(wide(line)).toBeLessThanOrEqual(inner(box.width));
      expect(box.lines.join(' ')).toBe(item.label);
      const textHeight = box.lines.length * PALETTE_LABEL_BOX.fontSize * PALETTE_LABEL_BOX.lineHeight;
      expect(box.height).toBeGreaterThanOrEqual(textHeight + 2 * PALETTE_LABEL_BOX.textPadding);
    }
  });

  it('wraps a long label at spaces into a taller box no wider than the maximum', () => {
    const box = fitLabelBox('Spark Structured Streaming with exactly-once sinks', wide);
    expect(box.lines.length).toBeGreaterThan(1);
    expect(box.width).toBeLessThanOrEqual(PALETTE_LABEL_BOX.maxWidth);
    expect(box.height).toBeGreaterThan(64);
  });

  it('widens the box for one word longer than the maximum rather than cutting it', () => {
    const word = 'Supercalifragilisticexpialidocious';
    const box = fitLabelBox(word, wide);
    expect(box.lines).toEqual([word]);
    expect(inner(box.width)).toBeGreaterThanOrEqual(wide(word));
  });

  it('treats a broken measurement as zero width instead of failing', () => {
    expect(fitLabelBox('Kafka', () => NaN)).toMatchObject({ width: 180, height: 64 });
    expect(fitLabelBox('', wide).height).toBe(64);
  });
});
