import { describe, expect, it } from 'vitest';
import { codesOf, gradeCase } from './fixtures';

// Designs written for this file (other cases and wording than golden round 24's IoT design), each scored as an
// interviewer would before the engine ran (the score in the title): outputs right, inputs left out.

describe('outputs right with the inputs left out: capped', () => {
  it('a card design with every output and one input, "payment data" (interviewer: 40)', () => {
    const result = gradeCase('card-payments', {
      inputs: [{ name: 'payment data', mode: '', format: '', rate: '' }],
      useCase: 'Fraud scoring inside the authorisation; alerts for analysts; daily reconciliation; 7-year audit trail; training data.',
      sla: 'score p99 < 100 ms; alerts < 5 s; reconciliation by 09:00; 7 years retention',
      outputs: [
        { consumer: 'authorisation switch', store: 'scoring API over Redis features' },
        { consumer: 'fraud analysts', store: 'alert queue + case UI' },
        { consumer: 'finance', store: 'reconciliation marts in the warehouse' },
        { consumer: 'auditors', store: 'S3 Object Lock archive' },
        { consumer: 'data scientists', store: 'point-in-time training set in Iceberg' },
      ],
      processingStyle: 'both',
      reason: 'The scoring job keeps velocity features in Redis so the switch gets a score within 100 ms; reconciliation marts are built nightly by 09:00; everything is archived in S3 with Object Lock for 7 years.',
    });
    expect(codesOf(result)).toContain('design.inputless-cap');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('a ride-hailing design with every output and one input, "app data" (interviewer: 42)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [{ name: 'app data', mode: '', format: '', rate: '' }],
      useCase: 'Real-time surge pricing per zone; live map for city ops; daily trips, fares and earnings.',
      sla: 'surge within 30 s; ops map within 1 minute; trips dashboard by 07:00',
      outputs: [
        { consumer: 'pricing service', store: 'surge multipliers in Redis' },
        { consumer: 'city ops', store: 'live map over Redis' },
        { consumer: 'finance and analysts', store: 'trips dashboard over warehouse marts' },
        { consumer: 'data scientists', store: 'Parquet history in S3' },
      ],
      processingStyle: 'both',
      reason: 'The surge job counts drivers and requests per H3 cell every 30 s into Redis, so pricing reads a fresh multiplier; Spark and dbt build the trips marts by 07:00.',
    });
    expect(codesOf(result)).toContain('design.inputless-cap');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('an e-commerce design with every output and one input, "shop data" (interviewer: 42)', () => {
    const result = gradeCase('ecommerce-data-platform', {
      inputs: [{ name: 'shop data', mode: '', format: '', rate: '' }],
      useCase: 'Inventory during sale events for ops; daily sales by category and country for leadership.',
      sla: 'inventory within 5 minutes; sales dashboard by 06:00',
      outputs: [
        { consumer: 'ops team', store: 'inventory metrics in Redis + Grafana' },
        { consumer: 'leadership and analysts', store: 'sales marts in the warehouse + Looker' },
        { consumer: 'data scientists', store: 'Parquet history in S3' },
      ],
      processingStyle: 'both',
      reason: 'A streaming job keeps inventory within 5 minutes in Redis for ops; dbt builds the sales marts by 06:00 for leadership.',
    });
    expect(codesOf(result)).toContain('design.inputless-cap');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('one source named with how it arrives is a narrow design, not an inputless one (interviewer: 50)', () => {
    const result = gradeCase('iot-telemetry', {
      inputs: [{ name: 'sensor readings over MQTT bridged to Kafka', mode: 'stream', format: 'JSON', rate: '50k/s' }],
      useCase: 'Anomaly alerts on critical machines; live machine status.',
      sla: 'alerts within 10 s; live view within 10 s',
      outputs: [
        { consumer: 'technicians', store: 'alert service (push)' },
        { consumer: 'supervisors', store: 'live view from Redis' },
      ],
      processingStyle: 'streaming',
      reason: 'Flink reads the Kafka topic keyed by machine and alerts within 10 s; it keeps the latest value per machine in Redis.',
    });
    expect(codesOf(result)).not.toContain('design.inputless-cap');
  });

  it('every source named without modes: not capped as inputless (interviewer: 70)', () => {
    const result = gradeCase('iot-telemetry', {
      inputs: [
        { name: 'sensor readings from the gateways', mode: '', format: 'JSON', rate: '50k/s' },
        { name: 'MES production orders', mode: '', format: 'rows', rate: 'hourly' },
        { name: 'asset registry', mode: '', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Anomaly alerts; live machine status; OEE per plant and line; history for engineers.',
      sla: 'alerts within 10 s; OEE hourly, final by 06:00; raw 30 days, hourly 10 years',
      outputs: [
        { consumer: 'technicians', store: 'alert service (push)' },
        { consumer: 'supervisors', store: 'live view from Redis' },
        { consumer: 'plant managers', store: 'OEE marts in the warehouse' },
        { consumer: 'engineers and data scientists', store: 'TimescaleDB rollups + S3 Parquet history' },
      ],
      processingStyle: 'both',
      reason: 'Kafka keyed by machine feeds Flink, which alerts within 10 s with event-time watermarks; Airflow loads the MES and registry and Spark builds OEE hourly.',
    });
    expect(codesOf(result)).not.toContain('design.inputless-cap');
    expect(result.score).toBeGreaterThanOrEqual(60);
  });
});
