import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import { asksForSolutionCue } from '../../../lib/text/interview-meta';

// Lines written for this file (other cases and wording than golden round 21); the topic an interviewer hears, and the
// score of the transcript, were decided before the engine ran.
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('a line that hands the design back to the interviewer', () => {
  const handedBack: [string, string][] = [
    ['ride-hailing', 'If you were in my shoes, how would you design the surge pipeline?'],
    ['ride-hailing', 'Which stream processor would you go with for the GPS pings?'],
    ['ride-hailing', 'What would a strong answer include for this case?'],
    ['ride-hailing', 'Is there an existing surge design you want me to reuse?'],
    ['ride-hailing', 'What do you think works best here, Flink or Spark?'],
    ['iot-telemetry', 'How would you tackle the ingestion from the gateways if it were up to you?'],
    ['iot-telemetry', 'Which tools would you use to stay compliant with GDPR?'],
    ['card-payments', 'Which warehouse do you recommend for the finance team?'],
  ];
  it.each(handedBack)('%s: "%s" asks for the answer, no requirement (interviewer: no topic)', (slug, question) => {
    expect(asksForSolutionCue(question)).not.toBeNull();
    expect(ask(slug, question).topic).toBeNull();
  });

  const real: [string, string, string][] = [
    ['ride-hailing', 'Is there a reference product we are modelling this on, like Uber?', 'scope_reference'],
    ['ride-hailing', 'What do you use today to store trips?', 'existing_systems'],
    ['ride-hailing', 'How do you handle late GPS pings today?', 'existing_systems'],
    ['ride-hailing', 'What would you expect the surge freshness to be?', 'latency_sla'],
    ['iot-telemetry', 'How long do you keep raw readings today?', 'retention'],
  ];
  it.each(real)('%s: "%s" still asks the case (interviewer: %s)', (slug, question, topic) => {
    expect(ask(slug, question).topic).toBe(topic);
  });

  it('a transcript of such lines with one vague size question is near nothing (interviewer: 6)', () => {
    const result = scoreClarify(
      {
        questions: [
          'How would you go about the MQTT ingestion if you were me?',
          'Which architecture would you choose here, lambda or kappa?',
          'What tools would you pick for GDPR?',
          'Is there a design you would like me to follow?',
          'Roughly how much data?',
          'What are you looking for in an answer?',
        ],
        entities: [],
      },
      loadCase('iot-telemetry').rubric,
    );
    expect(result.score).toBeLessThanOrEqual(15);
  });
});
