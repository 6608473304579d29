import type { ChoiceQuestion, ShortQuestion } from '../../../lib/practice/question-schema';
import { choiceQuestionSchema, shortQuestionSchema } from '../../../lib/practice/question-schema';
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
