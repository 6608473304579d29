import { describe, expect, it } from 'vitest';
import { isConfigBlock } from '../../../lib/text/config-block';
import { readBareLists } from '../../../lib/text/bare-list';
import { readText } from '../../../lib/text/read-text';

describe('isConfigBlock', () => {
  it('reads a fenced YAML block with comments as a config block, every line listed', () => {
    const read = readText('```yaml\n# layers\nraw: {append_only: true}\nclean: {dedupe: true}\n```');
    expect(isConfigBlock(read)).toBe(true);
    const lists = readBareLists(read);
    expect(lists.whole).toBe(true);
    expect(lists.config).toBe(true);
  });

  it('reads unfenced map values and a fenced code stub as config blocks', () => {
    expect(isConfigBlock(readText('kafka: {key: driver_id, acks: all}\nredis: {ttl: 30s}'))).toBe(true);
    expect(isConfigBlock(readText('```java\n// acks=all\np.put("acks", "1");\n```'))).toBe(true);
  });

  it('leaves a text with prose outside the block alone', () => {
    expect(isConfigBlock(readText('We key by driver_id so each driver stays in order.\n```yaml\nkey: driver_id\n```'))).toBe(false);
    expect(readBareLists(readText('We key by driver_id so each driver stays in order.\n```yaml\nkey: driver_id\n```')).config).toBeUndefined();
  });

  it('leaves terse "key: value" lines and glossaries alone (no map, no fence)', () => {
    expect(isConfigBlock(readText('Key: machine_id\nPartitions: 64\nCompression: lz4'))).toBe(false);
    expect(isConfigBlock(readText('Parquet: a columnar file format.'))).toBe(false);
  });
});
