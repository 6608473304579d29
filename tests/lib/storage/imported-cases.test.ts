import { beforeAll, describe, expect, it } from 'vitest';
import { buildCasePack, casePackText } from '../../../lib/content/pack-build';
import { readCasePack } from '../../../lib/content/pack-read';
import type { CheckedPackedCase } from '../../../lib/content/pack-check';
import type { PackedCase } from '../../../lib/content/pack-schema';
import { createSession } from '../../../lib/session/create-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { commitSessionImport, planSessionImport } from '../../../lib/storage/import-session-record';
import { createMemoryStore } from '../../../lib/storage/key-value-store';
import { activeSessionKey } from '../../../lib/storage/session-repository';
import type { KeyValueStore } from '../../../lib/storage/key-value-store';
import { importedCaseKey, listImportedCases, readImportedCase, removeImportedCase, saveImportedCases } from '../../../lib/storage/imported-cases';

type Checked = { packed: PackedCase; checked: CheckedPackedCase };
let checkedCases: Checked[];
const now = new Date('2026-11-30T08:30:00Z');

beforeAll(async () => {
  const built = await buildCasePack(['ride-hailing', 'iot-telemetry'], now);
  const renamed = { ...built, cases: built.cases.map((packed) => ({ ...packed, slug: `${packed.slug}-copy` })) };
  const result = readCasePack(casePackText(renamed));
  if (!result.ok) throw new Error(result.error);
  checkedCases = result.cases;
}, 90_000);

/** A store whose n-th write fails, as a full disk does. */
function failingOnWrite(store: KeyValueStore, failAt: number): KeyValueStore {
  let writes = 0;
  return {
    ...store,
    set: async (key, value) => {
      writes += 1;
      if (writes === failAt) throw new Error('QuotaExceededError');
      await store.set(key, value);
    },
  };
}

describe('imported cases in the browser store', () => {
  it('stores, lists, reads back and removes imported cases', async () => {
    const store = createMemoryStore();
    expect(await saveImportedCases(store, checkedCases, now)).toEqual([]);
    const listed = await listImportedCases(store);
    expect(listed.map((summary) => summary.slug).sort()).toEqual(['iot-telemetry-copy', 'ride-hailing-copy']);
    expect(listed[0]?.importedAt).toBe(now.toISOString());
    expect((await readImportedCase(store, 'ride-hailing-copy'))?.files['case.mdx']).toContain('---');
    await removeImportedCase(store, 'ride-hailing-copy');
    expect((await listImportedCases(store)).map((summary) => summary.slug)).toEqual(['iot-telemetry-copy']);
    expect(await readImportedCase(store, 'ride-hailing-copy')).toBeUndefined();
  });

  it('says which cases a new import replaced', async () => {
    const store = createMemoryStore();
    await saveImportedCases(store, checkedCases.slice(0, 1), now);
    expect(await saveImportedCases(store, checkedCases, now)).toEqual([checkedCases[0]?.packed.slug]);
  });

  it('changes nothing when a write fails part way', async () => {
    const inner = createMemoryStore();
    await saveImportedCases(inner, checkedCases.slice(0, 1), new Date('2026-11-01T00:00:00Z'));
    const before = await inner.get(importedCaseKey(checkedCases[0]?.packed.slug ?? ''));
    await expect(saveImportedCases(failingOnWrite(inner, 2), checkedCases, now)).rejects.toThrow('QuotaExceededError');
    expect(await inner.get(importedCaseKey(checkedCases[0]?.packed.slug ?? ''))).toEqual(before);
    expect(await inner.get(importedCaseKey(checkedCases[1]?.packed.slug ?? ''))).toBeUndefined();
  });

  it('lets a session of an imported case be imported from any report page, and refuses it once the case is removed', async () => {
    const store = createMemoryStore();
    await saveImportedCases(store, checkedCases, now);
    const exported = exportSession(createSession('ride-hailing-copy', 'ride-hailing-copy-a', now), now);
    const file = importSession(exported);
    if (!file.ok) throw new Error(file.error);
    // The shipped slugs are all a report page knows; the imported case is found in the same store.
    const shipped = ['ecommerce-data-platform', 'ride-hailing'];
    expect(await planSessionImport(store, file.session, shipped)).toEqual({ ok: true });
    const plan = await planSessionImport(store, file.session, shipped);
    if (plan.ok) await commitSessionImport(store, file.session, plan, now);
    expect(await store.get(activeSessionKey('ride-hailing-copy'))).toBe('ride-hailing-copy-a');
    await removeImportedCase(store, 'ride-hailing-copy');
    expect(await planSessionImport(store, file.session, shipped)).toMatchObject({ ok: false, error: expect.stringContaining('import its case pack first') });
  });

  it('ignores a damaged or mislabelled record', async () => {
    const store = createMemoryStore([[importedCaseKey('broken'), { version: 1, summary: { title: 1 } }]]);
    expect(await listImportedCases(store)).toEqual([]);
    expect(await readImportedCase(store, 'broken')).toBeUndefined();
    await saveImportedCases(store, checkedCases.slice(0, 1), now);
    const record = await store.get(importedCaseKey(checkedCases[0]?.packed.slug ?? ''));
    await store.set(importedCaseKey('other-name'), record);
    expect(await readImportedCase(store, 'other-name')).toBeUndefined();
  });
});
