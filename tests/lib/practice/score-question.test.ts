import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import type { QuestionAnswer } from '../../../lib/practice/score-question';
import { COMPLETE_SCORE, multiChoice, shortAnswer, singleChoice } from './fixtures';

const codes = (result: { findings: { code: string; severity: string }[] }) => result.findings.map((finding) => `${finding.severity}:${finding.code}`);

describe('scoreQuestion on a one-answer choice', () => {
  it('gives full marks for the correct option', () => {
    const result = scoreQuestion(singleChoice, { selected: ['kraft'] });
    expect(result).toMatchObject({ correct: true, score: 100 });
    expect(codes(result)).toEqual(['good:practice.option-correct']);
  });

  it('names the wrong pick with its reason and the right answer', () => {
    const result = scoreQuestion(singleChoice, { selected: ['zookeeper'] });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(result.findings).toEqual([
      { code: 'practice.option-wrong', severity: 'wrong', message: 'Not right: "ZooKeeper". Kafka 4.0 removed ZooKeeper.', neutral: 'Not right: "ZooKeeper".', points: 1, refs: ['zookeeper'] },
      { code: 'practice.option-missed', severity: 'missing', message: 'Also correct: "KRaft controllers".', neutral: 'The right option is another one.', points: 1, refs: ['kraft'] },
    ]);
  });

  it('gives nothing for picking several options of a one-answer question', () => {
    const result = scoreQuestion(singleChoice, { selected: ['kraft', 'zookeeper'] });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(codes(result)).toEqual(['wrong:practice.too-many-options']);
  });

  it('scores an empty selection as 0 with a hint', () => {
    const result = scoreQuestion(singleChoice, { selected: [] });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(codes(result)).toEqual(['missing:practice.option-missed', 'hint:practice.no-answer']);
  });

  it('ignores unknown and repeated option ids', () => {
    const result = scoreQuestion(singleChoice, { selected: ['kraft', 'kraft', 'nope'] });
    expect(result).toMatchObject({ correct: true, score: 100 });
    expect(codes(result)).toEqual(['hint:practice.unknown-option', 'good:practice.option-correct']);
  });
});

describe('scoreQuestion on a multi-select choice', () => {
  it('gives full marks for exactly the correct options, in any order', () => {
    expect(scoreQuestion(multiChoice, { selected: ['compression', 'pruning', 'stats'] })).toMatchObject({ correct: true, score: 100 });
  });

  it('gives partial credit for some of the correct options and names the missed ones', () => {
    const result = scoreQuestion(multiChoice, { selected: ['pruning', 'stats'] });
    expect(result).toMatchObject({ correct: false, score: 67 });
    expect(result.findings.filter((finding) => finding.severity === 'missing').map((finding) => finding.refs)).toEqual([['compression']]);
  });

  it('lets each wrong pick cancel a right one, so ticking everything is not full marks', () => {
    expect(scoreQuestion(multiChoice, { selected: ['pruning', 'stats', 'compression', 'acid'] })).toMatchObject({ correct: false, score: 67 });
    expect(scoreQuestion(multiChoice, { selected: ['pruning', 'acid'] })).toMatchObject({ correct: false, score: 0 });
    expect(scoreQuestion(multiChoice, { selected: ['acid'] })).toMatchObject({ correct: false, score: 0 });
  });
});

describe('scoreQuestion on a short answer', () => {
  it('matches key points through stems, case, punctuation and phrasing', () => {
    const result = scoreQuestion(shortAnswer, { text: 'Kafka REPLAYS the failed batch; Spark CHECKPOINTS offsets; the sink upserts by key (idempotently).' });
    expect(result).toMatchObject({ correct: true, score: COMPLETE_SCORE });
    // Every point is covered; the one finding short of it is depth, flagged as such.
    expect(result.findings.filter((finding) => finding.severity !== 'good').map((finding) => [finding.code, finding.depth])).toEqual([['practice.depth', true]]);
  });

  it('matches synonyms from the shared text tools', () => {
    const question = { ...shortAnswer, keyPoints: [{ id: 'dw', text: 'Load it into a data warehouse.', keywords: ['data warehouse'], assert: [], values: [] }] };
    expect(scoreQuestion(question, { text: 'I would load the DWH nightly' })).toMatchObject({ correct: true, score: COMPLETE_SCORE });
    expect(scoreQuestion(question, { text: 'warehousing it' })).toMatchObject({ correct: true, score: COMPLETE_SCORE });
  });

  it('names each missing key point', () => {
    const result = scoreQuestion(shortAnswer, { text: 'We need checkpointing.' });
    expect(result).toMatchObject({ correct: false, score: 33 });
    expect(result.findings.filter((finding) => finding.severity === 'missing')).toEqual([
      { code: 'practice.key-point-missing', severity: 'missing', message: 'Missing: A replayable source such as Kafka.', neutral: 'Your answer leaves out one of the points an interviewer expects here (1 of 3).', points: 1, refs: ['replayable-source'] },
      { code: 'practice.key-point-missing', severity: 'missing', message: 'Missing: An idempotent or transactional sink.', neutral: 'Your answer leaves out one of the points an interviewer expects here (3 of 3).', points: 1, refs: ['idempotent-sink'] },
    ]);
  });

  it('counts as correct once minKeyPoints are covered, while the score still shows what is missing', () => {
    const result = scoreQuestion({ ...shortAnswer, minKeyPoints: 2 }, { text: 'checkpoint and an idempotent sink' });
    expect(result).toMatchObject({ correct: true, score: 67 });
  });

  it('makes an affirmed misconception cost half a point, quoting the learner', () => {
    const result = scoreQuestion(shortAnswer, { text: 'Kafka replays the batch, the checkpoint records offsets, the sink upserts, and we set fail-on-data-loss to false.' });
    expect(result).toMatchObject({ correct: false, score: 83 });
    expect(result.findings.find((finding) => finding.code === 'practice.misconception')).toEqual({
      code: 'practice.misconception',
      severity: 'wrong',
      message: 'You wrote "we set fail-on-data-loss to false.". failOnDataLoss=false accepts data loss.',
      neutral: 'You wrote "we set fail-on-data-loss to false.", which is a common misconception.',
      points: 0.5,
      refs: ['fail-on-data-loss'],
    });
  });

  it('scores an empty answer as 0 with a hint', () => {
    const result = scoreQuestion(shortAnswer, { text: '   ' });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(codes(result)).toContain('hint:practice.no-answer');
  });

  it('reads only the start of a huge answer', () => {
    const late = `${'filler '.repeat(2000)} checkpoint replay idempotent`;
    expect(scoreQuestion(shortAnswer, { text: late }).score).toBe(0);
  });
});

describe('scoreQuestion with the wrong kind of answer', () => {
  it('scores 0 instead of throwing', () => {
    expect(scoreQuestion(shortAnswer, { selected: ['checkpoint'] })).toMatchObject({ correct: false, score: 0 });
    expect(scoreQuestion(singleChoice, { text: 'kraft' })).toMatchObject({ correct: false, score: 0 });
    expect(scoreQuestion(singleChoice, null as unknown as QuestionAnswer)).toMatchObject({ correct: false, score: 0 });
    expect(scoreQuestion(singleChoice, { selected: 'kraft' } as unknown as QuestionAnswer)).toMatchObject({ correct: false, score: 0 });
  });

  it('is deterministic', () => {
    const answer = { text: 'replay from the checkpoint into an upsert sink' };
    expect(scoreQuestion(shortAnswer, answer)).toEqual(scoreQuestion(shortAnswer, answer));
  });
});
