import { describe, expect, it } from 'vitest';
import { classifyComponent } from '@/lib/canvas/classify-kind';

// Write-once (WORM) storage is object storage with a retention lock, whatever the vendor calls it.
describe('classifyComponent: write-once storage', () => {
  it.each(['WORM', 'WORM storage (6 y)', 'write-once storage', 'immutable archive for auditors'])('reads "%s" as object storage', (label) => {
    expect(classifyComponent(label).kinds).toContain('object_store');
  });

  it('does not read a worm-like word as storage', () => {
    expect(classifyComponent('wormhole relay').kinds).not.toContain('object_store');
  });
});
