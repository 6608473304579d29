import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { answerFollowUp, revealFollowUp, submitFollowUp } from '../../../lib/deep-dive/follow-up-record';
import type { PromptFollowUp } from '../../../lib/deep-dive/follow-up-schema';
import { promptInterview } from '../../../lib/deep-dive/follow-ups';
import { reviewPromptVerdict } from '../../../lib/review/prompt-verdict';

/** A review card runs the deep-dive step's interview on its own record: its verdict waits for the follow-ups. */

const { rubric } = loadCase('ecommerce-data-platform');
const prompt = rubric.steps['deep-dive'].prompts.find((candidate) => candidate.id === 'streaming-restart');
if (!prompt) throw new Error('the seed case lost its streaming-restart prompt');
const t = (minute: number) => new Date(Date.UTC(2026, 0, 5, 10, minute));
const empty: PromptFollowUp = { probes: {} };
const strong =
  'After the crash the query resumes from the offsets stored in its checkpoint; startingOffsets only applies to a brand new query with no checkpoint. ' +
  'Kafka is a replayable source, so the micro-batch that was in flight is read again from the same offsets. ' +
  'The sink must be idempotent, a Delta table written transactionally or an upsert by key, so the replayed batch does not double count.';

describe('reviewPromptVerdict', () => {
  it('gives nothing before the answer is checked', () => {
    expect(reviewPromptVerdict(promptInterview(prompt, 'We use checkpointing.', empty))).toBeUndefined();
  });

  it('waits while the interviewer has a follow-up open, then settles on its answer', () => {
    const named = 'We use checkpointing always.';
    const submitted = submitFollowUp(empty, t(1));
    const open = promptInterview(prompt, named, submitted);
    expect(open.next?.pointId).toBe('checkpoint-wins');
    expect(reviewPromptVerdict(open)).toBeUndefined();

    let record = submitted;
    let state = open;
    // Answer every follow-up the interviewer asks, wrongly: the card settles as not recalled.
    while (state.next) {
      const probe = state.next.probe;
      const wrong = 'choices' in probe ? { selected: [probe.choices.find((choice) => !choice.correct)?.id ?? ''] } : { number: -1 };
      record = answerFollowUp(record, state.next.pointId, wrong, t(2));
      state = promptInterview(prompt, named, record);
    }
    expect(reviewPromptVerdict(state)).toBe(false);
  });

  it('settles a clear, complete answer as recalled with no follow-up', () => {
    const state = promptInterview(prompt, strong, submitFollowUp(empty, t(1)));
    expect(state.next).toBeUndefined();
    expect(reviewPromptVerdict(state)).toBe(true);
  });

  it('counts "Show the answer" before settling as not recalled, even with nothing written', () => {
    expect(reviewPromptVerdict(promptInterview(prompt, '', revealFollowUp(empty, [], t(1))))).toBe(false);
    const submitted = submitFollowUp(empty, t(1));
    const open = promptInterview(prompt, 'We use checkpointing always.', submitted);
    expect(reviewPromptVerdict(promptInterview(prompt, 'We use checkpointing always.', revealFollowUp(submitted, open.open, t(2))))).toBe(false);
  });
});

describe('follow-up record moves', () => {
  it('keep the first submission, the first probe answer and the first reveal', () => {
    const submitted = submitFollowUp(empty, t(1));
    expect(submitFollowUp(submitted, t(2))).toBe(submitted);
    const answered = answerFollowUp(submitted, 'checkpoint-wins', { selected: ['skipped'] }, t(3));
    expect(answerFollowUp(answered, 'checkpoint-wins', { selected: ['read'] }, t(4))).toBe(answered);
    const revealed = revealFollowUp(answered, ['replayable-source'], t(5));
    expect(revealed.openAtReveal).toEqual(['replayable-source']);
    expect(revealFollowUp(revealed, [], t(6))).toBe(revealed);
    expect(answerFollowUp(revealed, 'replayable-source', { selected: ['again'] }, t(7))).toBe(revealed);
  });

  it('refuse answers out of bounds', () => {
    expect(answerFollowUp(empty, 'x'.repeat(200), { selected: ['a'] }, t(1))).toBe(empty);
    expect(answerFollowUp(empty, 'p', { number: Number.NaN }, t(1))).toBe(empty);
    expect(answerFollowUp(empty, 'p', { selected: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, t(1))).toBe(empty);
  });
});
