import { describe, expect, it } from 'vitest';
import { codesOf, gradeCase } from './fixtures';

// Designs of their own (not golden round 23); the interviewer's score in each title was written before the engine ran.
const inputs = [
  { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '50k/s' },
  { name: 'trips from the trip service Postgres via CDC', mode: 'stream', format: 'Avro', rate: '2k/s' },
  { name: 'payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
];
const outputs = [
  { consumer: 'pricing service (surge multipliers per zone)', store: 'Redis' },
  { consumer: 'finance dashboards (trips, fares, earnings)', store: 'warehouse' },
];

describe('use cases marked not applicable', () => {
  it('use cases named only to be marked N/A are not stated (interviewer: 30)', () => {
    const result = gradeCase('ride-hailing', { inputs, useCase: 'Surge pricing: N/A. Driver earnings: not needed.', sla: 'within 30 seconds; daily by 06:00', outputs, processingStyle: 'both', reason: 'The pings and trips must be streamed for surge; settlement files arrive once a day.' });
    expect(codesOf(result).filter((code) => code === 'design.use-case-missing').length).toBeGreaterThanOrEqual(2);
  });

  it('one option ruled out with its reason costs nothing (interviewer: 85)', () => {
    const fields = { inputs, useCase: 'Real-time surge pricing per zone; daily trips, fares and driver earnings.', sla: 'surge within 30 seconds; dashboards daily by 06:00', outputs, processingStyle: 'both' };
    const reason = 'Pings and trip changes are streamed because surge must be 30 seconds fresh; settlement files are loaded by a daily batch.';
    const plain = gradeCase('ride-hailing', { ...fields, reason });
    const ruled = gradeCase('ride-hailing', { ...fields, reason: `${reason} Lambda architecture: not needed here, because the batch side only loads the settlement files.` });
    expect(ruled.score).toBeGreaterThanOrEqual(plain.score);
  });
});
