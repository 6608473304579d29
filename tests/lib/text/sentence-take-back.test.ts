import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const byDriver = { keywords: ['key by driver', 'keyed by driver', 'driver id'], assert: [['order', 'in order', 'one partition']] };
const byZone = { keywords: ['key by zone', 'keyed by zone', 'zone'], assert: [['key', 'partition']] };

describe('"Actually no," / "No wait," opening a sentence takes back the sentence before, not the rest of its own', () => {
  for (const opener of ['Actually no,', 'No wait,', 'Actually, no:']) {
    it(`${opener} the new claim stands`, () => {
      const read = readText(`Partition key is the zone. ${opener} the partition key is the driver id, so each driver stays in order on one partition.`);
      expect(readClaim(read, byDriver).status).toBe('stated');
    });

    it(`${opener} the claim before is withdrawn`, () => {
      const read = readText(`Partition key is the zone. ${opener} the partition key is the driver id, so each driver stays in order on one partition.`);
      expect(readClaim(read, byZone).status).not.toBe('stated');
    });
  }
});
