import { describe, expect, it } from 'vitest';
import { codesOf, findingOf, gradeCase } from './fixtures';

// Designs written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('designs that paste one sentence again and again', () => {
  it('one surge sentence pasted four times over the use case and reason is padding (interviewer: 10)', () => {
    const sentence = 'Driver pings go to Kinesis and a Flink job computes surge per zone every 30 seconds.';
    const result = gradeCase('ride-hailing', {
      inputs: [{ name: 'driver pings', mode: 'stream', format: 'JSON', rate: '' }],
      useCase: [sentence, sentence, sentence, sentence].join(' '),
      sla: '30 seconds',
      outputs: [{ consumer: 'pricing', store: 'Redis' }],
      processingStyle: 'streaming',
      reason: `${sentence} ${sentence}`,
    });
    expect(result.score).toBeLessThanOrEqual(20);
    expect(findingOf(result, 'design.repeated')?.message).toContain('4 times');
  });

  it('a sensor line pasted three times in the reason, words re-cased, costs half (interviewer: 20)', () => {
    const fields = {
      inputs: [{ name: 'sensor readings over MQTT', mode: 'stream', format: 'JSON', rate: '' }],
      useCase: 'Alerts on machine temperature.',
      sla: 'alerts within 10 seconds',
      outputs: [{ consumer: 'operators', store: 'alerting service' }],
      processingStyle: 'streaming',
    };
    const once = gradeCase('iot-telemetry', { ...fields, reason: 'Readings stream through Kafka into Flink, which raises alerts.' });
    const thrice = gradeCase('iot-telemetry', { ...fields, reason: 'Readings stream through Kafka into Flink, which raises alerts. readings stream through kafka into flink which raises alerts. READINGS STREAM THROUGH KAFKA INTO FLINK, WHICH RAISES ALERTS.' });
    expect(codesOf(thrice)).toContain('design.repeated');
    expect(thrice.score).toBeLessThan(once.score);
    expect(thrice.score).toBeLessThanOrEqual(25);
  });

  it('a full design that says its SLA twice for emphasis is not padding (interviewer: 85)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [
        { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s' },
        { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '2k/s' },
        { name: 'trip database', mode: 'stream', format: 'CDC', rate: '500/s' },
      ],
      useCase: 'Surge pricing per zone from Flink over pings and requests. Daily trips and driver earnings from a nightly Spark job.',
      sla: 'surge under 30 s; earnings by 7am',
      outputs: [
        { consumer: 'pricing service', store: 'Redis surge multipliers per zone' },
        { consumer: 'finance and ops', store: 'warehouse daily earnings' },
      ],
      processingStyle: 'both',
      reason: 'Surge must be under 30 seconds, so it streams. Surge must be under 30 seconds. Earnings only need the previous day, so a nightly batch is cheaper.',
    });
    expect(codesOf(result)).not.toContain('design.repeated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
