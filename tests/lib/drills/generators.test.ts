import { describe, expect, it } from 'vitest';
import { matchAnswer, showItem } from '@/lib/drills/check-drill';
import { formatBytes, formatClock } from '@/lib/drills/format';
import { DRILL_GENERATORS, drillView } from '@/lib/drills/registry';
import type { AnswerKey, Drill } from '@/lib/drills/types';
import { DEEP_DIVE_TOPICS } from '@/lib/content/rubric-schema';

const SEEDS = 1000;

function integerOf(key: AnswerKey): number {
  if (key.kind !== 'integer') throw new Error(`expected an integer key, got ${key.kind}`);
  return key.value;
}

function quantityOf(key: AnswerKey): number {
  if (key.kind !== 'quantity') throw new Error(`expected a quantity key, got ${key.kind}`);
  return key.value;
}

function setOf(key: AnswerKey): { items: readonly string[]; show: (item: string) => string } {
  if (key.kind !== 'set') throw new Error(`expected a set key, got ${key.kind}`);
  return { items: key.items, show: (item) => showItem(item, key.item) };
}

const offByOne = (value: number): string[] => [String(value + 1), ...(value > 0 ? [String(value - 1)] : [])];

/** Shifts a canonical `a-b` / `a|b` item by `delta` on both ends. */
function shift(item: string, delta: number, separator: string): string {
  return item
    .split(separator)
    .map((part) => String(Number(part) + delta))
    .join(separator);
}

/** Typical wrong answers per generator, written the way a learner would type them. */
const WRONG_ANSWERS: Record<string, (drill: Drill) => string[]> = {
  'consumer-idle': (drill) => offByOne(integerOf(drill.key)),
  'acks-durability': (drill) => offByOne(integerOf(drill.key)),
  'partition-count': (drill) => offByOne(integerOf(drill.key)),
  'partition-pruning': (drill) => offByOne(integerOf(drill.key)),
  'retention-storage': (drill) => {
    const bytes = quantityOf(drill.key);
    // Forgetting replication (RF is 2 or 3), bits written for bytes, hours for days, a unit slip.
    return [formatBytes(bytes / 2), formatBytes(bytes / 3), drill.solution.replace(/B$/, 'b'), formatBytes(bytes / 24), formatBytes(bytes / 1000), `${bytes * 8} bytes`];
  },
  'small-files': (drill) => {
    if (drill.key.kind === 'integer') return offByOne(drill.key.value).concat(String(drill.key.value * 2));
    const bytes = quantityOf(drill.key);
    return [drill.solution.replace(/B$/, 'b'), formatBytes(bytes * 2), formatBytes(bytes / 10)];
  },
  'availability-downtime': (drill) => {
    const seconds = quantityOf(drill.key);
    return [`${(seconds * 2) / 3600} hours`, `${seconds / 7200} hours`, `${seconds / 60} hours`];
  },
  'late-event-watermark': (drill) => {
    if (drill.key.kind !== 'yes-no') throw new Error('expected yes-no');
    const watermark = drill.key.deciding?.find((value) => value.name === 'watermark')?.seconds ?? 0;
    const right = formatClock(watermark);
    // The wrong verdict with the right watermark, and the right verdict with the watermark left at the max event time.
    const wrongVerdict = drill.key.value ? ['no', 'false', 'kept', 'not dropped'] : ['yes', 'true', 'dropped'];
    const rightVerdict = drill.key.value ? 'yes' : 'no';
    return [...wrongVerdict.map((verdict) => `${verdict}, watermark ${right}`), `${rightVerdict}, watermark ${formatClock(watermark + 3600)}`];
  },
  'normal-form': (drill) => {
    if (drill.key.kind !== 'choice') throw new Error('expected choice');
    const expected = drill.key.value;
    return ['1NF', '2NF', '3NF'].filter((option) => option !== expected).map((option) => `${option.toLowerCase()}`);
  },
  'restart-offsets': (drill) => {
    if (drill.key.kind !== 'offsets') throw new Error('expected offsets');
    const values = drill.key.values;
    const bumped = values.map((value, index) => (index === 0 ? value + 1 : value));
    const reversed = [...values].reverse();
    // (A list with too few offsets is refused as unreadable: see check-answers.test.ts.)
    return [bumped.join(', '), ...(reversed.join() !== values.join() ? [reversed.join(', ')] : [])];
  },
  'sliding-windows': (drill) => {
    const { items, show } = setOf(drill.key);
    const [first = '', second = ''] = items;
    const length = Number(first.split('-')[1]) - Number(first.split('-')[0]);
    const slide = second ? Number(second.split('-')[0]) - Number(first.split('-')[0]) : length;
    return [
      items.slice(1).map(show).join(', ') || 'none',
      [...items, shift(items[items.length - 1] ?? first, slide, '-')].map(show).join(', '),
      items.map((item) => shift(item, slide, '-')).map(show).join(', '),
    ];
  },
  'catchup-intervals': (drill) => {
    const { items, show } = setOf(drill.key);
    const [first = ''] = items;
    const period = Number(first.split('|')[1]) - Number(first.split('|')[0]);
    return [
      [...items, shift(items[items.length - 1] ?? first, period, '|')].map(show).join(', '),
      items.map((item) => shift(item, period, '|')).map(show).join(', '),
      ...(items.length > 1 ? [items.slice(1).map(show).join(', ')] : []),
    ];
  },
  'scd2-change': (drill) => {
    const rows = drill.solution.split('; ');
    const last = rows[rows.length - 1] ?? '';
    return [rows.slice(0, -1).join('; ') || 'none', [...rows.slice(0, -1), last.replace(/true$/, 'false')].join('; '), [...rows, last].map((row, index) => (index === rows.length ? row.replace(/\d{4}-\d{2}-\d{2}/, '2099-01-01') : row)).join('; ')];
  },
};

describe('drill registry', () => {
  it('has at least 10 generators over at least 5 deep-dive topics, with unique ids and a wrong-answer maker each', () => {
    expect(DRILL_GENERATORS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(DRILL_GENERATORS.map((generator) => generator.topic)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(DRILL_GENERATORS.map((generator) => generator.id)).size).toBe(DRILL_GENERATORS.length);
    for (const generator of DRILL_GENERATORS) {
      expect(DEEP_DIVE_TOPICS).toContain(generator.topic);
      expect(generator.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(WRONG_ANSWERS[generator.id], generator.id).toBeDefined();
    }
  });

  it('rejects seeds that are not unsigned 32-bit integers', () => {
    const [generator] = DRILL_GENERATORS;
    for (const seed of [-1, 1.5, Number.NaN, 2 ** 32]) expect(() => generator?.generate(seed)).toThrow(RangeError);
    expect(generator?.generate(2 ** 32 - 1).seed).toBe(2 ** 32 - 1);
  });
});

describe.each(DRILL_GENERATORS.map((generator) => [generator.id, generator] as const))('%s', (id, generator) => {
  const drills = Array.from({ length: SEEDS }, (_, seed) => generator.generate(seed));

  it('accepts its own solution for every seed', () => {
    for (const drill of drills) {
      const result = generator.check(drill, drill.solution);
      if (!result.correct) throw new Error(`seed ${drill.seed}: solution "${drill.solution}" rejected: ${result.feedback}`);
    }
  });

  it('rejects typical wrong answers, saying what was expected', () => {
    const makeWrong = WRONG_ANSWERS[id];
    if (!makeWrong) throw new Error(`no wrong-answer maker for ${id}`);
    let checked = 0;
    for (const drill of drills) {
      for (const wrong of makeWrong(drill)) {
        const result = generator.check(drill, wrong);
        // Plain checks inside the loops: thousands of expect() calls would dominate the run time.
        if (result.correct) throw new Error(`seed ${drill.seed}: wrong answer "${wrong}" accepted (solution "${drill.solution}")`);
        if (!result.feedback.includes(drill.solution) || !result.feedback.includes(drill.explanation)) {
          throw new Error(`seed ${drill.seed}: feedback for "${wrong}" does not give the answer and the explanation: ${result.feedback}`);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(SEEDS);
  });

  it('writes well-formed prompts, solutions and explanations', () => {
    for (const drill of drills) {
      for (const [field, text] of Object.entries({ prompt: drill.prompt, solution: drill.solution, explanation: drill.explanation })) {
        if (text.trim() === '' || /undefined|NaN|Infinity|\[object/.test(text)) throw new Error(`seed ${drill.seed}: bad ${field}: ${text}`);
      }
      const sizes = [drill.prompt.length < 1500, drill.explanation.length > 80, drill.explanation.length < 2000, drill.solution.length < 600];
      if (sizes.includes(false)) throw new Error(`seed ${drill.seed}: prompt, solution or explanation has an odd length`);
      if (drill.id !== id || drill.topic !== generator.topic) throw new Error(`seed ${drill.seed}: wrong id or topic`);
    }
  });

  it('is deterministic and serialisable: the same seed gives the same drill, and a stored drill checks the same', () => {
    for (const drill of drills.slice(0, 200)) {
      const json = JSON.stringify(drill);
      if (JSON.stringify(generator.generate(drill.seed)) !== json) throw new Error(`seed ${drill.seed}: not deterministic`);
      const stored = JSON.parse(json) as Drill;
      if (!generator.check(stored, drill.solution).correct) throw new Error(`seed ${drill.seed}: stored drill does not check`);
    }
    expect(Object.keys(drillView(drills[0] as Drill)).sort()).toEqual(['explanation', 'id', 'prompt', 'seed', 'solution']);
  });

  it('varies with the seed', () => {
    expect(new Set(drills.slice(0, 50).map((drill) => drill.prompt)).size).toBeGreaterThan(10);
  });

  it('never lists the right answer as a typical mistake, and names at least one mistake', () => {
    let named = 0;
    for (const drill of drills.slice(0, 200)) {
      named += drill.mistakes.length;
      for (const mistake of drill.mistakes) {
        if (matchAnswer(mistake.key, drill.solution).status === 'match' || mistake.hint.length < 20) throw new Error(`seed ${drill.seed}: bad mistake ${mistake.hint}`);
      }
    }
    expect(named).toBeGreaterThan(0);
  });
});
