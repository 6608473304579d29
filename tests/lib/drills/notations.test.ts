import { describe, expect, it } from 'vitest';
import { checkDrill, matchAnswer } from '@/lib/drills/check-drill';
import { readDecidingClocks } from '@/lib/drills/read-deciding-clocks';
import { readChoices, readDataSize, readDuration, readInteger, readOffsets, readScdRow, readYesNo } from '@/lib/drills/read-answer';
import { DRILL_GENERATORS, findGenerator } from '@/lib/drills/registry';
import type { AnswerKey, DecidingClock, Drill } from '@/lib/drills/types';

const status = (key: AnswerKey, answer: string) => matchAnswer(key, answer).status;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 60_000;

describe('lists of intervals as half-open ranges and tuples', () => {
  const first = day(2024, 7, 14);
  const daily: AnswerKey = { kind: 'set', item: { kind: 'interval', periodMinutes: 1440 }, items: [`${first}|${first + 1440}`, `${first + 1440}|${first + 2880}`] };

  it('reads each bracket pair as one interval', () => {
    for (const answer of [
      '[2024-07-14, 2024-07-15), [2024-07-15, 2024-07-16)',
      '(2024-07-14, 2024-07-15), (2024-07-15, 2024-07-16)',
      '[2024-07-14T00:00:00Z, 2024-07-15T00:00:00Z); [2024-07-15T00:00:00Z, 2024-07-16T00:00:00Z)',
      'data_interval_start=2024-07-14T00:00:00+00:00, data_interval_end=2024-07-15T00:00:00+00:00\ndata_interval_start=2024-07-15T00:00:00+00:00, data_interval_end=2024-07-16T00:00:00+00:00',
      'scheduled__2024-07-14T00:00:00+00:00, scheduled__2024-07-15T00:00:00+00:00',
    ]) {
      expect(status(daily, answer), answer).toBe('match');
    }
  });

  it('still tells a one-interval answer from a two-interval key', () => {
    expect(status(daily, '[2024-07-14, 2024-07-15)')).toBe('mismatch');
    expect(status(daily, '[2024-07-15, 2024-07-16), [2024-07-16, 2024-07-17)')).toBe('mismatch');
  });

  it('reads hourly intervals in brackets', () => {
    const hour = day(2024, 2, 9) + 13 * 60;
    const hourly: AnswerKey = { kind: 'set', item: { kind: 'interval', periodMinutes: 60 }, items: [`${hour}|${hour + 60}`] };
    expect(status(hourly, '[2024-02-09 13:00, 2024-02-09 14:00)')).toBe('match');
    expect(status(hourly, '(2024-02-09T13:00Z, 2024-02-09T14:00Z)')).toBe('match');
    expect(status(hourly, '[2024-02-09 14:00, 2024-02-09 15:00)')).toBe('mismatch');
  });

  it('reads Spark window structs as time ranges', () => {
    const windows: AnswerKey = { kind: 'set', item: { kind: 'time-range' }, items: ['36000-36600', '36300-36900'] };
    expect(status(windows, '{2024-03-01 10:00:00, 2024-03-01 10:10:00}, {2024-03-01 10:05:00, 2024-03-01 10:15:00}')).toBe('match');
    expect(status(windows, '[10:05, 10:15), [10:00, 10:10)')).toBe('match');
  });
});

describe('offsets as Spark writes them', () => {
  const symbols = { earliest: [7100, 8200, 9300], latest: [15000, 16000, 17000] };

  it('reads the Kafka source JSON, nested or flat, in any key order', () => {
    expect(readOffsets('{"payments":{"0":7150,"1":8800,"2":9999}}', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('{"payments":{"2":9999,"0":7150,"1":8800}}', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets("'{\"payments\":{\"0\":7150,\"1\":8800,\"2\":9999}}'", 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('{"0": 7150, "1": 8800, "2": 9999}', 3)).toEqual([7150, 8800, 9999]);
  });

  it('resolves -2 and -1 (and the words) to the partition\'s earliest and log-end offsets', () => {
    expect(readOffsets('{"payments":{"0":-2,"1":-1,"2":9400}}', 3, symbols)).toEqual([7100, 16000, 9400]);
    expect(readOffsets('p0: earliest, p1: latest, p2: 9400', 3, symbols)).toEqual([7100, 16000, 9400]);
    expect(readOffsets('{"payments":{"0":-2,"1":-1,"2":9400}}', 3)).toBeUndefined();
  });

  it('reads topic-partition labels, "at offset" and table rows', () => {
    expect(readOffsets('payments-0: 7150, payments-1: 8800, payments-2: 9999', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('partition 0 at offset 7150; partition 1 at offset 8800; partition 2 at 9999', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('| 0 | 7150 |\n| 1 | 8800 |\n| 2 | 9999 |', 3)).toEqual([7150, 8800, 9999]);
  });

  it('reads partition lists as arrays, Python dicts, Scala maps and TopicPartition strings', () => {
    expect(readOffsets('[7150, 8800, 9999]', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('{0: 7150, 1: 8800, 2: 9999}', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('Map(0 -> 7150, 1 -> 8800, 2 -> 9999)', 3)).toEqual([7150, 8800, 9999]);
    expect(readOffsets('payments-0=7150 payments-1=8800 payments-2=9999', 3)).toEqual([7150, 8800, 9999]);
  });

  it('refuses a JSON answer that misses a partition or names one that does not exist', () => {
    expect(readOffsets('{"payments":{"0":7150,"1":8800}}', 3)).toBeUndefined();
    expect(readOffsets('{"payments":{"0":7150,"1":8800,"2":9999,"3":1}}', 3)).toBeUndefined();
    expect(readOffsets('{"payments":{"0":"x","1":8800,"2":9999}}', 3)).toBeUndefined();
  });
});

describe('numbers, sizes and durations as people write them', () => {
  it('reads counts with scale words, "out of" and a reason after them', () => {
    expect(readInteger('1.44M')).toBe(1_440_000);
    expect(readInteger('1.44 million files')).toBe(1_440_000);
    expect(readInteger('57.6k')).toBe(57_600);
    expect(readInteger('4 out of 12 consumers')).toBe(4);
    expect(readInteger('4 of the 12')).toBe(4);
    expect(readInteger('1 (min.insync.replicas - 1)')).toBe(1);
    expect(readInteger('2 because RF 3 minus 1')).toBe(2);
    expect(readInteger('no consumer is idle')).toBe(0);
    expect(readInteger('12 - 8')).toBeUndefined();
    expect(readInteger('4 or 5')).toBeUndefined();
  });

  it('reads one size among working, binary and decimal units, and refuses two different sizes', () => {
    expect(readDataSize('~52 MB per file')).toBeCloseTo(52e6);
    expect(readDataSize('2 GiB')).toBe(2 * 2 ** 30);
    expect(readDataSize('2 GB')).toBe(2e9);
    expect(readDataSize('864 GB (288 GB x 3 replicas)')).toBeCloseTo(864e9);
    expect(readDataSize('288 GB x 3 = 864 GB')).toBeCloseTo(864e9);
    expect(readDataSize('864 GB, i.e. 0.864 TB')).toBeCloseTo(864e9);
    expect(readDataSize('864 GB, 288 GB per broker')).toBeUndefined();
  });

  it('reads yearly downtime given as a share of the year or as availability, never from a bare percentage', () => {
    const key: AnswerKey = { kind: 'quantity', dimension: 'duration', value: 0.002 * 365 * 86400, tolerance: 0.03, periodSeconds: 365 * 86400 };
    for (const answer of ['0.2% of the year', '0.002 of the year', '99.8% available', '99.8 percent uptime', '17.52 hours', '1051.2 min per year']) expect(status(key, answer), answer).toBe('match');
    expect(status(key, '99.9% available')).toBe('mismatch');
    expect(status(key, '99.8%')).toBe('unreadable');
    expect(status({ ...key, periodSeconds: undefined }, '0.2% of the year')).toBe('unreadable');
  });

  it('reads ISO 8601 durations and ignores a percentage in brackets', () => {
    expect(readDuration('PT4H23M')).toBe(4 * 3600 + 23 * 60);
    expect(readDuration('P2DT3H')).toBe(2 * 86400 + 3 * 3600);
    expect(readDuration('PT90S')).toBe(90);
    expect(readDuration('4.38 h (99.95%)')).toBeCloseTo(4.38 * 3600);
    expect(readDuration('263 min annually')).toBe(263 * 60);
    expect(readDuration('P')).toBeUndefined();
  });
});

describe('SCD type 2 rows as tables, CSV and SQL', () => {
  it('reads rows with ids, quotes, timestamps and slashes', () => {
    const open = 'turin|2021-06-30|open|true';
    expect(readScdRow('| Turin | 2021-06-30 | NULL | true |')).toBe(open);
    expect(readScdRow('42,Turin,2021-06-30,,true')).toBe(open);
    expect(readScdRow("(42, 'Turin', DATE '2021-06-30', NULL, TRUE)")).toBe(open);
    expect(readScdRow('Turin, 2021/06/30, —, Y')).toBe(open);
    expect(readScdRow('Turin, 2021-06-30 00:00:00, 9999-12-31 23:59:59, 1')).toBe(open);
  });

  it('skips header and separator lines and splits tuples on one line', () => {
    const key: AnswerKey = { kind: 'set', item: { kind: 'scd-row' }, items: ['lyon|2020-02-01|2021-06-30|false', 'turin|2021-06-30|open|true'] };
    expect(status(key, 'customer_id,city,valid_from,valid_to,is_current\n42,Lyon,2020-02-01,2021-06-30,false\n42,Turin,2021-06-30,,true')).toBe('match');
    expect(status(key, '| city | valid_from | valid_to | is_current |\n|---|---|---|---|\n| Lyon | 2020-02-01 | 2021-06-30 | false |\n| Turin | 2021-06-30 | NULL | true |')).toBe('match');
    expect(status(key, "VALUES (42, 'Lyon', '2020-02-01', '2021-06-30', FALSE), (42, 'Turin', '2021-06-30', NULL, TRUE)")).toBe('match');
    expect(status(key, '(Lyon, 2020-02-01, NULL, true), (Turin, 2021-06-30, NULL, true)')).toBe('mismatch');
  });
});

describe('normal forms named with what holds and what breaks', () => {
  const options = findGenerator('normal-form')?.generate(1).key;
  if (options?.kind !== 'choice') throw new Error('expected a choice key');
  const read = (text: string) => readChoices(text, options.options);

  it('drops the forms the answer says hold', () => {
    expect(read('It is in 2NF but not in 3NF')).toEqual(['3NF']);
    expect(read('satisfies 1NF, violates 2NF')).toEqual(['2NF']);
    expect(read('already in first normal form; breaks second normal form')).toEqual(['2NF']);
    expect(read('1NF or 2NF')).toEqual(['1NF', '2NF']);
  });

  it('marks a right name with another form\'s reason as wrong', () => {
    const drill = findGenerator('normal-form')?.generate(1) as Drill;
    if (drill.key.kind !== 'choice') throw new Error('expected a choice key');
    const right = drill.key.value;
    const other = right === '2NF' ? { reason: 'a transitive dependency' } : { reason: 'a partial dependency on part of the key' };
    expect(status(drill.key, `${right}: ${other.reason}`)).toBe('mismatch');
    expect(checkDrill(drill, `${right}: ${other.reason}`).feedback).toContain('is what breaks');
    const own = right === '1NF' ? 'a repeating group' : right === '2NF' ? 'a partial dependency' : 'a transitive dependency';
    expect(status(drill.key, `${right}: ${own}`)).toBe('match');
    expect(status(drill.key, `${right}, and there is no ${right === '2NF' ? 'transitive dependency' : 'partial dependency'}`)).toBe('match');
  });

  it('falls back to the dependency it names, unless negated', () => {
    expect(read('a transitive dependency')).toEqual(['3NF']);
    expect(read('partial dependency on the composite key')).toEqual(['2NF']);
    expect(read('a repeating group in one column')).toEqual(['1NF']);
    expect(read('no partial dependency')).toEqual([]);
  });
});

describe('yes/no answers with the value that decides them', () => {
  const deciding: DecidingClock[] = [
    { name: 'watermark', labels: ['watermark', 'wm'], seconds: 14 * 3600 + 7 * 60, required: true },
    { name: 'window end', labels: ['window end', 'ends', 'end'], rangeLabels: ['window'], seconds: 14 * 3600 + 15 * 60, required: false },
  ];
  const key: AnswerKey = { kind: 'yes-no', value: false, yesWords: ['dropped', 'not counted'], noWords: ['not dropped', 'counted', 'kept'], deciding };

  it('reads the watermark and the window wherever the learner puts them', () => {
    const found = (text: string) => Object.fromEntries([...readDecidingClocks(text, deciding)].map(([name, reading]) => [name, reading.status === 'found' ? reading.seconds : reading.status]));
    expect(found('no, watermark 14:07')).toEqual({ watermark: 50820, 'window end': 'missing' });
    expect(found('wm = 14:17 - 10 min = 14:07, window [14:00, 14:15) open')).toEqual({ watermark: 50820, 'window end': 51300 });
    expect(found('the 14:00-14:15 window is open; 14:07 watermark')).toEqual({ watermark: 50820, 'window end': 51300 });
    expect(found('kept, 14:07')).toEqual({ watermark: 50820, 'window end': 'missing' });
    expect(found('no: watermark = 14:17 - 10 min')).toEqual({ watermark: 50820, 'window end': 'missing' });
    expect(found('no: watermark = 14:17 - 10 min = 14:07')).toEqual({ watermark: 50820, 'window end': 'missing' });
    expect(found('watermark 15:07 - 1 h, window ends 14:15')).toEqual({ watermark: 50820, 'window end': 51300 });
    expect(found('watermark 14:07, no wait, watermark 14:17')).toEqual({ watermark: 'conflict', 'window end': 'missing' });
  });

  it('is right only when the verdict and the watermark are right, with feedback for each part', () => {
    expect(status(key, 'No: watermark 14:07')).toBe('match');
    expect(status(key, 'counted, the watermark is at 14:07 and the window ends at 14:15')).toBe('match');
    const wrongValue = matchAnswer(key, 'no, watermark 14:17');
    expect(wrongValue.status).toBe('mismatch');
    if (wrongValue.status !== 'mismatch') throw new Error('expected a mismatch');
    expect(wrongValue.parts?.map((part) => part.correct)).toEqual([true, false]);
    expect(wrongValue.detail).toContain('the watermark is 14:07, not 14:17');
    const wrongVerdict = matchAnswer(key, 'yes, watermark 14:07');
    if (wrongVerdict.status !== 'mismatch') throw new Error('expected a mismatch');
    expect(wrongVerdict.parts?.map((part) => part.correct)).toEqual([false, true]);
    expect(status(key, 'no, watermark 14:07, window 14:00-14:10')).toBe('mismatch');
  });

  it('refuses a bare verdict, a self-contradiction and two watermarks, without grading them', () => {
    for (const answer of ['no', 'yes', 'no, it is dropped', 'watermark 14:07', 'no, watermark 14:07 or 14:17 watermark']) {
      expect(status(key, answer), answer).toBe('unreadable');
    }
  });

  it('lets longer phrases win and refuses answers that say both', () => {
    const yes = ['dropped', 'not counted'];
    const no = ['not dropped', 'counted'];
    expect(readYesNo('yes, never dropped... I mean not counted', yes, no)).toBe(true);
    expect(readYesNo('it is not counted', yes, no)).toBe(true);
    expect(readYesNo('counted, not dropped', yes, no)).toBe(false);
    expect(readYesNo('dropped and counted', yes, no)).toBeUndefined();
  });
});

describe('refused answers', () => {
  const unreadable = ['banana', 'lots', '???!!!', 'see above'];

  it.each(DRILL_GENERATORS.map((generator) => [generator.id, generator] as const))('%s: an unreadable answer is not graded and gives the format, never the solution', (_id, generator) => {
    for (let seed = 0; seed < 100; seed += 1) {
      const drill: Drill = generator.generate(seed);
      for (const answer of unreadable) {
        const result = checkDrill(drill, answer);
        if (result.correct || result.readable) throw new Error(`seed ${seed}: "${answer}" was graded: ${result.feedback}`);
        if (result.feedback.includes(drill.solution) || result.feedback.includes(drill.explanation)) throw new Error(`seed ${seed}: refusal of "${answer}" shows the solution: ${result.feedback}`);
        if (!result.feedback.startsWith('Could not check this answer: ')) throw new Error(`seed ${seed}: odd refusal ${result.feedback}`);
      }
    }
  });

  it('grades a hedge (it spends the attempt and teaches the answer)', () => {
    const drill = findGenerator('consumer-idle')?.generate(1) as Drill;
    const result = checkDrill(drill, 'no idea, 424242');
    expect(result).toMatchObject({ correct: false, readable: true });
    expect(result.feedback).toContain('"no idea"');
    expect(result.feedback).toContain(drill.solution);
  });
});
