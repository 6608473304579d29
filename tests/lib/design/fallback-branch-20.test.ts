import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { scoreDesign } from '../../../lib/design/score-design';

const grade = (slug: string, answer: Partial<DesignAnswer>) => scoreDesign({ ...emptyDesignAnswer(), ...answer }, loadCase(slug).rubric);
const codes = (slug: string, answer: Partial<DesignAnswer>) => grade(slug, answer).findings.map((finding) => finding.code);
const CONTRADICTED = ['design.field-contradiction', 'design.style-negated', 'design.contradicted-cap'];

// Interviewer's reading, written before running: a fallback that rejects an alternative ("never a blank price") says
// what happens when a part fails; it takes nothing back, so no contradiction and no cap.
describe('a fallback branch that rejects an alternative', () => {
  it('contradicts no output the design lists (ride-hailing, iot, healthcare)', () => {
    const ride = codes('ride-hailing', {
      useCase: 'Surge multiplier per H3 cell every 30 s; if the job falls behind, the static fare table, never dynamic pricing.',
      outputs: [{ consumer: 'pricing service', store: 'Redis, multiplier per cell' }],
      processingStyle: 'streaming',
    });
    const iot = codes('iot-telemetry', {
      useCase: 'OEE per line every hour; when the warehouse is unavailable, last known figures, not dashboards.',
      outputs: [{ consumer: 'plant managers', store: 'OEE dashboards on the warehouse' }],
      processingStyle: 'both',
    });
    const census = codes('healthcare-records', {
      useCase: 'Census within 2 minutes of the ADT; if the ADT feed stalls, the ward clerk phone list, never a census board.',
      outputs: [{ consumer: 'bed managers', store: 'census board' }],
      processingStyle: 'both',
    });
    for (const found of [ride, iot, census]) for (const code of CONTRADICTED) expect(found).not.toContain(code);
  });
  it('still reads a plain denial of a listed output as a contradiction', () => {
    expect(
      codes('iot-telemetry', {
        useCase: 'OEE per line every hour; no OEE dashboard is needed.',
        outputs: [{ consumer: 'plant managers', store: 'OEE dashboards on the warehouse' }],
        processingStyle: 'both',
      }),
    ).toContain('design.field-contradiction');
  });
});
