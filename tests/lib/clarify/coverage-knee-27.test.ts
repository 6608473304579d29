import { describe, expect, it } from 'vitest';
import { ABOVE_KNEE_SHARE, COVERAGE_KNEE, coverageAboveKnee } from '../../../lib/clarify/coverage-knee';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

describe('coverageAboveKnee', () => {
  it('withholds nothing at or below the knee', () => {
    expect(coverageAboveKnee(80, 100)).toBeNull();
    expect(coverageAboveKnee(10, 200)).toBeNull();
    expect(coverageAboveKnee(5, 0)).toBeNull();
  });
  it('counts coverage above the knee at its share, with a finding carrying the points withheld', () => {
    const read = coverageAboveKnee(300, 300);
    expect(read?.withheld).toBeCloseTo(300 * (1 - COVERAGE_KNEE) * (1 - ABOVE_KNEE_SHARE));
    expect(read?.finding).toMatchObject({ code: 'clarify.beyond-topics', severity: 'missing' });
    // Counted as lost beside the 300 earned, the finding's points give the lowered share.
    const share = (300 - (read?.withheld ?? 0)) / 300;
    expect(300 / (300 + (read?.finding.points ?? 0))).toBeCloseTo(share);
  });
});

describe('a complete transcript lands where an interviewer puts it', () => {
  // Interviewer's score, written before running the engine: 84. Plain, specific asks over every topic of the IoT
  // case, scope first; nothing on how late readings arrive or what the OT network lets out, and no priority said.
  const complete = {
    questions: [
      'Are we building the telemetry platform for the plants, with machine control left out?',
      'Are readings only ever appended, or are they edited after the fact?',
      'Who uses the results: technicians on the floor, reliability engineers, plant managers?',
      'How many machines and sensors are there, how often does each sensor report, and how big is a reading?',
      'How fast will the fleet grow, and how big is the burst when a plant reconnects after an outage?',
      'What runs today between the machines and the cloud - gateways, a broker, historians?',
      'Which comes first: alerts on failing machines, or the OEE reports?',
      'How quickly must an anomaly alert reach a technician, and when must the daily OEE be ready?',
      'How much downtime can alerting take, and may any readings be lost?',
      'How long do we keep raw readings, and the rollups?',
      'What format do the gateways send, and does it change with firmware?',
      'Is any personal data in there, like operator badge ids?',
    ],
    entities: ['plant', 'machine', 'sensor', 'reading', 'anomaly alert'],
  };
  it('is near 84 and says what a topic count cannot see', () => {
    const result = scoreClarify(complete, loadCase('iot-telemetry').rubric);
    expect(Math.abs(result.score - 84)).toBeLessThanOrEqual(8);
    expect(result.findings.map((finding) => finding.code)).toContain('clarify.beyond-topics');
  });

  // Interviewer's score, written before running the engine: 30. Three good asks on the card case and nothing else.
  const few = {
    questions: ['How many authorisations a day?', 'How many milliseconds does the fraud score get?', 'How long must we keep ledger entries?'],
    entities: ['card', 'authorisation'],
  };
  it('leaves a short transcript below the knee untouched', () => {
    const result = scoreClarify(few, loadCase('card-payments').rubric);
    expect(result.findings.map((finding) => finding.code)).not.toContain('clarify.beyond-topics');
    expect(Math.abs(result.score - 30)).toBeLessThanOrEqual(15);
  });
});
