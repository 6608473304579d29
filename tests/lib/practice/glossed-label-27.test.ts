import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { withoutGloss } from '../../../lib/text/label-gloss';
import { readText } from '../../../lib/text/read-text';
import { pointStatus, questionOf } from './fixtures';

// Own wordings for the round-23 kind "a label with a gloss in parentheses, then a real explanation, read as a bare list of
// terms" ("OLTP (the shop's Postgres): many small, concurrent transactions by key - ..."). The interviewer's score for
// each was written before running the engine.
describe('a glossed label over an explanation is prose, not a list', () => {
  it('"Silver (the Delta tables): cleaned, typed, deduplicated ..." explains silver (interviewer: 85)', () => {
    const result = scoreQuestion(questionOf('medallion-layers'), {
      text: "Bronze (the landing tables): the raw records as they arrived, append-only, with the file name and ingest time, so a bug can be fixed by replaying them.\nSilver (the Delta tables): cleaned, typed, deduplicated on the event id, validated against the contract - one trustworthy row per event.\nGold (the marts): star schemas, aggregates and KPI tables built for the dashboards.\nMedallion only names layers; ingestion, orchestration, governance and monitoring still need their own design.",
    });
    expect(pointStatus(result, 'silver')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"OLTP (the clinic\'s SQL Server): many small, concurrent transactions by key - ..." explains OLTP (interviewer: 82)', () => {
    const result = scoreQuestion(questionOf('oltp-vs-olap'), {
      text: "OLTP (the clinic's SQL Server): many small, concurrent transactions by key - book an appointment, cancel a visit - normalised, row storage, indexes for point lookups, milliseconds matter.\nOLAP (BigQuery): a few heavy queries scanning and aggregating years of history, columnar and denormalised.\nDashboards go to the warehouse, not the clinic database: their scans would take IO and locks from the booking screens.",
    });
    expect(pointStatus(result, 'oltp-small')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a gloss changes nothing else: glossed and plain labels over the same words score the same', () => {
    const glossed = scoreQuestion(questionOf('oltp-vs-olap'), { text: 'OLTP (our MySQL checkout database): many small, concurrent transactions by key, with indexes for point lookups.\nOLAP (BigQuery): a few heavy queries scanning years of history.' });
    const plain = scoreQuestion(questionOf('oltp-vs-olap'), { text: 'OLTP: many small, concurrent transactions by key, with indexes for point lookups.\nOLAP: a few heavy queries scanning years of history.' });
    expect(glossed.score).toBe(plain.score);
    expect(pointStatus(glossed, 'oltp-small')).toBe(pointStatus(plain, 'oltp-small'));
  });
});

describe('withoutGloss', () => {
  it('drops a closed parenthesis and keeps an unclosed one', () => {
    const words = (text: string) => withoutGloss(readText(text).tokens).map((token) => token.norm).join(' ');
    expect(words("OLTP (the shop's Postgres)")).toBe('oltp');
    expect(words('Silver (Delta')).toBe('silver ( delta');
  });
});
