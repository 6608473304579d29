import { describe, expect, it } from 'vitest';
import { accessPermissionCue } from '../../../lib/text/access-permission';
import { outputOwnershipCue } from '../../../lib/text/output-ownership';
import { worryStatementCue } from '../../../lib/text/worry-statement';
import { analyse } from '../../../lib/text/analyse';

describe('a worry of the speaker own, stated', () => {
  it.each([
    ["I'm worried that the warehouse and the ledger disagree after a replay."],
    ['We are a little nervous about losing events when a broker restarts.'],
    ['My biggest concern is that one tenant floods the shared cluster.'],
    ['What worries me is how stale the model features get overnight.'],
    ['I fear the partner files arrive with a different column order each month.'],
    ['I’d be worried if the dashboards showed half-loaded days.'],
  ])('reads %s', (line) => {
    expect(worryStatementCue(line)).not.toBeNull();
  });

  it.each([
    ["Let's not worry about cost yet."],
    ['There is nothing to worry about on volume.'],
    ["I'm not worried about retention."],
    ["I'm afraid I have to leave at four."],
    ['The team is worried about the migration.'],
  ])('leaves %s', (line) => {
    expect(worryStatementCue(line)).toBeNull();
  });
});

describe('who may see data', () => {
  it.each([
    ['Which analysts are allowed to see customer emails?'],
    ['who gets to view the raw location history?'],
    ['Are contractors permitted to query the claims tables?'],
    ['What roles may access lab results?'],
    ['Who is granted access to the unmasked card numbers?'],
  ])('reads %s', (line) => {
    expect(accessPermissionCue(line)).not.toBeNull();
  });

  it.each([['Who reads the weekly report?'], ['who can see the dashboard on their phone?'], ['Which teams use the churn scores?']])('leaves %s', (line) => {
    expect(accessPermissionCue(line)).toBeNull();
  });
});

describe('who owns an output', () => {
  it.each([
    ['Who owns the churn metrics?'],
    ['which business team owns the weekly revenue report'],
    ['Who is the owner of the plant dashboards?'],
    ['the business owner of the risk scores - who is that?'],
  ])('reads %s', (line) => {
    expect(outputOwnershipCue(line)).not.toBeNull();
  });

  it.each([['Who owns the Kafka cluster?'], ['which team owns the order service'], ['Who maintains the reports server?']])('leaves %s', (line) => {
    expect(outputOwnershipCue(line)).toBeNull();
  });
});

describe('note-taking cuts of the topic words', () => {
  it('reads avail, retn and thruput as the words they stand for', () => {
    expect(analyse('avail').stems).toEqual(analyse('availability').stems);
    expect(analyse('retn').stems).toEqual(analyse('retention').stems);
    expect(analyse('thruput').stems).toEqual(analyse('throughput').stems);
  });
});
