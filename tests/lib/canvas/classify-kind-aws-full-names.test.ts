import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '../../../lib/canvas/classify-kind';

describe('AWS services written out in full (as the AWS Architecture Icons title them)', () => {
  it.each([
    ['Amazon Simple Storage Service (raw zone)', 'object_store'],
    ['Simple Queue Service', 'kafka'],
    ['Amazon Simple Notification Service topic fan-out', 'event_router'],
    ['Amazon Relational Database Service', 'oltp_database'],
    ['Amazon Elastic Kubernetes Service', 'kubernetes'],
    ['Elastic Container Service tasks', 'kubernetes'],
    ['Amazon Elastic MapReduce', 'spark_batch'],
    ['Amazon Elastic Compute Cloud', 'app_service'],
    ['EC2 workers', 'app_service'],
    ['Elastic Load Balancing', 'api_gateway'],
    ['Arch_Amazon-Simple-Storage-Service_48', 'object_store'],
  ])('"%s" is %s', (label, kind) => {
    const read = kindsFromLabel(label.replace(/[-_]+/g, ' '));
    expect(read.kinds[0]).toBe(kind);
    expect(read.product).toBe(true);
  });

  it('"Elastic" alone is still Elasticsearch', () => {
    expect(kindsFromLabel('Elastic').kinds).toEqual(['search_index']);
  });
});
