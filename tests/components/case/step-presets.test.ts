import { describe, expect, it } from 'vitest';
import { stepPresets } from '@/components/case/step-presets';
import { deepDiveGradeInput, estimateGradeInput, presetKey, presetResult } from '@/components/scoring/preset-grade';
import { analyseClarify, scoreClarify } from '@/lib/clarify/score-clarify';
import { transcriptFromAnswers } from '@/lib/clarify/transcript-from-session';
import { listCaseSlugs, loadCase } from '@/lib/content/load-cases';
import { rubricForStep } from '@/lib/content/rubric-view';
import { deepDiveTeachingFeedback } from '@/lib/deep-dive/teaching-feedback';
import { scoreDesign } from '@/lib/design/score-design';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { availableValuesFor } from '@/lib/estimate/prepare-estimate';
import { createMockSession, createSession } from '@/lib/session/create-session';
import { sessionSchema } from '@/lib/session/session-schema';
import type { Session } from '@/lib/session/session-schema';

/** The key each workspace computes from a session, as components/<step>/<step>-workspace.tsx does. */
function workspaceKeys(session: Session) {
  const { answers } = session;
  return {
    clarify: presetKey(answers.clarify),
    estimate: presetKey(estimateGradeInput(answers.estimate.rows, answers.clarify, session.steps.estimate.notes)),
    design: presetKey(answers.design),
    'deep-dive': presetKey(deepDiveGradeInput(answers.deepDive, answers.deepDiveFollowUps)),
  };
}

/** A session as stored and read back: JSON through the session schema (what a revisit of the page reads). */
const storedAndRead = (session: Session): Session => sessionSchema.parse(JSON.parse(JSON.stringify(session)));

const at = new Date('2026-03-01T10:00:00Z');
const slugs = listCaseSlugs();

describe('the server\'s preset grade of untouched work', () => {
  it('covers every shipped case', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  for (const slug of slugs) {
    const full = loadCase(slug).rubric;
    it(`${slug}: matches the keys a new practice or mock attempt gives, before and after it is stored`, () => {
      for (const session of [createSession(slug, 's1', at), createMockSession(slug, 's2', at, 45)]) {
        for (const read of [session, storedAndRead(session)]) {
          const keys = workspaceKeys(read);
          expect(stepPresets('clarify', rubricForStep(full, 'clarify')).clarify?.key).toBe(keys.clarify);
          expect(stepPresets('estimate', rubricForStep(full, 'estimate')).estimate?.key).toBe(keys.estimate);
          expect(stepPresets('design', rubricForStep(full, 'design')).design?.key).toBe(keys.design);
          expect(stepPresets('deep-dive', rubricForStep(full, 'deep-dive'))['deep-dive']?.key).toBe(keys['deep-dive']);
        }
      }
    });

    it(`${slug}: holds what the engine returns for that work, and survives serialisation to the browser`, () => {
      const { answers, steps } = createSession(slug, 's1', at);
      const clarifyRubric = rubricForStep(full, 'clarify');
      const estimateRubric = rubricForStep(full, 'estimate');
      const designRubric = rubricForStep(full, 'design');
      const deepRubric = rubricForStep(full, 'deep-dive');
      const revealed = analyseClarify(transcriptFromAnswers(answers.clarify), estimateRubric).revealedFactIds;
      const availableValues = availableValuesFor(estimateRubric, revealed);
      const expected = {
        clarify: scoreClarify(transcriptFromAnswers(answers.clarify), clarifyRubric),
        estimate: { graded: gradeEstimate({ rows: answers.estimate.rows }, estimateRubric, { availableValues, notes: steps.estimate.notes }), availableValues },
        design: scoreDesign(answers.design, designRubric),
        'deep-dive': deepDiveTeachingFeedback(deepRubric.steps['deep-dive'].prompts, answers.deepDive, undefined),
      };
      const presets = {
        clarify: stepPresets('clarify', clarifyRubric).clarify?.result,
        estimate: stepPresets('estimate', estimateRubric).estimate?.result,
        design: stepPresets('design', designRubric).design?.result,
        'deep-dive': stepPresets('deep-dive', deepRubric)['deep-dive']?.result,
      };
      expect(presets).toEqual(expected);
      expect(JSON.parse(JSON.stringify(presets))).toEqual(expected);
      // An untouched design scores nothing yet says what is missing: the preset is not an empty shell.
      expect(expected.design.findings.length).toBeGreaterThan(0);
    });
  }

  it('stops applying once the learner changes anything, so the engine loads', () => {
    const slug = slugs[0] ?? 'ecommerce-data-platform';
    const full = loadCase(slug).rubric;
    const fresh = createSession(slug, 's1', at);
    const presets = {
      ...stepPresets('clarify', rubricForStep(full, 'clarify')),
      ...stepPresets('estimate', rubricForStep(full, 'estimate')),
      ...stepPresets('design', rubricForStep(full, 'design')),
      ...stepPresets('deep-dive', rubricForStep(full, 'deep-dive')),
    };
    const asked = { ...fresh.answers.clarify, questions: [{ text: 'How many orders a day?', askedAt: at.toISOString() }] };
    expect(presetResult(presets.clarify, asked)).toBeUndefined();
    expect(presetResult(presets.clarify, { ...fresh.answers.clarify, entities: 'orders' })).toBeUndefined();
    expect(presetResult(presets.clarify, fresh.answers.clarify)).toBeDefined();
    expect(presetResult(presets.estimate, estimateGradeInput([{ id: 'r1', name: 'daily_events', expr: '' }], fresh.answers.clarify, ''))).toBeUndefined();
    expect(presetResult(presets.estimate, estimateGradeInput([], asked, ''))).toBeUndefined();
    expect(presetResult(presets.estimate, estimateGradeInput([], fresh.answers.clarify, 'sized for 1.5x growth'))).toBeUndefined();
    expect(presetResult(presets.design, { ...fresh.answers.design, sla: 'within 5 minutes' })).toBeUndefined();
    expect(presetResult(presets.design, { ...fresh.answers.design, processingStyle: 'batch' })).toBeUndefined();
    const firstPrompt = rubricForStep(full, 'deep-dive').steps['deep-dive'].prompts[0]?.id ?? 'p1';
    expect(presetResult(presets['deep-dive'], deepDiveGradeInput({ [firstPrompt]: 'acks=all' }, undefined))).toBeUndefined();
    expect(presetResult(presets['deep-dive'], deepDiveGradeInput({}, { [firstPrompt]: { probes: {}, submittedAt: at.toISOString() } }))).toBeUndefined();
    expect(presetResult(undefined, fresh.answers.design)).toBeUndefined();
  });
});
