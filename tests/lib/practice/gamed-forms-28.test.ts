import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

// Own answers (other questions and wording than golden round 24); the interviewer's score in each title was written
// before the engine ran. Kinds: keywords in a config block with no prose, a hedge before every mechanism.
describe('a config block instead of an answer', () => {
  it('producer and topic settings in YAML say nothing of why (interviewer: 8)', () => {
    const text = '```yaml\nproducer: {acks: all, enable.idempotence: true}\ntopic: {replication.factor: 3, min.insync.replicas: 2}\n```';
    expect(scoreQuestion(questionOf('acks-explained'), { text }).score).toBeLessThanOrEqual(25);
  });

  it('a star schema as config maps says nothing of grain or why (interviewer: 8)', () => {
    const text = 'dim_customer: {scd: 2, columns: [valid_from, valid_to, is_current], key: surrogate}\nfact_orders: {joins: surrogate_key}';
    expect(scoreQuestion(questionOf('design-star'), { text }).score).toBeLessThanOrEqual(25);
  });

  it('a strong prose answer keeps its marks when it also shows its config (interviewer: 80)', () => {
    const prose = 'Replication factor 3 with min.insync.replicas=2 and acks=all: the leader acknowledges only after two in-sync replicas have the record, so an acknowledged write survives one broker failing, and producers can still write while one broker is down.';
    const withConfig = `${prose}\n\`\`\`yaml\ntopic: {replication.factor: 3, min.insync.replicas: 2}\n\`\`\``;
    const plain = scoreQuestion(questionOf('acks-explained'), { text: prose }).score;
    expect(scoreQuestion(questionOf('acks-explained'), { text: withConfig }).score).toBeGreaterThanOrEqual(plain);
    expect(plain).toBeGreaterThanOrEqual(60);
  });
});

describe('a hedge before every mechanism', () => {
  it('the commit order described only by "maybe" and "possibly" (interviewer: 12)', () => {
    const text = 'Maybe commit after the database write. Possibly at-least-once. Maybe an upsert on the order id. Perhaps duplicates are then harmless.';
    expect(scoreQuestion(questionOf('commit-after-processing'), { text }).score).toBeLessThanOrEqual(25);
  });

  it('a strong answer with one "possibly" keeps its marks (interviewer: 80)', () => {
    const text = 'A watermark is the event time the engine has seen up to, minus the allowed lateness: with a 10-minute watermark, a window is finalised once the max event time seen passes its end plus 10 minutes, and state for older windows is dropped. Readings later than that are discarded. Possibly that is too tight for devices that buffer offline.';
    expect(scoreQuestion(questionOf('watermark-meaning'), { text }).score).toBeGreaterThanOrEqual(60);
  });
});

describe('keywords one per fragment', () => {
  it('short fragments with a relating word among bare terms are a list (interviewer: 10)', () => {
    const text = 'upsert by order id. commit per batch. at-least-once. idempotent. replay. no loss.';
    expect(scoreQuestion(questionOf('commit-after-processing'), { text }).score).toBeLessThanOrEqual(25);
  });
});
