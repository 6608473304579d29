import type { ChoiceQuestion, ShortQuestion } from '../../../lib/practice/question-schema';
import { choiceQuestionSchema, shortQuestionSchema } from '../../../lib/practice/question-schema';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import { DEPTH_POINTS } from '../../../lib/scoring/depth';

/**
 * A short answer with every key point stated but no depth (the why of two parts, a failure walked through, an alternative
 * weighed): complete, not exemplary, what interviewers sign 84-92 in the golden set (lib/scoring/depth.ts).
 */
export const COMPLETE_SCORE = 100 - DEPTH_POINTS;

/** A one-answer question, parsed so defaults are applied exactly as the loader applies them. */
export const singleChoice: ChoiceQuestion = choiceQuestionSchema.parse({
  id: 'zk',
  type: 'choice',
  prompt: 'Where does Kafka 4 keep cluster metadata?',
  options: [
    { id: 'kraft', text: 'KRaft controllers', correct: true },
    { id: 'zookeeper', text: 'ZooKeeper', why: 'Kafka 4.0 removed ZooKeeper.' },
    { id: 'registry', text: 'The schema registry' },
  ],
  explanation: 'KRaft replaced ZooKeeper.',
});

export const multiChoice: ChoiceQuestion = choiceQuestionSchema.parse({
  id: 'parquet',
  type: 'choice',
  multiple: true,
  prompt: 'Why Parquet?',
  options: [
    { id: 'pruning', text: 'Column pruning', correct: true },
    { id: 'stats', text: 'Row-group statistics', correct: true },
    { id: 'compression', text: 'Compression', correct: true },
    { id: 'acid', text: 'ACID updates in place' },
  ],
  explanation: 'Columnar layout; ACID comes from table formats.',
});

export const shortAnswer: ShortQuestion = shortQuestionSchema.parse({
  id: 'exactly-once',
  type: 'short',
  prompt: 'What does end-to-end exactly-once need?',
  keyPoints: [
    { id: 'replayable-source', text: 'A replayable source such as Kafka.', keywords: ['replayable', 'replay', 'read again'] },
    { id: 'checkpoint', text: 'A checkpoint recording offsets.', keywords: ['checkpoint', 'offsets log'] },
    { id: 'idempotent-sink', text: 'An idempotent or transactional sink.', keywords: ['idempotent', 'transactional', 'upsert'] },
  ],
  misconceptions: [{ id: 'fail-on-data-loss', keywords: ['failOnDataLoss to false', 'failOnDataLoss'], note: 'failOnDataLoss=false accepts data loss.' }],
  explanation: 'Replay, checkpoint, idempotent sink.',
});

/** A short-answer question of any lesson (content/lessons) by its id; throws when no lesson has one. */
export const questionOf = (id: string): ShortQuestion => {
  for (const lesson of loadAllLessons()) for (const question of lesson.questions) if (question.id === id && question.type === 'short') return question;
  throw new Error(`no question ${id}`);
};

/** The ids of the misconceptions a scored answer fired (its `practice.misconception` findings' refs), in finding order. */
export const fired = (result: { findings: { code: string; refs?: readonly string[] | undefined }[] }) =>
  result.findings.filter((finding) => finding.code === 'practice.misconception').flatMap((finding) => finding.refs ?? []);

/** The status of one key point (`id`) in a scored answer; undefined when the answer has no such point (or no points). */
export const pointStatus = (result: { points?: { id: string; status: string }[] | undefined }, id: string) => result.points?.find((point) => point.id === id)?.status;

/** Every finding code of a result, in order. */
export const codes = (result: { findings: { code: string }[] }) => result.findings.map((finding) => finding.code);
