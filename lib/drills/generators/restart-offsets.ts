import { defineGenerator } from '../define-generator';
import { formatCount } from '../format';
import type { Rng } from '../random';
import type { AnswerKey, Mistake } from '../types';

type Scenario = 'restart' | 'fresh' | 'aged-out';
type Starting = 'earliest' | 'latest' | 'json';

interface Partition {
  earliest: number;
  latest: number;
  checkpoint: number;
  /** For startingOffsets as JSON: -2 means earliest, -1 latest, anything else that offset. */
  json: number;
}

const offsetsKey = (values: readonly number[]): AnswerKey => ({ kind: 'offsets', values });
const list = (values: readonly number[]): string => values.map((value, partition) => `p${partition}: ${value}`).join(', ');

function makePartition(rng: Rng, scenario: Scenario, agedOut: boolean): Partition {
  // Retention has moved every partition's start well past zero, as on any long-lived topic.
  const earliest = rng.int(6, 40) * 1000 + rng.int(0, 999);
  const latest = earliest + rng.int(5, 60) * 1000 + rng.int(0, 999);
  const checkpoint = agedOut && scenario === 'aged-out' ? earliest - rng.int(100, 5000) : rng.int(earliest + 100, latest - 100);
  const json = rng.pick([-2, -1, rng.int(earliest + 1, latest - 1)]);
  return { earliest, latest, checkpoint, json };
}

function fromStarting(partition: Partition, starting: Starting): number {
  if (starting === 'earliest') return partition.earliest;
  if (starting === 'latest') return partition.latest;
  if (partition.json === -2) return partition.earliest;
  if (partition.json === -1) return partition.latest;
  return partition.json;
}

export const restartOffsets = defineGenerator({
  id: 'restart-offsets',
  topic: 'spark-streaming',
  title: 'Where a restarted Kafka stream resumes',
  build(rng) {
    const scenario: Scenario = rng.pick(['restart', 'restart', 'fresh', 'aged-out'] as const);
    const starting: Starting = rng.pick(['earliest', 'latest', 'json'] as const);
    const count = rng.int(2, 4);
    const agedIndex = rng.int(0, count - 1);
    const partitions = Array.from({ length: count }, (_, index) => makePartition(rng, scenario, index === agedIndex));
    const startingText =
      starting === 'json'
        ? `'${JSON.stringify({ orders: Object.fromEntries(partitions.map((partition, index) => [String(index), partition.json])) })}'`
        : `"${starting}"`;
    const fromOption = partitions.map((partition) => fromStarting(partition, starting));
    const fromCheckpoint = partitions.map((partition) => partition.checkpoint);
    const answer =
      scenario === 'fresh' ? fromOption : partitions.map((partition) => (partition.checkpoint < partition.earliest ? partition.earliest : partition.checkpoint));
    const table = ['| partition | earliest offset still in Kafka | log-end offset (next to be written) |', '| --- | --- | --- |', ...partitions.map((partition, index) => `| ${index} | ${partition.earliest} | ${partition.latest} |`)];
    const situation =
      scenario === 'fresh'
        ? 'The team changed `checkpointLocation` to a new, empty directory before restarting, so the query starts without a checkpoint.'
        : `The query is restarted with the same \`checkpointLocation\`. Its checkpoint says the last completed micro-batch ended at ${list(fromCheckpoint)} (the next offset to read in each partition).${scenario === 'aged-out' ? ' The source sets `failOnDataLoss` to `false`.' : ''}`;
    const prompt = [
      `A Structured Streaming query reads the Kafka topic \`orders\` (${count} partitions) with \`.option("startingOffsets", ${startingText})\`.`,
      '',
      situation,
      '',
      ...table,
      '',
      'Which offset does the restarted query read first in each partition? Answer like `p0: 1200, p1: 980`, or in the JSON form startingOffsets uses.',
    ].join('\n');
    const jsonNote = starting === 'json' ? ' In the JSON form, -2 stands for earliest and -1 for latest.' : '';
    const explanation = [
      scenario === 'fresh'
        ? `With no checkpoint, startingOffsets decides where the query begins: ${starting === 'earliest' ? 'earliest is the oldest offset Kafka still retains' : starting === 'latest' ? 'latest is the log-end offset, so only messages written after the start are read' : 'the JSON gives a start per partition'}.${jsonNote}`
        : 'startingOffsets only applies when a query starts with no checkpoint. On a restart the offsets recorded in the checkpoint win, whatever startingOffsets says, so the query carries on where the last completed batch stopped.',
      scenario === 'aged-out'
        ? `But retention has already deleted some of those offsets: in partition ${agedIndex} the checkpoint points at ${partitions[agedIndex]?.checkpoint ?? 0}, below the earliest offset still in Kafka (${partitions[agedIndex]?.earliest ?? 0}). With failOnDataLoss=false Spark logs a warning and continues from the earliest available offset, silently skipping ${formatCount((partitions[agedIndex]?.earliest ?? 0) - (partitions[agedIndex]?.checkpoint ?? 0))} messages; with the default (true) the query would fail instead. failOnDataLoss=false accepts data loss: it is not an exactly-once setting.`
        : '',
      'End-to-end exactly-once needs a replayable source, the checkpoint, and an idempotent or transactional sink.',
      'Source: Structured Streaming + Kafka Integration Guide, options `startingOffsets` ("only applies when a new query is started, and resuming will always pick up from where the query left off"; in JSON -2 is earliest, -1 latest) and `failOnDataLoss` (whether to fail when offsets are out of range, e.g. deleted by retention).',
    ]
      .filter((line) => line !== '')
      .join(' ');
    const mistakes: Mistake[] = [];
    if (scenario !== 'fresh') mistakes.push({ key: offsetsKey(fromOption), hint: `That applies startingOffsets (${starting}); it is ignored when the query restarts from a checkpoint.` });
    if (scenario === 'fresh') mistakes.push({ key: offsetsKey(fromCheckpoint), hint: 'Those are the old checkpoint offsets, but the query starts with a new, empty checkpoint directory and so cannot see them.' });
    if (scenario === 'aged-out') mistakes.push({ key: offsetsKey(fromCheckpoint), hint: `Partition ${agedIndex}'s checkpointed offset no longer exists in Kafka; with failOnDataLoss=false Spark jumps to the earliest offset still there.` });
    if (scenario === 'fresh' && starting !== 'json') {
      const other = partitions.map((partition) => fromStarting(partition, starting === 'earliest' ? 'latest' : 'earliest'));
      mistakes.push({ key: offsetsKey(other), hint: 'earliest means the oldest retained offset; latest means the log-end offset (only new messages).' });
    }
    // An answer may use the JSON symbols for this topic: -2 is each partition's earliest, -1 its log end.
    const key: AnswerKey = { kind: 'offsets', values: answer, earliest: partitions.map((partition) => partition.earliest), latest: partitions.map((partition) => partition.latest) };
    return { prompt, solution: list(answer), explanation, key, mistakes };
  },
});
