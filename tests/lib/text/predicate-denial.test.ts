import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { claimStatus as status } from './fixtures';

// Expected statuses were written before the predicate-denial reader existed (an interviewer's reading of each sentence).
const clear: ClaimSpec = { keywords: ['clear', 'clearing', 'tasks clear'] };
const backfill: ClaimSpec = { keywords: ['backfill', 'dags backfill', 'backfill create'] };
const dimensions: ClaimSpec = { keywords: ['dimension', 'dimensions', 'customer dimension'] };
const customer: ClaimSpec = { keywords: ['customer'] };
const hot: ClaimSpec = { keywords: ['hot partition', 'hot partitions', 'skew'] };
const timeTravel: ClaimSpec = { keywords: ['time travel', 'versions'] };
const acid: ClaimSpec = { keywords: ['acid', 'atomic', 'atomicity'] };
const idempotent: ClaimSpec = { keywords: ['idempotent', 'idempotence', 'overwrite'] };
const checkpoint: ClaimSpec = { keywords: ['checkpoint', 'checkpoints', 'checkpointing'] };
const schema: ClaimSpec = { keywords: ['schema evolution'] };
const compaction: ClaimSpec = { keywords: ['compaction'] };
const autoCommit: ClaimSpec = { keywords: ['auto commit', 'auto-commit'] };
const cdc: ClaimSpec = { keywords: ['CDC'] };
const reload: ClaimSpec = { keywords: ['full reload'] };
const commitAfter: ClaimSpec = { keywords: ['commit', 'committing'], assert: [['write']] };

describe('a predicate that denies its subject', () => {
  it.each([
    ['Clearing tasks is risky.', clear],
    ['Backfill is deprecated, so trigger the DAG by hand.', backfill],
    ['Clearing tasks is risky and backfill is deprecated.', clear],
    ['Clearing tasks is risky and backfill is deprecated.', backfill],
    ["Dimensions like customer and product aren't needed.", dimensions],
    ["Dimensions like customer and product aren't needed.", customer],
    ["Hot partitions aren't a real problem because Kafka rebalances them automatically.", hot],
    ["Time travel isn't something they support.", timeTravel],
    ["Checkpoints aren't really needed.", checkpoint],
    ['Schema evolution is not worth the effort.', schema],
    ['Idempotent writes are not worth it.', idempotent],
    ['Compaction and partitioning are unnecessary.', compaction],
    ['Auto-commit is not recommended.', autoCommit],
    ["Don't bother with checkpoints.", checkpoint],
    ['Checkpointing is overkill.', checkpoint],
  ])('"%s" negates the point', (text, spec) => {
    expect(status(text, spec)).toBe('negated');
  });

  it('quotes the clause that denies it', () => {
    const reading = readClaim(readText('Use a watermark. Clearing tasks is risky and backfill is deprecated.'), backfill);
    expect(reading.clause).toBe('Clearing tasks is risky and backfill is deprecated.');
  });
});

describe('a predicate that keeps its subject credited', () => {
  it.each([
    ['Clearing tasks is risky without idempotence.', clear, 'stated'],
    ['Clearing tasks is risky without idempotence.', idempotent, 'stated'],
    ['A hot partition is a real problem, so salt the key.', hot, 'stated'],
    ['A full reload is not needed once we have CDC.', cdc, 'stated'],
    ["Hot partitions aren't a problem as long as we key by driver_id.", hot, 'stated'],
    ['Backfill is risky if the task appends, so make it idempotent first.', backfill, 'stated'],
    ['Committing offsets before the write is risky; commit after the write.', commitAfter, 'stated'],
  ])('"%s"', (text, spec, expected) => {
    expect(status(text, spec)).toBe(expected);
  });

  it('"not needed once ..." is a condition, not a denial of its subject', () => {
    expect(status('A full reload is not needed once we have CDC.', reload)).not.toBe('negated');
  });
});

describe('a later denial takes back what was named before', () => {
  it.each([
    ["Delta adds a transaction log and time travel. Time travel isn't something they support, though.", timeTravel],
    ["Delta gives ACID commits. Well, strictly, commits aren't really atomic.", acid],
    ['Delta and Iceberg add a log, ACID commits and time travel. Strictly the commits are not really atomic and time travel is not something they support.', timeTravel],
  ])('"%s"', (text, spec) => {
    const reading = readClaim(readText(text), spec);
    expect(reading.status).toBe('negated');
    expect(reading.retracted).toBe(true);
  });

  it('says which words took it back', () => {
    const reading = readClaim(readText("Delta adds a transaction log and time travel. Time travel isn't something they support."), timeTravel);
    expect(reading.withdrawnWith).toContain("isn't something they support");
  });

  it.each([
    ["Delta adds time travel. Time travel isn't something plain Parquet supports.", timeTravel],
    ["Overwrite the partition so the task is idempotent. An append isn't really idempotent.", idempotent],
    ['Run airflow dags backfill over the range. The old airflow backfill command is deprecated.', backfill],
    ['Use idempotent writes. Without idempotent writes a retry duplicates rows.', idempotent],
    ["Time travel isn't something they support. Delta adds time travel through its log.", timeTravel],
    ['Delta adds time travel. Time travel is not needed once the table is archived.', timeTravel],
  ])('"%s" keeps the point', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });
});
