import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import { MECHANISM_CLAIMS, misstatedPoints, readMechanismClaims } from '../../../lib/text/mechanism-claims';
import { readText } from '../../../lib/text/read-text';

const ids = (text: string) => readMechanismClaims(readText(text)).map((hit) => hit.claim.id);

describe('shared wrong mechanism claims', () => {
  it('never fire on a key point\'s own sentence or paraphrase example in any case', () => {
    for (const slug of listCaseSlugs()) {
      for (const prompt of loadCase(slug).rubric.steps['deep-dive'].prompts) {
        for (const point of prompt.keyPoints) {
          for (const text of [point.text, ...(point.paraphrases ?? []).map((item) => item.example)]) expect(ids(text), `${slug} ${point.id}: ${text}`).toEqual([]);
        }
      }
    }
  });

  it('read the wrong statement and not its bounded or corrected form', () => {
    expect(ids('After a restart the query starts again from whatever startingOffsets says.')).toEqual(['starting-offsets-on-restart']);
    expect(ids('startingOffsets only applies to a new query; a restart resumes from the checkpoint.')).toEqual([]);
    expect(ids('Producer idempotence also removes the duplicates when Visa resends an authorisation.')).toEqual(['idempotence-covers-upstream-resends']);
    expect(ids('Producer idempotence does not cover Visa resending an authorisation.')).toEqual([]);
    expect(ids('A retried posting just overwrites the first, last write wins, so it is idempotent.')).toEqual(['last-write-wins-idempotent']);
    expect(ids('The ledger is eventually consistent, so the balance settles after a second.')).toEqual(['eventual-consistency-for-balances']);
    expect(ids('The ZooKeeper ensemble tracks the in-sync replicas.')).toEqual(['zookeeper-tracks-isr']);
    expect(ids('Since KRaft, the controllers track the in-sync replicas instead of ZooKeeper.')).toEqual([]);
  });

  it('gate each claim on stems every one of its keywords holds', () => {
    for (const claim of MECHANISM_CLAIMS) for (const keyword of claim.keywords) expect(claim.gate.some((stem) => keyword.toLowerCase().includes(stem)), `${claim.id}: ${keyword}`).toBe(true);
  });

  it('name the points whose keywords carry the misstated mechanism, none for an outdated fact', () => {
    const points = [{ id: 'a', keywords: ['Checkpoint', 'offsets'] }, { id: 'b', keywords: ['delta'] }];
    const byId = (id: string) => MECHANISM_CLAIMS.find((claim) => claim.id === id)!;
    expect(misstatedPoints(byId('starting-offsets-on-restart'), points)).toEqual(['a']);
    expect(misstatedPoints(byId('zookeeper-tracks-isr'), points)).toEqual([]);
  });
});
