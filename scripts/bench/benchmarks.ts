import { measure } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';
import { parseCaseFiles } from '../../lib/content/parse-case-files';
import { readCaseFiles } from '../../lib/content/load-cases';
import { createSession } from '../../lib/session/create-session';
import { restoreStoredSession } from '../../lib/session/restore-session';
import { setStepNotes } from '../../lib/session/session-actions';
import { SESSION_VERSION } from '../../lib/session/session-schema';

export type Benchmark = { name: string; run: () => BenchResult };

const SEED = 'ecommerce-data-platform';

export const benchmarks: Benchmark[] = [
  {
    // Validating a whole case: what content:check and the build do per case.
    name: 'case-parse',
    run: () => {
      const files = readCaseFiles(SEED);
      return measure('case-parse', () => parseCaseFiles(files), { n: 100 });
    },
  },
  {
    // Restoring a saved session with notes in every step: what a step page does on load.
    name: 'session-restore',
    run: () => {
      let session = createSession(SEED, 'bench-session', new Date('2026-01-01T00:00:00Z'));
      for (const step of ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'] as const) {
        session = setStepNotes(session, step, 'A line of notes.\n'.repeat(500), new Date('2026-01-01T01:00:00Z'));
      }
      const stored = { state: { session }, version: SESSION_VERSION };
      return measure('session-restore', () => restoreStoredSession(stored, SEED), { n: 500 });
    },
  },
];
