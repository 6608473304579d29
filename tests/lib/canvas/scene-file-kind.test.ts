import { describe, expect, it } from 'vitest';
import { sceneFileKind, sceneFileNoun } from '@/lib/canvas/scene-file-kind';

describe('sceneFileKind', () => {
  it('reads Excalidraw exports by their double extension', () => {
    expect(sceneFileKind('flow.excalidraw.png')).toBe('png');
    expect(sceneFileKind('Flow.Excalidraw.SVG')).toBe('svg');
    expect(sceneFileKind('flow.excalidraw')).toBe('json');
    expect(sceneFileKind('flow.json', 'image/png')).toBe('json');
  });

  it('falls back to the MIME type, then to JSON', () => {
    expect(sceneFileKind('pasted', 'image/png')).toBe('png');
    expect(sceneFileKind('pasted', 'image/svg+xml')).toBe('svg');
    expect(sceneFileKind('notes.txt', 'text/plain')).toBe('json');
  });

  it('names each kind for a sentence', () => {
    expect(sceneFileNoun('png')).toBe('PNG');
    expect(sceneFileNoun('svg')).toBe('SVG');
    expect(sceneFileNoun('json')).toBe('file');
  });
});
