import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readOrder } from '../../../lib/text/sequence';

// "after that" opening its own clause with the subject left out ("writes X, and only after that commits Y") points back
// at the step written first, as "after that, we" does; "after that write" (a noun after "that") does not.
const load = { first: ['load the partition', 'loads the partition', 'loaded the partition'], then: ['mark the run', 'marks the run', 'marked the run'] };
const snapshot = { first: ['take a snapshot', 'takes a snapshot'], then: ['truncate the log', 'truncates the log'] };

describe('readOrder: "after that" opening a clause', () => {
  it.each([
    [load, 'The task loads the partition and only after that marks the run as a success.'],
    [load, 'The operator loaded the partition; right after this marked the run done.'],
    [snapshot, 'The broker takes a snapshot, and just after that truncates the log up to it.'],
  ])('%#: right: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)?.order).toBe('right');
  });

  it.each([
    [load, 'The task marks the run as a success and only after that loads the partition.'],
    [snapshot, 'It truncates the log, and right after that takes a snapshot.'],
  ])('%#: reversed: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)?.order).toBe('reversed');
  });
});

// A denied word of time ("never before", "not after") restates the order just given; it does not reverse it.
describe('readOrder: a denied word of time', () => {
  it.each([
    [load, 'Mark the run after the task loads the partition, never before: a crash in the middle of a task that loads the partition must leave the run unmarked.'],
    [snapshot, 'Truncate the log after you take a snapshot, not before, since a crash while the broker takes a snapshot would leave nothing to replay.'],
  ])('%#: right: %s', (spec, text) => {
    expect(readOrder(readText(text), spec)?.order).not.toBe('reversed');
  });
});
