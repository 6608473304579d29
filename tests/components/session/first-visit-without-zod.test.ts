import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, staticImports } from '../static-imports';

/** The chain of files from `entry` to zod, or undefined when nothing it loads at once imports zod. */
function pathToZod(entry: string): string[] | undefined {
  const parent = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of staticImports(file)) {
      if (next === 'zod') {
        const chain = [file];
        for (let at = parent.get(file); at; at = parent.get(at)) chain.unshift(at);
        return chain.map((step) => path.relative(ROOT, step));
      }
      if (!parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

// A first visit to a step page has nothing stored: the session opens, the notes and the workspace render, and
// none of that needs a schema. zod (about 45 KB gzip) loads only to read a stored record or once an engine runs.
const OPENED_BEFORE_IDLE = [
  'components/session/session-provider.tsx',
  'components/step/step-page.tsx',
  'components/step/notes-panel.tsx',
  'components/clarify/clarify-workspace.tsx',
  'components/estimate/estimate-workspace.tsx',
  'components/design/design-workspace.tsx',
  'components/deep-dive/deep-dive-workspace.tsx',
  'lib/session/create-session.ts',
  'lib/session/apply-action.ts',
  // Runs before every page's modules: it sets zod's jitless option without loading zod (lib/util/zod-jitless.ts).
  'instrumentation-client.ts',
];

describe('a step page on a first visit', () => {
  it.each(OPENED_BEFORE_IDLE)('%s loads no zod at once', (file) => {
    expect(pathToZod(path.join(ROOT, file))).toBeUndefined();
  });

  it('the check finds zod where it is loaded at once', () => {
    expect(pathToZod(path.join(ROOT, 'lib/session/restore-session.ts'))).toEqual(['lib/session/restore-session.ts', 'lib/session/session-schema.ts']);
  });
});
