import { describe, expect, it } from 'vitest';
import { getClarifyIndex } from '../../../lib/clarify/clarify-index';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

describe('a case loaded again', () => {
  it('is an equal copy that callers may change without changing the next load', () => {
    const first = loadCase('iot-telemetry');
    const second = loadCase('iot-telemetry');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    first.rubric.steps.clarify.facts.length = 0;
    expect(loadCase('iot-telemetry').rubric.steps.clarify.facts.length).toBe(second.rubric.steps.clarify.facts.length);
    expect(second.rubric.steps.clarify.facts.length).toBeGreaterThan(0);
  });

  it('shares the clarify index built for the same facts, and answers the same', () => {
    const a = loadCase('ride-hailing').rubric;
    const b = loadCase('ride-hailing').rubric;
    expect(getClarifyIndex(b)).toBe(getClarifyIndex(a));
    const question = 'Roughly how many trip requests per second at the Friday evening peak?';
    expect(matchQuestion(question, b)).toEqual(matchQuestion(question, a));
  });

  it('gets its own index when its facts differ', () => {
    const a = loadCase('card-payments').rubric;
    const changed = structuredClone(a);
    changed.steps.clarify.facts = changed.steps.clarify.facts.filter((fact) => fact.topic !== 'retention');
    expect(getClarifyIndex(changed)).not.toBe(getClarifyIndex(a));
    const asked = 'How long do we keep the authorisation records?';
    expect(matchQuestion(asked, a).factId).not.toBeNull();
    expect(matchQuestion(asked, changed).factId === matchQuestion(asked, a).factId).toBe(false);
  });
});
