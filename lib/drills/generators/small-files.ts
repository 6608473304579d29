import { defineGenerator } from '../define-generator';
import { formatBytes, formatCount } from '../format';
import type { AnswerKey } from '../types';

const TOLERANCE = 0.03;
const size = (bytes: number): AnswerKey => ({ kind: 'quantity', dimension: 'data_size', value: bytes, tolerance: TOLERANCE });
const integer = (value: number): AnswerKey => ({ kind: 'integer', value });

const TRIGGERS = [
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 600, label: '10 minutes' },
  { seconds: 900, label: '15 minutes' },
] as const;

export const smallFiles = defineGenerator({
  id: 'small-files',
  topic: 'object-storage',
  title: 'Files and file size written by a streaming sink',
  build(rng) {
    const daily = rng.pick([20, 50, 100, 200, 500, 1000, 2000]) * 1e9;
    const trigger = rng.pick(TRIGGERS);
    const tasks = rng.pick([8, 16, 50, 100, 200]);
    const askSize = rng.chance(0.6);
    const batches = 86400 / trigger.seconds;
    const files = batches * tasks;
    const average = daily / files;
    const prompt = [
      `A Structured Streaming job appends ${formatBytes(daily)} a day of events to an unpartitioned Parquet table in object storage. It runs a micro-batch every ${trigger.label}; each batch is shuffled with \`repartition("customer_id")\` before the write, so its write stage has ${tasks} tasks (\`spark.sql.shuffle.partitions\` = ${tasks}), and every task receives rows and writes one file.`,
      '',
      askSize ? 'What is the average size of the files it writes? Answer with a unit, for example `35 MB`.' : 'How many files does it write per day? Answer with a number.',
    ].join('\n');
    const explanation = [
      `A day has 86,400 s / ${trigger.seconds} s = ${formatCount(batches)} micro-batches, each writing ${tasks} files: ${formatCount(files)} files a day, averaging ${formatBytes(daily)} / ${formatCount(files)} = ${formatBytes(average)}.`,
      average < 64e6
        ? 'That is a small-files problem: every file costs a listing entry, an open and a footer read, so queries spend their time on metadata. Aim for roughly 128 MB to 1 GB per file: write fewer files per batch (coalesce, or repartition by the table\'s partition column), trigger less often, or compact regularly (Delta OPTIMIZE, Iceberg rewrite_data_files).'
        : 'Files of this size are healthy for object storage; roughly 128 MB to 1 GB per file keeps listing and per-file overhead low.',
      'Source: Spark SQL Performance Tuning guide (`spark.sql.shuffle.partitions` sets the partitions of a shuffle such as repartition by a column; a streaming query runs with adaptive query execution disabled, as Spark logs when `spark.sql.adaptive.enabled` is set, so they are not coalesced), the file sink writing one file per task and table partition per micro-batch, and compaction per the Delta Lake OPTIMIZE and Iceberg rewrite_data_files docs.',
    ].join(' ');
    if (askSize) {
      return {
        prompt,
        solution: formatBytes(average),
        explanation,
        key: size(average),
        mistakes: [
          { key: size(daily / batches), hint: `That is the data per micro-batch; each batch is split across ${tasks} files.` },
          { key: size(daily / tasks), hint: `That divides by the tasks of one batch only; there are ${formatCount(batches)} batches a day.` },
          { key: size(average * 8), hint: 'That is off by a factor of 8, the bits/bytes confusion.' },
        ],
      };
    }
    return {
      prompt,
      solution: formatCount(files),
      explanation,
      key: integer(files),
      mistakes: [
        { key: integer(batches), hint: `That counts micro-batches; each writes ${tasks} files.` },
        { key: integer(tasks), hint: 'That is one batch; the job writes that many files every micro-batch.' },
      ],
    };
  },
});
