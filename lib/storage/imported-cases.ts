import { z } from 'zod';
import { toCaseSummary } from '../content/case-summary';
import type { CaseSummary } from '../content/case-summary';
import type { CheckedPackedCase } from '../content/pack-check';
import { packedCaseSchema } from '../content/pack-schema';
import type { PackedCase } from '../content/pack-schema';
import type { KeyValueStore } from './key-value-store';
import { IMPORTED_PREFIX, importedCaseKey } from './stored-keys';

export { importedCaseKey };

/*
 * Cases imported from case packs, stored in the browser next to the sessions: one record per case,
 * `sdt:imported-case:<slug>`, holding the packed case as imported (it is checked again whenever it
 * is opened) and the summary the catalogue lists.
 */

const caseSummarySchema = z.object({
  slug: z.string().max(80),
  title: z.string().max(200),
  summary: z.string().max(2000),
  domain: z.string().max(200),
  difficulty: z.string().max(40),
  durationMinutes: z.number().int().min(1).max(600),
  tags: z.array(z.string().max(60)).max(40),
});

export const importedCaseRecordSchema = z.object({
  version: z.literal(1),
  importedAt: z.iso.datetime({ offset: true }),
  summary: caseSummarySchema,
  packed: packedCaseSchema,
});
export type ImportedCaseRecord = z.infer<typeof importedCaseRecordSchema>;

export type ImportedCaseSummary = CaseSummary & { importedAt: string };

/** The imported cases' summaries, by title; unreadable records are skipped (they are refused when opened). */
export async function listImportedCases(store: KeyValueStore): Promise<ImportedCaseSummary[]> {
  const keys = (await store.keys()).filter((key) => key.startsWith(IMPORTED_PREFIX));
  const summaries: ImportedCaseSummary[] = [];
  for (const key of keys) {
    const record = (await store.get(key)) as { summary?: unknown; importedAt?: unknown } | undefined;
    const parsed = caseSummarySchema.safeParse(record?.summary);
    const importedAt = record?.importedAt;
    if (parsed.success && typeof importedAt === 'string') summaries.push({ ...parsed.data, importedAt });
  }
  return summaries.sort((a, b) => a.title.localeCompare(b.title));
}

/** One imported case as stored, or undefined when there is none (or the record is damaged). */
export async function readImportedCase(store: KeyValueStore, slug: string): Promise<PackedCase | undefined> {
  const parsed = importedCaseRecordSchema.safeParse(await store.get(importedCaseKey(slug)));
  return parsed.success && parsed.data.packed.slug === slug ? parsed.data.packed : undefined;
}

/**
 * Stores checked cases, all or nothing: when a write fails, the records written so far are put back
 * as they were, so a failed import changes nothing. Returns the slugs that replaced an earlier import.
 */
export async function saveImportedCases(store: KeyValueStore, cases: readonly { packed: PackedCase; checked: CheckedPackedCase }[], now: Date): Promise<string[]> {
  const previous = new Map<string, unknown>();
  for (const { packed } of cases) previous.set(packed.slug, await store.get(importedCaseKey(packed.slug)));
  const written: string[] = [];
  try {
    for (const { packed, checked } of cases) {
      const record: ImportedCaseRecord = { version: 1, importedAt: now.toISOString(), summary: toCaseSummary(checked.content), packed };
      await store.set(importedCaseKey(packed.slug), record);
      written.push(packed.slug);
    }
  } catch (error) {
    for (const slug of written) {
      const before = previous.get(slug);
      await (before === undefined ? store.del(importedCaseKey(slug)) : store.set(importedCaseKey(slug), before)).catch(() => undefined);
    }
    throw error;
  }
  return [...previous].filter(([, before]) => before !== undefined).map(([slug]) => slug);
}

/** Removes an imported case; the learner's attempts at it stay stored (they come back if it is imported again). */
export async function removeImportedCase(store: KeyValueStore, slug: string): Promise<void> {
  await store.del(importedCaseKey(slug));
}
