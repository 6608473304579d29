import { describe, expect, it } from 'vitest';
import { analyse, contentStems, phraseKey } from '../../../lib/text/analyse';
import { normaliseText, tokenise } from '../../../lib/text/normalise';
import { buildPhraseMatcher } from '../../../lib/text/phrase-matcher';

describe('normaliseText', () => {
  it('lower-cases, splits camelCase and opens contractions', () => {
    expect(normaliseText("What's the OrderItem table? Don't know.")).toBe('what the order item table do not know');
  });

  it('splits numbers from units but keeps p99 and decimals whole', () => {
    expect(normaliseText('200GB/day at p99 and 99.9% uptime')).toBe('200 gb day at p99 and 99.9 percent uptime');
  });

  it('drops accents and symbols and spells British -ise the American way', () => {
    expect(tokenise(normaliseText('Prioritise the café -> résumé!!'))).toEqual(['prioritize', 'the', 'cafe', 'resume']);
  });

  it('caps the input length', () => {
    expect(normaliseText('a'.repeat(10_000), 50).length).toBe(50);
  });
});

describe('analyse', () => {
  it('folds abbreviations and their long forms onto one token', () => {
    expect(phraseKey('QPS')).toBe(phraseKey('queries per second'));
    expect(phraseKey('RPS')).toBe(phraseKey('throughput'));
    expect(phraseKey('SLA')).toBe(phraseKey('service level agreement'));
    expect(phraseKey('SLOs')).toBe(phraseKey('SLA'));
    expect(phraseKey('GDPR')).toBe(phraseKey('General Data Protection Regulation'));
    expect(phraseKey('PII')).toBe(phraseKey('personally identifiable information'));
    expect(phraseKey('CDC')).toBe(phraseKey('change data capture'));
    expect(phraseKey('OLAP')).toBe(phraseKey('online analytical processing'));
    expect(phraseKey('MVP')).toBe(phraseKey('minimum viable product'));
    expect(phraseKey('DAU')).toBe(phraseKey('daily active users'));
    expect(phraseKey('TBs')).toBe(phraseKey('terabytes'));
    expect(phraseKey('p95')).toBe(phraseKey('percentile'));
    expect(phraseKey('real-time')).toBe(phraseKey('realtime'));
    expect(phraseKey('high availability')).toBe(phraseKey('uptime'));
  });

  it('stems so that word forms match', () => {
    expect(phraseKey('consumers')).toBe(phraseKey('consume'));
    expect(phraseKey('priorities')).toBe(phraseKey('prioritize'));
    expect(phraseKey('daily')).toBe(phraseKey('day'));
    expect(phraseKey('seasonality')).toBe(phraseKey('season'));
  });

  it('flags stop words and numbers instead of dropping them', () => {
    const analysed = analyse('How long do we keep 3 years?');
    expect(analysed.stems).toHaveLength(7);
    expect(contentStems(analysed)).toEqual(['long', 'keep', 'year']);
  });

  it('never throws on odd input', () => {
    expect(analyse('').stems).toEqual([]);
    expect(analyse('\u0000\uFFFF🙂 ../../etc/passwd <script>').stems.length).toBeGreaterThan(0);
    expect(analyse(undefined as unknown as string).stems).toEqual([]);
  });
});

describe('buildPhraseMatcher', () => {
  const matcher = buildPhraseMatcher([
    { id: 'order', phrases: ['order', 'purchase'] },
    { id: 'order-item', phrases: ['order item', 'line item'] },
    { id: 'customer', phrases: ['customer', 'user'] },
  ]);

  it('prefers the longest phrase and uses each word once', () => {
    expect(matcher.matchAll('Orders have order items (line items) and users').map((match) => match.id)).toEqual([
      'order',
      'order-item',
      'order-item',
      'customer',
    ]);
  });

  it('matches camelCase and plurals', () => {
    expect(matcher.matchAll('OrderItems').map((match) => match.id)).toEqual(['order-item']);
  });
});
