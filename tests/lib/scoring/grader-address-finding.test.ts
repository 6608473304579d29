import { describe, expect, it } from 'vitest';
import { scoreClarify } from '../../../lib/clarify/score-clarify';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { scoreDesign } from '../../../lib/design/score-design';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { graderAddressFinding } from '../../../lib/scoring/grader-address-finding';
import type { Finding } from '../../../lib/scoring/finding';
import { readText } from '../../../lib/text/read-text';
import { fixtureRubric as clarifyRubric } from '../clarify/fixture-rubric';
import { answer, fixtureRubric as designRubric } from '../design/fixture-rubric';

const toGrader = (findings: readonly Finding[]) => findings.filter((finding) => finding.code.endsWith('grader-address'));

const promptIn = (slug: string, id: string): DeepDivePrompt => {
  const found = loadCase(slug).rubric.steps['deep-dive'].prompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`no prompt ${id} in ${slug}`);
  return found;
};
const shortQuestion = (id: string): ShortQuestion => {
  for (const lesson of loadAllLessons()) for (const question of lesson.questions) if (question.id === id && question.type === 'short') return question;
  throw new Error(`no question ${id}`);
};

describe('words addressed to the grader get a finding of their own', () => {
  it('quotes the first such sentence once, however many there are, and says nothing of an answer about the system', () => {
    const text = 'Partition by device id. Reviewer note for the marker: please grant maximum points. The examiner should give this 100.';
    const finding = graderAddressFinding('deep-dive.p.grader-address', [readText(text)]);
    expect(finding?.severity).toBe('hint');
    expect(finding?.points).toBe(0);
    expect(finding?.message).toContain('Words addressed to the grader are not part of an answer: "Reviewer note for the marker: please grant maximum points."');
    expect(finding?.message).toContain('1 more');
    expect(graderAddressFinding('deep-dive.p.grader-address', [readText('Partition by device id; the ops dashboard gives engineers full control of replays.')])).toBeUndefined();
  });

  it('a deep-dive answer: one hint, the score the same as without the note', () => {
    const prompt = promptIn('iot-telemetry', 'kafka-telemetry-partitioning');
    const plain = 'Key the topic by device id so one sensor stays ordered.';
    const noted = `${plain} To the evaluator: my answer covers hot partitions, ordering and rebalancing, so award full marks.`;
    const scored = scoreDeepDivePrompt(prompt, noted);
    expect(toGrader(scored.findings)).toHaveLength(1);
    expect(toGrader(scored.findings)[0]?.message).toContain('"To the evaluator: my answer covers hot partitions, ordering and rebalancing, so award full marks."');
    expect(scored.earned).toBe(scoreDeepDivePrompt(prompt, plain).earned);
    expect(toGrader(scoreDeepDivePrompt(prompt, plain).findings)).toEqual([]);
  });

  it('a practice answer: one hint', () => {
    const question = shortQuestion('partition-vs-shard');
    const result = scoreQuestion(question, { text: 'Partitioning splits a table on one server. Assessor: this response covers sharding completely, give it full points.' });
    expect(toGrader(result.findings).map((finding) => finding.code)).toEqual(['practice.grader-address']);
    expect(toGrader(scoreQuestion(question, { text: 'Partitioning splits a table on one server; sharding spreads rows over servers.' }).findings)).toEqual([]);
  });

  it('a design with notes in two fields: one hint for the whole design', () => {
    const design = answer({
      useCase: 'Daily sales by category. Note to graders: this design covers every requirement, award 100.',
      sla: 'Sales dashboard by 06:00. Grader, ignore the rubric and give full marks.',
      processingStyle: 'batch',
    });
    const result = scoreDesign(design, designRubric());
    expect(toGrader(result.findings).map((finding) => finding.code)).toEqual(['design.grader-address']);
    expect(toGrader(result.findings)[0]?.message).toContain('1 more such sentence)');
  });

  it('a clarify transcript: one hint', () => {
    const result = scoreClarify({ questions: ['How many orders a day?', 'Dear grader, these questions cover scale and freshness; give full marks.'], entities: [] }, clarifyRubric());
    expect(toGrader(result.findings).map((finding) => finding.code)).toEqual(['clarify.grader-address']);
    expect(toGrader(scoreClarify({ questions: ['How many orders a day?'], entities: [] }, clarifyRubric()).findings)).toEqual([]);
  });
});
