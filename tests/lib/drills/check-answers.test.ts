import { describe, expect, it } from 'vitest';
import { checkDrill, matchAnswer } from '@/lib/drills/check-drill';
import { readClockTimes, readDataSize, readDuration, readInteger, readOffsets, readScdRow, readYesNo } from '@/lib/drills/read-answer';
import { mulberry32 } from '@/lib/drills/random';
import { findGenerator } from '@/lib/drills/registry';
import type { AnswerKey, Drill } from '@/lib/drills/types';

const status = (key: AnswerKey, answer: string) => matchAnswer(key, answer).status;

describe('answer readers', () => {
  it('reads data sizes in decimal, binary and bit units', () => {
    expect(readDataSize('1.2 TB')).toBeCloseTo(1.2e12);
    expect(readDataSize('1200 GB')).toBeCloseTo(1.2e12);
    expect(readDataSize('1.2TB')).toBeCloseTo(1.2e12);
    expect(readDataSize('1,200 gigabytes')).toBeCloseTo(1.2e12);
    expect(readDataSize('1.2 tb')).toBeCloseTo(1.2e12);
    expect(readDataSize('~1.2 TB.')).toBeCloseTo(1.2e12);
    expect(readDataSize('total = 1.2 TB')).toBeCloseTo(1.2e12);
    expect(readDataSize('1 TiB')).toBe(2 ** 40);
    expect(readDataSize('9.6 Tb')).toBeCloseTo(1.2e12);
    expect(readDataSize('1.2e12 bytes')).toBeCloseTo(1.2e12);
    expect(readDataSize('lots')).toBeUndefined();
    expect(readDataSize('1.2')).toBeUndefined();
  });

  it('reads durations written several ways', () => {
    expect(readDuration('8.76 hours')).toBeCloseTo(31536);
    expect(readDuration('8h 45m')).toBe(8 * 3600 + 45 * 60);
    expect(readDuration('8 hours and 45 minutes')).toBe(8 * 3600 + 45 * 60);
    expect(readDuration('525.6 min per year')).toBeCloseTo(31536);
    expect(readDuration('about 2 days a year')).toBe(2 * 86400);
    expect(readDuration('8.76 hours of downtime')).toBeCloseTo(31536);
    expect(readDuration('8.76 parsecs')).toBeUndefined();
    expect(readDuration('8.76')).toBeUndefined();
  });

  it('reads numbers as digits or words, and one figure out of a worked line', () => {
    expect(readInteger('3')).toBe(3);
    expect(readInteger('three')).toBe(3);
    expect(readInteger('Three consumers')).toBe(3);
    expect(readInteger('twenty one')).toBe(21);
    expect(readInteger('none')).toBe(0);
    expect(readInteger('12,000')).toBe(12000);
    expect(readInteger('8 - 6 = 2')).toBe(2);
    expect(readInteger('2 or 3')).toBeUndefined();
    expect(readInteger('2.5')).toBeUndefined();
  });

  it('reads yes/no, true/false and the question\'s own words, negations first', () => {
    const yes = ['dropped'];
    const no = ['not dropped', 'kept'];
    expect(readYesNo('Yes', yes, no)).toBe(true);
    expect(readYesNo('true', yes, no)).toBe(true);
    expect(readYesNo('It is dropped', yes, no)).toBe(true);
    expect(readYesNo('no', yes, no)).toBe(false);
    expect(readYesNo('FALSE', yes, no)).toBe(false);
    expect(readYesNo('not dropped', yes, no)).toBe(false);
    expect(readYesNo("it isn't dropped", yes, no)).toBe(false);
    expect(readYesNo('kept', yes, no)).toBe(false);
    expect(readYesNo('maybe', yes, no)).toBeUndefined();
  });

  it('reads clock times with or without seconds, and with am/pm', () => {
    expect(readClockTimes('12:05')).toEqual([43500]);
    expect(readClockTimes('12:05:00')).toEqual([43500]);
    expect(readClockTimes('12.05')).toEqual([43500]);
    expect(readClockTimes('1:05 pm')).toEqual([46800 + 300]);
  });

  it('reads offsets labelled or in partition order', () => {
    expect(readOffsets('p0: 1200, p1: 980', 2)).toEqual([1200, 980]);
    expect(readOffsets('partition 1 = 980, partition 0 = 1,200', 2)).toEqual([1200, 980]);
    expect(readOffsets('1200, 980', 2)).toEqual([1200, 980]);
    expect(readOffsets('1200 980', 2)).toEqual([1200, 980]);
    expect(readOffsets('1200', 2)).toBeUndefined();
  });

  it('reads SCD2 rows with NULL, 9999-12-31 or a missing end', () => {
    const current = 'york|2023-05-01|open|true';
    expect(readScdRow('York, 2023-05-01, null, true')).toBe(current);
    expect(readScdRow('York | 2023-05-01 | 9999-12-31 | Y')).toBe(current);
    expect(readScdRow('York 2023-05-01')).toBe(current);
    expect(readScdRow('city=York valid_from=2023-05-01 valid_to=NULL is_current=true')).toBe(current);
    expect(readScdRow('Leeds, 2022-01-10, 2023-05-01, false')).toBe('leeds|2022-01-10|2023-05-01|false');
    expect(readScdRow('New York, 2023-05-01, NULL, TRUE')).toBe('new york|2023-05-01|open|true');
  });
});

describe('answer keys', () => {
  it('compares windows as an unordered set, tolerant of separators and seconds', () => {
    const key: AnswerKey = { kind: 'set', item: { kind: 'time-range' }, items: ['43200-43800', '43500-44100'] };
    expect(status(key, '12:00-12:10, 12:05-12:15')).toBe('match');
    expect(status(key, '12:05:00 - 12:15:00; 12:00 - 12:10')).toBe('match');
    expect(status(key, '[12:00, 12:10) and [12:05, 12:15)')).toBe('match');
    expect(status(key, '- 12:00 to 12:10\n- 12:05 to 12:15')).toBe('match');
    expect(status(key, '12:00-12:10')).toBe('mismatch');
    expect(status(key, '12:00-12:10, 12:05-12:15, 12:10-12:20')).toBe('mismatch');
    expect(status(key, 'noon')).toBe('unreadable');
  });

  it('accepts Airflow intervals as ranges or logical dates, in any order', () => {
    const day = Date.UTC(2024, 2, 1) / 60_000;
    const key: AnswerKey = { kind: 'set', item: { kind: 'interval', periodMinutes: 1440 }, items: [`${day}|${day + 1440}`, `${day + 1440}|${day + 2880}`] };
    expect(status(key, '2024-03-01 -> 2024-03-02, 2024-03-02 -> 2024-03-03')).toBe('match');
    expect(status(key, '2024-03-02, 2024-03-01')).toBe('match');
    expect(status(key, '2024-03-01T00:00:00+00:00 to 2024-03-02T00:00:00+00:00; 2024-03-02')).toBe('match');
    expect(status(key, '2024-03-02, 2024-03-03')).toBe('mismatch');
    const hour = day + 5 * 60;
    const hourly: AnswerKey = { kind: 'set', item: { kind: 'interval', periodMinutes: 60 }, items: [`${hour}|${hour + 60}`] };
    expect(status(hourly, '2024-03-01 05:00-06:00')).toBe('match');
    expect(status(hourly, '2024-03-01 05:00')).toBe('match');
    expect(status(hourly, '2024-03-01 06:00')).toBe('mismatch');
  });

  it('reads a normal form however it is spelled, and refuses hedged answers', () => {
    const drill = findGenerator('normal-form')?.generate(1) as Drill;
    if (drill.key.kind !== 'choice') throw new Error('expected a choice key');
    const expected = drill.key.value;
    const word = { '1NF': 'first', '2NF': 'second', '3NF': 'third' }[expected];
    expect(status(drill.key, expected)).toBe('match');
    expect(status(drill.key, expected.toLowerCase())).toBe('match');
    expect(status(drill.key, `It violates ${word} normal form.`)).toBe('match');
    expect(status(drill.key, '1NF or 2NF or 3NF')).toBe('unreadable');
  });

  it('gives a quantity a small tolerance but not a factor of 8', () => {
    const key: AnswerKey = { kind: 'quantity', dimension: 'data_size', value: 1.2e12, tolerance: 0.03 };
    for (const answer of ['1.2 TB', '1200 GB', '1.2TB', '1.21 TB', '1.09 TiB', '1,200,000 MB']) expect(status(key, answer), answer).toBe('match');
    for (const answer of ['1.2 Tb', '9.6 TB', '0.4 TB', '1.2 GB']) expect(status(key, answer), answer).toBe('mismatch');
  });
});

describe('feedback', () => {
  it('names the mistake it recognises, the expected answer and the explanation', () => {
    const generator = findGenerator('restart-offsets');
    // Find a restart scenario (a checkpoint exists), where applying startingOffsets is the classic slip.
    for (let seed = 0; seed < 200; seed += 1) {
      const drill = generator?.generate(seed) as Drill;
      const slip = drill.mistakes.find((mistake) => mistake.hint.startsWith('That applies startingOffsets'));
      if (!slip || slip.key.kind !== 'offsets') continue;
      const result = checkDrill(drill, slip.key.values.join(', '));
      expect(result.correct).toBe(false);
      expect(result.feedback).toContain('ignored when the query restarts from a checkpoint');
      expect(result.feedback).toContain(drill.solution);
      expect(result.feedback).toContain('startingOffsets only applies');
      return;
    }
    throw new Error('no restart scenario in 200 seeds');
  });

  it('says how to write an answer it cannot read', () => {
    const drill = findGenerator('retention-storage')?.generate(3) as Drill;
    const result = checkDrill(drill, 'a lot of disk');
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(/^Could not check this answer: answer with a size and its unit/);
  });

  it('spots bits written for bytes and forgotten replication', () => {
    const drill = findGenerator('retention-storage')?.generate(11) as Drill;
    expect(checkDrill(drill, drill.solution.replace(/B$/, 'b')).feedback).toMatch(/factor of 8/);
    if (drill.key.kind !== 'quantity') throw new Error('expected a quantity key');
    const single = drill.mistakes.find((mistake) => mistake.hint.startsWith('That is one copy'));
    if (single?.key.kind !== 'quantity') throw new Error('expected the replication mistake');
    expect(checkDrill(drill, `${single.key.value} bytes`).feedback).toContain('replication factor');
  });
});

describe('random source', () => {
  it('is deterministic per seed and spread over [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((value) => value < 0.5).length).toBeGreaterThan(400);
  });
});
