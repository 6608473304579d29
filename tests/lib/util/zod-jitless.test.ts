import { describe, expect, it } from 'vitest';
import { presetZodJitless } from '@/lib/util/zod-jitless';

describe('presetZodJitless', () => {
  it('sets jitless on an empty global, where zod will adopt it', () => {
    const target: { __zod_globalConfig?: Record<string, unknown> } = {};
    presetZodJitless(target);
    expect(target.__zod_globalConfig).toEqual({ jitless: true });
  });

  it('keeps settings zod already holds (its locale) when zod loaded first', () => {
    const localeError = () => 'message';
    const target: { __zod_globalConfig?: Record<string, unknown> } = { __zod_globalConfig: { localeError } };
    presetZodJitless(target);
    expect(target.__zod_globalConfig).toEqual({ localeError, jitless: true });
  });

  it('is the config zod reads: schemas are built without new Function and still parse', async () => {
    presetZodJitless();
    const core = await import('zod/v4/core');
    const { z } = await import('zod');
    expect(core.config().jitless).toBe(true);
    expect(core.globalConfig).toBe((globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig);
    expect(core.util.allowsEval.value).toBe(false);
    expect(z.object({ a: z.number() }).parse({ a: 1, b: 2 })).toEqual({ a: 1 });
  });
});
