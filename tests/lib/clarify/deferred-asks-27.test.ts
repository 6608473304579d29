import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';

// An ask put off until later is not asked: the interviewer answers nothing and the topic earns nothing.
// Phrasings written for this kind (round 27), on cases other than the golden entry that showed it.
const rubricOf = (slug: string) => loadCase(slug).rubric;
const rides = rubricOf('ride-hailing');
const cards = rubricOf('card-payments');
const plants = rubricOf('iot-telemetry');
const health = rubricOf('healthcare-records');

describe('a deferred ask earns no topic', () => {
  const deferrals: [string, string, typeof rides][] = [
    ['plants', 'We can talk about how long raw readings are kept after the design.', plants],
    ['plants', "Late readings and the OT network rules - let's park those for now.", plants],
    ['rides', "I'll come back to GDPR on the GPS traces later, if there's time.", rides],
    ['rides', 'Availability of the surge path we should probably figure out in the next round.', rides],
    ['cards', 'PCI scope we could look at once the design is done.', cards],
    ['health', 'Retention of the audit logs can wait until later.', health],
    ['health', "Let's leave the HIPAA side for the end.", health],
  ];
  it.each(deferrals)('%s: %s', (_, question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match).toMatchObject({ unasked: 'deferred', topic: null, kind: 'not-a-question' });
  });

  it('a line that asks one thing and defers another is answered on what it asks only', () => {
    const match = matchQuestion('How many readings does a sensor send per second? Retention we can discuss later.', plants);
    expect(match.topic).toBe('scale_now');
    expect(match.second?.topic).not.toBe('retention');
    expect(match.deferred).toMatch(/Retention/);
  });

  const realAsks: [string, string, typeof rides][] = [
    ['rides', 'Do late pings get reprocessed later in a batch, or dropped?', rides],
    ['plants', 'If the uplink drops, do the gateways send the readings later?', plants],
    ['health', 'Can the quality dashboard wait until 07:00, or must it be earlier?', health],
    ['cards', 'How long do we keep the ledger, and can old entries be archived later?', cards],
    ['cards', 'Will we need to re-score authorisations later when chargebacks arrive?', cards],
  ];
  it.each(realAsks)('a time in the system defers nothing (%s): %s', (_, question, rubric) => {
    const match = matchQuestion(question, rubric);
    expect(match.unasked).toBeUndefined();
    expect(match.deferred).toBeUndefined();
    expect(match.kind).toBe('answer');
  });
});

describe('a transcript that defers half its asks is graded on the half it asked', () => {
  // Interviewer's score, written before running the engine: 45. Scope, consumers, volume, alert latency and the
  // gateways are asked well; growth is never asked; retention, late readings, availability and operator privacy are
  // named only to be put off.
  const deferring = {
    questions: [
      'Is this a telemetry platform for the plants, not control of the machines?',
      'Who looks at the output - technicians on alerts, engineers on dashboards?',
      'How many machines and sensors, and how often does each sensor report?',
      'How fast must an alert about a failing machine reach a technician?',
      'What do the gateways run today?',
      "Retention and late readings we can work out after the design; uptime I'll come back to later.",
      "Privacy of operator ids - let's park that for the next phase.",
    ],
    entities: ['machine', 'sensor', 'reading', 'alert', 'plant'],
  };
  it('is graded near the interviewer (45), well below a complete one', () => {
    const result = scoreClarify(deferring, plants);
    expect(Math.abs(result.score - 45)).toBeLessThanOrEqual(15);
    expect(result.findings.map((finding) => finding.code)).toContain('clarify.deferred-question');
    const missing = result.findings.filter((finding) => finding.code === 'clarify.topic-missing').map((finding) => finding.message);
    expect(missing.some((message) => /retention/i.test(message))).toBe(true);
    expect(missing.some((message) => /personal data/i.test(message))).toBe(true);
  });
});
