import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Inputs written for these tests, with the interviewer's reading decided before the engine ran: an answer that lists
// the options with their trade-offs and never chooses ("it depends") earns part of the trade-offs and loses the decision,
// whether the options are stated plainly, as "if ..." branches, or include the wrong one (lib/text/commitment.ts).
const { rubric } = loadCase('iot-telemetry');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-telemetry-partitioning') as DeepDivePrompt;
const scored = (answer: string) => scoreDeepDivePrompt(prompt, answer, {}, rubric);
const percent = (answer: string) => {
  const result = scored(answer);
  return (100 * result.earned) / result.available;
};

// Interviewer: about 35; options weighed, nothing chosen.
const branches =
  'It depends on what the consumers need. If the anomaly job reads per machine, keying by machine id is better because one machine stays in order on one partition. If the dashboards read per plant, keying by plant is simpler but a big plant would make its partition hot. The partition count could be 24 or 48, depending on the throughput we measure.';
// Interviewer: about 85; the same knowledge, chosen.
const chosen =
  "I'd key by machine id, because one machine's readings then stay in order on one partition and 2,500 machines spread evenly; keying by plant would make a big plant's partition hot. 48 partitions, since the anomaly job scales to the partition count and 48 leaves room for double the load. Gateways batch with linger.ms=50 and compress with zstd.";
// Interviewer: about 10; every option agreed with.
const endorsed = 'Key by machine id or by plant, either works because Kafka keeps order anyway. The partition count can be 6 or 48, both are fine.';

describe('deep dive: options with trade-offs and no choice', () => {
  it('scores "it depends" branches well below the chosen answer, above nothing', () => {
    expect(percent(branches)).toBeGreaterThan(10);
    expect(percent(branches)).toBeLessThan(50);
    expect(percent(chosen)).toBeGreaterThan(percent(branches) + 30);
  });

  it('says the options were listed but not chosen', () => {
    const messages = scored(branches).findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('but did not choose');
  });

  it('does not read a wrong option only offered as a contradiction', () => {
    const key = scored(branches).points.find((point) => point.id === 'key-by-machine');
    expect(key?.status).not.toBe('contradicted');
    expect(key?.offered).toBeDefined();
  });

  it('gives no trade-off credit to an answer that agrees with every option', () => {
    expect(percent(endorsed)).toBeLessThanOrEqual(15);
    expect(percent(endorsed)).toBeLessThan(percent(branches));
  });
});
