import { describe, expect, it } from 'vitest';
import { timeAdjunctTokens } from '@/lib/text/time-adjunct';
import { readText } from '@/lib/text/read-text';
import { gradeCase as grade } from './fixtures';

// Verdicts written before running the engine: what an interviewer reads each row as.
const namedRefs = (slug: string, fields: Record<string, unknown>, code: string) =>
  grade(slug, fields)
    .findings.filter((finding) => finding.code === code && finding.severity === 'good')
    .flatMap((finding) => finding.refs ?? []);

describe('a source row stands for the input it says most about', () => {
  it('ecommerce: partner files whose first word is "payment" are the partner files', () => {
    const inputs = [
      { name: 'orders and payments from the shop Postgres via CDC', mode: 'stream' },
      { name: 'payment and logistics partner CSV files dropped on SFTP', mode: 'batch' },
    ];
    expect(namedRefs('ecommerce-data-platform', { inputs }, 'design.input-named').sort()).toEqual(['oltp-database', 'partner-files']);
  });

  it('card payments: card-transaction clearing files from Visa and Mastercard are the clearing files', () => {
    const inputs = [{ name: 'card transaction clearing files from Visa and Mastercard', mode: 'batch' }];
    expect(namedRefs('card-payments', { inputs }, 'design.input-named')).toEqual(['clearing-files']);
  });

  it('a tie keeps the first name: "Postgres change events" is the database, not the clickstream', () => {
    const inputs = [{ name: 'Postgres change events', mode: 'stream' }];
    expect(namedRefs('ecommerce-data-platform', { inputs }, 'design.input-named')).toEqual(['oltp-database']);
  });
});

describe('words saying when something holds do not say who reads', () => {
  it('ecommerce: "ops team during sales" reading a stock table is the inventory output, not the sales dashboards', () => {
    const outputs = [
      { consumer: 'leadership and analysts', store: 'revenue marts in the warehouse behind the BI tool' },
      { consumer: 'ops team during sales', store: 'stock per SKU table refreshed every minute by the stream job' },
    ];
    const result = grade('ecommerce-data-platform', { outputs });
    expect(namedRefs('ecommerce-data-platform', { outputs }, 'design.output-named').sort()).toEqual(['bi-dashboards', 'inventory-metrics']);
    expect(result.findings.map((finding) => finding.code)).not.toContain('design.output-wrong-content');
  });

  it.each([
    ['ops team during sales', ['sales']],
    ['stock throughout a flash sale, for ops', ['a', 'flash', 'sale']],
    ['analysts, during peak hours and weekends', ['peak', 'hours']],
    ['sales dashboards for leadership', []],
  ])('"%s": the occasion is %j', (text, expected) => {
    const read = readText(text);
    expect([...timeAdjunctTokens(read)].map((at) => read.tokens[at]?.norm)).toEqual(expected);
  });
});
