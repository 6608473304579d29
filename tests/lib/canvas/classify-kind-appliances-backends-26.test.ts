import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '../../../lib/canvas/classify-kind';

// Real scenes draw a log pipeline's sources by the appliance vendor's name, and a metrics backend by its
// components' own names. Own labels, none taken from the corpus.
describe('network appliances as the devices a log pipeline reads', () => {
  it.each([
    ['FortiGate 600E (HQ)', 'iot_devices'],
    ['Palo Alto Networks firewalls', 'iot_devices'],
    ['Cisco ASA edge', 'iot_devices'],
    ['Check Point gateways syslog', 'iot_devices'],
    ['pfSense branch boxes', 'iot_devices'],
    ['Network appliances (syslog)', 'iot_devices'],
  ])('"%s" is %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds).toContain(kind);
  });
});

describe('the components of a metrics or logs backend, named by their role', () => {
  it.each([
    ['Querier (global view)', 'monitoring'],
    ['Compactor', 'monitoring'],
    ['Store Gateway (object storage blocks)', 'monitoring'],
    ['Query Frontend', 'monitoring'],
    ['Thanos Sidecar', 'monitoring'],
  ])('"%s" is %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds).toContain(kind);
  });

  it('leaves boxes that only share a word alone', () => {
    expect(kindsFromLabel('Compaction job (Spark)').kinds).not.toContain('monitoring');
    expect(kindsFromLabel('API gateway').kinds).not.toContain('monitoring');
    expect(kindsFromLabel('Palo').kinds).not.toContain('iot_devices');
  });
});
