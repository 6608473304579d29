import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignAnswer } from '@/lib/design/design-answer-schema';
import { parseSlaSeconds } from '@/lib/design/parse-sla';
import { scoreDesign } from '@/lib/design/score-design';
import { findingSchema } from '@/lib/scoring/finding';
import { seedRubric } from '../clarify/seed-case';
import { fixtureRubric } from './fixture-rubric';

const rubrics = [fixtureRubric(), fixtureRubric({ freshnessSeconds: undefined }), fixtureRubric({ processingStyle: 'batch', freshnessSeconds: 86_400 }), seedRubric()].filter(
  (rubric) => rubric !== undefined,
);

const words = ['postgres', 'CDC', 'clickstream', 'events', 'csv', 'sftp', 'looker', 'dashboard', 'inventory', 'ml', '5', 'five', 'min', 'm', 'hourly', 'daily', 'by', '06:00', 'T+1', 'real-time', 'near', 'sub-second', 'a', 'per', 'twice', 'times', 'half', 'of', 'an', 'hour', 'the', 'within', '%', '-', ' '];
const text = fc.oneof(fc.string({ maxLength: 120 }), fc.array(fc.constantFrom(...words), { maxLength: 20 }).map((parts) => parts.join(' ')));
const mode = fc.constantFrom('batch', 'stream', '') as fc.Arbitrary<DesignAnswer['inputs'][number]['mode']>;
const style = fc.constantFrom('batch', 'streaming', 'both', '') as fc.Arbitrary<DesignAnswer['processingStyle']>;
const design: fc.Arbitrary<DesignAnswer> = fc.record({
  inputs: fc.array(fc.record({ name: text, mode, format: text, rate: text }), { maxLength: 6 }),
  useCase: text,
  sla: text,
  outputs: fc.array(fc.record({ consumer: text, store: text }), { maxLength: 6 }),
  processingStyle: style,
  reason: text,
});

describe('random answers', () => {
  it('never throw, keep the score in 0..100, keep findings valid and stay deterministic', () => {
    fc.assert(
      fc.property(design, fc.nat(rubrics.length - 1), (answer, which) => {
        const rubric = rubrics[which]!;
        const result = scoreDesign(answer, rubric);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(result.score)).toBe(true);
        for (const finding of result.findings) findingSchema.parse(finding);
        expect(scoreDesign(answer, rubric)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on values of any shape', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = scoreDesign(value as DesignAnswer, rubrics[0]!);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  });

  it('parse any SLA text to a positive finite number of seconds or undefined', () => {
    fc.assert(
      fc.property(text, (sla) => {
        const seconds = parseSlaSeconds(sla);
        if (seconds !== undefined) {
          expect(Number.isFinite(seconds)).toBe(true);
          expect(seconds).toBeGreaterThan(0);
        }
        expect(parseSlaSeconds(sla)).toBe(seconds);
      }),
      { numRuns: 500 },
    );
  });
});
