import { describe, expect, it } from 'vitest';
import { loadedAtOnce } from '../static-imports';

// The diagram step grades in a worker; the page itself must not carry the same engine a second time.
describe('the diagram step loads its grading engine once', () => {
  it('the checklist worker loads the engine', () => {
    const worker = loadedAtOnce('components/diagram/diagram-grader.worker.ts');
    expect(worker.has('lib/diagram/grade-scene.ts')).toBe(true);
    expect(worker.has('lib/diagram/score-diagram.ts')).toBe(true);
  });

  it('the workspace and its grade hook do not load it on the main thread at once (only as the fallback, on demand)', () => {
    for (const entry of ['components/diagram/diagram-workspace.tsx', 'components/diagram/use-scene-grade.ts']) {
      const loaded = loadedAtOnce(entry);
      expect(loaded.has('lib/diagram/grade-scene.ts'), entry).toBe(false);
      expect(loaded.has('lib/diagram/score-diagram.ts'), entry).toBe(false);
      expect(loaded.has('lib/canvas/read-scene.ts'), entry).toBe(false);
    }
  });
});
