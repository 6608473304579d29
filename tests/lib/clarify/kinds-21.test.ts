import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';
import { historySourceCue } from '../../../lib/text/history-source';
import { lateArrivalCue } from '../../../lib/text/late-arrival';
import { splitPremise } from '../../../lib/text/premise';
import { scopeExtentCue } from '../../../lib/text/scope-extent';
import { teamSkillsCue } from '../../../lib/text/team-skills';
import { visibilityDeadlineCue } from '../../../lib/text/visibility-deadline';

/**
 * Kinds of clarify line the interviewer misread in phrasing batch 17, each on new lines written for this test
 * (other cases and wording than the batch's), with the topic an interviewer hears decided before the engine ran.
 * data/clarify-phrasings-kinds-21.json holds 42 such lines over the batch's kinds; measured before the change
 * 0.571 top-1, after 0.881. The floor guards that; the per-kind checks below are the kinds this change reads.
 */
type KindPhrasing = { case: string; kind: string; q: string; topic: string | null };
const set = JSON.parse(readFileSync(path.join(__dirname, 'data', 'clarify-phrasings-kinds-21.json'), 'utf8')) as KindPhrasing[];
const ask = (slug: string, question: string) => matchQuestion(question, loadCase(slug).rubric);

describe('the kinds of phrasing batch 17, on new lines', () => {
  it('keeps its top-1 floor over every kind', () => {
    const misses = set.filter((item) => ask(item.case, item.q).topic !== item.topic);
    const accuracy = 1 - misses.length / set.length;
    console.info(`clarify kinds-21 top-1: ${accuracy.toFixed(3)} on ${set.length}\n  ${misses.map((item) => `${item.topic}: ${item.q}`).join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it.each(set.filter((item) => ['team-skills', 'only-or-all', 'audit-log-retention', 'budget', 'compliance-by-name', 'backfill', 'off-topic'].includes(item.kind)))(
    '$kind, $case: $q',
    (item) => {
      expect(ask(item.case, item.q).topic).toBe(item.topic);
    },
  );
});

describe('what the team knows or runs is the current setup', () => {
  it.each([
    ['does the platform team have any Flink experience, or is it mostly batch SQL people?'],
    ['Are our engineers comfortable with Terraform?'],
    ['has anybody here operated Cassandra in production?'],
  ])('reads %s', (line) => {
    expect(teamSkillsCue(line)).not.toBeNull();
  });

  it.each([['who on the team reads the dashboards?'], ['how big is the engineering team?'], ['what format do the files come in?']])('leaves %s', (line) => {
    expect(teamSkillsCue(line)).toBeNull();
  });
});

describe('how far the build reaches over the units of the business is scope', () => {
  it.each([
    ['is this only for the Dutch stores or all four countries?'],
    ['just the first factory, or the others too?'],
    ['one depot to start with, or every depot at once?'],
    ['all the clinics, or only the two in Dublin?'],
  ])('reads %s', (line) => {
    expect(scopeExtentCue(line)).not.toBeNull();
  });

  it.each([
    ['do we keep only the latest position or all the history?'],
    ['which rules apply, SOX only, or also GDPR because of the offices in Paris?'],
    ['is the score only used for alerts or for every decision?'],
  ])('leaves %s', (line) => {
    expect(scopeExtentCue(line)).toBeNull();
  });
});

describe('by when a scene must show to its users is freshness', () => {
  it.each([
    ['a parcel is scanned at the depot at 07:10 - by when must the tracking page show it?'],
    ['When should the ops map reflect a cancelled ride?'],
    ['how soon does finance need to see a refund?'],
  ])('reads %s', (line) => {
    expect(visibilityDeadlineCue(line)).not.toBeNull();
  });

  it.each([['when does the nightly job run today?'], ['who should see the refund data?']])('leaves %s', (line) => {
    expect(visibilityDeadlineCue(line)).toBeNull();
  });

  it('reads a scene before a dash as the premise, and keeps a bare label as the question', () => {
    expect(splitPremise('a courier drops a parcel at 18:05 and the customer is out - what must the app show?')).toEqual({
      core: 'what must the app show?',
      premises: ['a courier drops a parcel at 18:05 and the customer is out'],
    });
    expect(splitPremise('SOX - who signs off the numbers?').premises).toEqual([]);
    expect(splitPremise('which standards apply here - do we store raw images?').premises).toEqual([]);
  });
});

describe('a device out of reach for a while sends late, and old records loaded at go-live are existing history', () => {
  it.each([['what happens to a scanner that loses its signal in the cold store?'], ['a truck with no coverage for an hour, what do we receive?'], ['the bus drives through a tunnel']])(
    'late: %s',
    (line) => {
      expect(lateArrivalCue(line)).not.toBeNull();
    },
  );

  it('reads old records loaded at go-live as history to bring in', () => {
    expect(historySourceCue('is there a record of past shipments we have to import at go-live?')).not.toBeNull();
    expect(historySourceCue('how long do we keep shipments after go-live?')).toBeNull();
  });
});
