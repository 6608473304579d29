import { describe, expect, it } from 'vitest';
import { candidateRubric } from '../../../components/rooms/candidate-rubric';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import { createSession, newSessionId } from '../../../lib/session/create-session';
import { scoreSession } from '../../../lib/session/score-session';
import { practiceInterview } from '../../../lib/interview/interview-schema';

describe.each(listCaseSlugs())('the candidate rubric of %s', (slug) => {
  const rubric = loadCase(slug).rubric;
  const stripped = candidateRubric(rubric);
  const text = JSON.stringify(stripped);

  it('keeps what a mock shows: prompts, quantity names, deep-dive questions', () => {
    expect(stripped.steps.estimate.quantities.map((quantity) => quantity.title)).toEqual(rubric.steps.estimate.quantities.map((quantity) => quantity.title));
    expect(stripped.steps['deep-dive'].prompts.map((prompt) => prompt.question)).toEqual(rubric.steps['deep-dive'].prompts.map((prompt) => prompt.question));
    expect(stripped.steps.clarify.prompt).toBe(rubric.steps.clarify.prompt);
  });

  it('holds no fact, reference, key point, curveball or anchor', () => {
    for (const fact of rubric.steps.clarify.facts) expect(text).not.toContain(fact.answer);
    for (const quantity of rubric.steps.estimate.quantities) expect(text).not.toContain(quantity.reference);
    for (const prompt of rubric.steps['deep-dive'].prompts) for (const point of prompt.keyPoints) expect(text).not.toContain(point.text);
    for (const requirement of rubric.steps.diagram.requiredKinds) expect(text).not.toContain(requirement.why);
    if (rubric.curveball) expect(text).not.toContain(rubric.curveball.announcement);
    expect(stripped.anchors).toBeUndefined();
  });

  it('runs every engine without an error', () => {
    const session = createSession(slug, newSessionId(slug), new Date('2026-11-30T08:00:00Z'), practiceInterview());
    session.answers.estimate.rows = [{ id: 'r1', name: 'storage', expr: '200 GB/day * 365 day' }];
    session.answers.deepDive = Object.fromEntries(rubric.steps['deep-dive'].prompts.map((prompt) => [prompt.id, 'Replication factor 3 and acks=all.']));
    expect(() => scoreSession(session, stripped)).not.toThrow();
  });
});
