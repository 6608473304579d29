import { describe, expect, it } from 'vitest';
import { nameSpansAsStores } from '../../../lib/text/name-spans';

describe('nameSpansAsStores', () => {
  it('replaces a storage URL by the store its scheme names', () => {
    expect(nameSpansAsStores('gs://bucket/exactly-once/').trim()).toBe('GCS');
    expect(nameSpansAsStores('landing: wasbs://raw@acct.blob.core.windows.net/cdc/')).toMatch(/^landing:\s+ADLS\s*$/);
    expect(nameSpansAsStores('S3A://lake/x/').trim()).toBe('S3');
  });

  it('drops other URLs and absolute paths, keeping the words around them', () => {
    expect(nameSpansAsStores('docs at https://kafka.apache.org/ here').replace(/\s+/g, ' ')).toBe('docs at here');
    expect(nameSpansAsStores('checkpoint /mnt/chk/flink-state/').trim()).toBe('checkpoint');
  });

  it('leaves slash lists and plain labels as written', () => {
    expect(nameSpansAsStores('Postgres / S3')).toBe('Postgres / S3');
    expect(nameSpansAsStores('Visa/Mastercard')).toBe('Visa/Mastercard');
  });
});
