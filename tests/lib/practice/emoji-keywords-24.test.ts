import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { pointStatus as statusOf, questionOf } from './fixtures';

// Each answer below was written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('keywords wrapped in emoji lines', () => {
  it('spark exactly-once terms each between emoji, nothing explained (interviewer: 5)', () => {
    const text = '🔄 replayable_source 🔄 kafka_offsets ✅\n💾 checkpoint_location ✅ write_ahead_log ✅\n🎯 idempotent ✅ transactional ✅ delta ✅';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(statusOf(result, 'checkpoint')).toBe('listed');
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('table-format features as emoji bullets with no word on what they do (interviewer: 6)', () => {
    const text = '📜 transaction_log ⭐ manifest_files ⭐\n⚛️ acid ⭐ isolation ⭐\n✏️ merge ⭐ delete ⭐ upsert ⭐\n⏪ time_travel ⭐ schema_evolution ⭐';
    const result = scoreQuestion(questionOf('table-format-features'), { text });
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('the same terms in sentences that explain them, emoji or not, keep their points (interviewer: 85)', () => {
    const text =
      '✅ Kafka is replayable: after a crash Spark re-reads from the offsets in its checkpoint. ✅ The checkpoint records which offsets each micro-batch covered, so a restart resumes there. ✅ The sink must be idempotent or transactional (a Delta MERGE on the event id), because the last batch can be written twice.';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(statusOf(result, 'checkpoint')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
