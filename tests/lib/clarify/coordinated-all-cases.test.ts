import { describe, expect, it } from 'vitest';
import { matchQuestion } from '../../../lib/clarify/match-question';
import { loadCase } from '../../../lib/content/load-cases';

/**
 * Two noun phrases joined by "and" reach both topics in every shipped case's vocabulary, including
 * the rate a device reports at ("beacon interval", "sampling rate"), which is scale, not freshness.
 */
const topics = (slug: string, question: string) => {
  const match = matchQuestion(question, loadCase(slug).rubric);
  return [match.topic, match.second?.topic].filter((topic) => topic !== undefined && topic !== null).sort();
};

describe('coordinated noun phrases reach both topics in every case', () => {
  it.each([
    ['ride-hailing', 'What are the beacon interval and peak driver count?', ['scale_growth', 'scale_now']],
    ['ride-hailing', 'Could you give me the ping frequency and the retention of raw pings?', ['retention', 'scale_now']],
    ['ecommerce-data-platform', 'What are the daily order volume and the retention period?', ['retention', 'scale_now']],
    ['ecommerce-data-platform', 'Can you tell me the dashboard freshness and the yearly growth?', ['latency_sla', 'scale_growth']],
    ['card-payments', 'What are the ledger retention and the PCI scope?', ['pii_security', 'retention']],
    ['healthcare-records', 'What are the daily message volume and the census freshness?', ['latency_sla', 'scale_now']],
    ['healthcare-records', 'What are the HL7 message format and the audit retention?', ['data_format', 'retention']],
    ['iot-telemetry', 'What are the sampling rate and the alert latency?', ['latency_sla', 'scale_now']],
    ['iot-telemetry', 'What are the sensor count and the raw data retention?', ['retention', 'scale_now']],
  ])('%s: "%s"', (slug, question, expected) => {
    expect(topics(slug, question)).toEqual(expected);
  });
});

describe('how often a device reports is its event rate', () => {
  it.each([
    ['ride-hailing', 'How often do drivers ping?'],
    ['ride-hailing', 'What is the beacon interval?'],
    ['iot-telemetry', 'What is the sampling rate of the sensors?'],
    ['iot-telemetry', 'How often do the gateways send readings?'],
  ])('%s: "%s" is scale today', (slug, question) => {
    expect(matchQuestion(question, loadCase(slug).rubric).topic).toBe('scale_now');
  });

  it.each([
    ['ride-hailing', 'How often is the surge map refreshed?'],
    ['ecommerce-data-platform', 'How often does the sales dashboard need updating?'],
  ])('%s: "%s" stays freshness', (slug, question) => {
    expect(matchQuestion(question, loadCase(slug).rubric).topic).toBe('latency_sla');
  });
});
