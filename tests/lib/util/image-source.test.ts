import { describe, expect, it } from 'vitest';
import { isAllowedImageSource } from '../../../lib/util/image-source';

const origin = 'https://trainer.example';

describe('images in learner Markdown', () => {
  it.each(['/diagrams/kafka.png', 'pictures/a.png', './a.png', 'https://trainer.example/a.png', 'data:image/png;base64,iVBORw0KGgo=', ' data:image/svg+xml,<svg/>'])('shows %s inline', (src) => {
    expect(isAllowedImageSource(src, origin)).toBe(true);
  });

  it.each([
    'http://example.org/pixel.png',
    'https://trainer.example.evil.org/a.png',
    '//example.org/pixel.png',
    '/\\example.org/pixel.png',
    '\\\\example.org\\pixel.png',
    ' https://example.org/a.png',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://trainer.example/1234',
    'http://trainer.example:8080/a.png',
    '',
    undefined,
  ])('shows %s as a link only', (src) => {
    expect(isAllowedImageSource(src, origin)).toBe(false);
  });

  it('without a known origin allows only relative paths and data: images', () => {
    expect(isAllowedImageSource('/a.png')).toBe(true);
    expect(isAllowedImageSource('https://trainer.example/a.png')).toBe(false);
    expect(isAllowedImageSource('data:image/gif;base64,R0lGOD')).toBe(true);
  });
});
