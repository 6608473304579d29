import { countWord, formatBytes, formatClock, formatCount } from '@/lib/drills/format';
import type { AnswerKey, Drill } from '@/lib/drills/types';

/**
 * Answers written the way practitioners write them, built from a drill's key: the self-checks feed them
 * to the checker over many seeds. Shared with scripts that measure the checker before and after a change.
 */

/** Five ways of not committing to an answer; none may ever be graded correct. */
export function hedgedAnswers(drill: Drill): string[] {
  return ["I don't know", 'no idea', `not sure, ${drill.solution}`, `maybe ${drill.solution}`, `no clue... ${drill.solution}?`];
}

function keyOf<K extends AnswerKey['kind']>(drill: Drill, kind: K): Extract<AnswerKey, { kind: K }> {
  if (drill.key.kind !== kind) throw new Error(`${drill.id} seed ${drill.seed}: expected a ${kind} key, got ${drill.key.kind}`);
  return drill.key as Extract<AnswerKey, { kind: K }>;
}

const BINARY = [
  { unit: 'TiB', bytes: 2 ** 40 },
  { unit: 'GiB', bytes: 2 ** 30 },
  { unit: 'MiB', bytes: 2 ** 20 },
  { unit: 'KiB', bytes: 2 ** 10 },
];

function binary(bytes: number): string {
  const unit = BINARY.find((candidate) => bytes >= candidate.bytes) ?? { unit: 'B', bytes: 1 };
  return `${Number((bytes / unit.bytes).toPrecision(4))} ${unit.unit}`;
}

function decimalGb(bytes: number): string {
  return `${Number((bytes / 1e9).toPrecision(6))} GB`;
}

function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `PT${Math.floor(whole / 3600)}H${Math.floor((whole % 3600) / 60)}M${whole % 60}S`;
}

function isoMinutes(epochMinutes: number): string {
  return `${new Date(epochMinutes * 60_000).toISOString().slice(0, 19)}+00:00`;
}

function integerNotations(drill: Drill): string[] {
  const { value } = keyOf(drill, 'integer');
  switch (drill.id) {
    case 'small-files':
      return [formatCount(value), value >= 1e6 ? `${value / 1e6}M` : `${value / 1e3}k`, `${value} files per day`];
    case 'consumer-idle':
      return [String(value), countWord(value), `${value} idle (a partition has one consumer per group)`];
    case 'acks-durability':
      return [String(value), `${countWord(value)} brokers`, `${value}, because of min.insync.replicas and acks`];
    case 'partition-count':
      return [String(value), `${value} partitions`, `the larger of the two ceilings = ${value}`];
    default:
      return [String(value), `${formatCount(value)} directories`, `${value} (only the matching directories are listed)`];
  }
}

function rows(solution: string): { city: string; from: string; to: string; current: string }[] {
  return solution.split('; ').map((row) => {
    const [city = '', from = '', to = '', current = ''] = row.split(', ');
    return { city, from, to, current };
  });
}

/** Three ways of writing the right answer to one drill, each as a practitioner of its topic would. */
export function rightNotations(drill: Drill): string[] {
  switch (drill.id) {
    case 'consumer-idle':
    case 'acks-durability':
    case 'partition-count':
    case 'partition-pruning':
      return integerNotations(drill);
    case 'small-files':
      if (drill.key.kind === 'integer') return integerNotations(drill);
      return [formatBytes(keyOf(drill, 'quantity').value), binary(keyOf(drill, 'quantity').value), `~${decimalGb(keyOf(drill, 'quantity').value)} per file`];
    case 'retention-storage': {
      const bytes = keyOf(drill, 'quantity').value;
      return [formatBytes(bytes), binary(bytes), `total = ${decimalGb(bytes)} across the cluster`];
    }
    case 'availability-downtime': {
      const seconds = keyOf(drill, 'quantity').value;
      // The availability as the solution prints it, "99.8901% available": downtime as a share of the year.
      return [`${Number((seconds / 3600).toPrecision(4))} hours`, isoDuration(seconds), drill.solution.match(/\(([^)]*)\)/)?.[1] ?? ''];
    }
    case 'late-event-watermark': {
      const key = keyOf(drill, 'yes-no');
      const watermark = formatClock(key.deciding?.find((value) => value.name === 'watermark')?.seconds ?? 0);
      const end = formatClock(key.deciding?.find((value) => value.name === 'window end')?.seconds ?? 0);
      return [
        `${key.value ? 'yes' : 'no'}, watermark ${watermark}`,
        `${key.value ? 'Dropped' : 'Counted'}: the watermark is ${watermark} and the window ends at ${end}`,
        `${key.value ? 'Y' : 'N'}; wm = 2024-03-01T${watermark}:00Z`,
      ];
    }
    case 'normal-form': {
      const { value } = keyOf(drill, 'choice');
      const word = { '1NF': 'first', '2NF': 'second', '3NF': 'third' }[value] ?? '';
      const context = value === '1NF' ? 'Not in 1NF: a list in one column is a repeating group' : value === '2NF' ? 'It is in 1NF but violates 2NF (partial dependency)' : 'It is in 2NF but not in 3NF';
      return [value, `${word} normal form`, context];
    }
    case 'restart-offsets': {
      const { values } = keyOf(drill, 'offsets');
      return [
        drill.solution,
        JSON.stringify({ orders: Object.fromEntries(values.map((value, partition) => [String(partition), value])) }),
        values.map((value, partition) => `orders-${partition}: ${formatCount(value)}`).join('; '),
      ];
    }
    case 'sliding-windows': {
      const { items } = keyOf(drill, 'set');
      const pairs = items.map((item) => item.split('-').map(Number) as [number, number]);
      return [drill.solution, pairs.map(([start, end]) => `[${formatClock(start)}, ${formatClock(end)})`).join(', '), pairs.map(([start, end]) => `${formatClock(start)}:00 to ${formatClock(end)}:00`).join('; ')];
    }
    case 'catchup-intervals': {
      const { items } = keyOf(drill, 'set');
      const pairs = items.map((item) => item.split('|').map(Number) as [number, number]);
      return [drill.solution, pairs.map(([start, end]) => `[${isoMinutes(start)}, ${isoMinutes(end)})`).join(', '), pairs.map(([start]) => `scheduled__${isoMinutes(start)}`).join(', ')];
    }
    case 'scd2-change': {
      const list = rows(drill.solution);
      const table = ['| city | valid_from | valid_to | is_current |', '| --- | --- | --- | --- |', ...list.map((row) => `| ${row.city} | ${row.from} | ${row.to === 'null' ? 'NULL' : row.to} | ${row.current} |`)].join('\n');
      const sql = `INSERT INTO dim_customer VALUES ${list.map((row) => `(42, '${row.city}', DATE '${row.from}', ${row.to === 'null' ? 'NULL' : `DATE '${row.to}'`}, ${row.current.toUpperCase()})`).join(', ')}`;
      return [drill.solution, table, sql];
    }
    default:
      throw new Error(`no notations for ${drill.id}`);
  }
}
