import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { readText } from '../../../lib/text/read-text';
import { foreignLanguage } from '../../../lib/text/answer-language';
import { codes, pointStatus as statusOf, questionOf } from './fixtures';

// Each answer below was written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('an answer given as a markdown comparison table', () => {
  it('OLTP vs OLAP with "no" and "-" cells beside the right values (interviewer: 75)', () => {
    const text = [
      '| | OLTP (shop Postgres) | OLAP (warehouse) |',
      '|---|---|---|',
      '| workload | many small concurrent inserts and updates by key | large scans and aggregations over years of history |',
      '| columnar | no | columnar and denormalised (star schema) |',
      '| normalised | row-oriented, third normal form | no |',
      '| dashboards | never on the primary: they would compete with checkout | - |',
    ].join('\n');
    const result = scoreQuestion(questionOf('oltp-vs-olap'), { text });
    expect(statusOf(result, 'olap-scans')).toBe('stated');
    expect(statusOf(result, 'oltp-small')).toBe('stated');
    expect(codes(result)).not.toContain('practice.key-point-negated');
    expect(result.score).toBeGreaterThanOrEqual(60);
  });
});

describe('an answer not written in English', () => {
  it('a French answer with English terms is told that only English is graded (interviewer: 75 for its content)', () => {
    const text = "Avec acks=all, le leader attend que toutes les replicas du ISR aient le message avant de répondre. Si le ISR est réduit au leader seul, une seule copie existe et les données sont perdues quand il tombe. Pour éviter cela on met min.insync.replicas=2 : le broker refuse alors les écritures avec NotEnoughReplicas.";
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(codes(result)).toContain('practice.not-english');
    expect(result.findings.find((finding) => finding.code === 'practice.not-english')?.message).toMatch(/French.*Only English/);
  });

  it('German filler around English keywords is still gamed and stays low (interviewer: 8)', () => {
    const text = 'Das ist sehr wichtig und das ist auch gut: acks, ISR, min.insync.replicas, replication factor. Wir machen das immer so, und es ist nicht schwer, aber es ist wichtig.';
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(result.score).toBeLessThanOrEqual(25);
    expect(codes(result)).toContain('practice.not-english');
  });

  it('an English answer quoting a foreign phrase is read as English', () => {
    const text = 'The team called it "la tabla de hechos" in the Madrid office, but it is the fact table: each row is one order line, and the dimensions describe the date, the customer and the product.';
    expect(foreignLanguage(readText(text))).toBeUndefined();
  });
});
