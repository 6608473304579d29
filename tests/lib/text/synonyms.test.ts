import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';
import { canonicalWord } from '../../../lib/text/synonyms';

describe('canonicalWord', () => {
  it('folds a plural onto its singular synonym', () => {
    expect(canonicalWord('tbs')).toBe(canonicalWord('tb'));
    expect(canonicalWord('slos')).toBe('sla');
  });
  it('never reads a function word as a plural ("has" is not HA, high availability)', () => {
    expect(canonicalWord('has')).toBe('has');
    expect(canonicalWord('ha')).toBe('uptime');
  });
});

describe('a question with "has" in it is not about availability', () => {
  const cases: [string, string][] = [
    ['card-payments', 'Who has access to the raw card numbers?'],
    ['healthcare-records', 'Which team has to sign off on the quality measures?'],
    ['ride-hailing', 'How much history has to stay queryable?'],
  ];
  for (const [caseId, q] of cases) {
    it(`${caseId}: ${q}`, () => {
      const rubric = loadCase(caseId).rubric;
      expect(matchQuestion(q, rubric).topic).not.toBe('availability');
    });
  }
});
