/** The one setting we give zod, as zod/v4/core/core.js keeps it: a plain object on globalThis. */
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } & Record<string, unknown> };

/**
 * Tells zod to build its parsers without `new Function`, before zod itself has loaded and without
 * loading it: zod keeps its settings in `globalThis.__zod_globalConfig` and adopts an object already
 * there (`globalThis.__zod_globalConfig ??= {}` in zod/v4/core/core.js, zod 4.x), so the setting is
 * the same as `config({ jitless: true })` from 'zod/v4/core' whichever of the two runs first. Importing
 * zod's `config` here would put zod's core utilities (about 5 KB gzipped) on every page, including
 * pages that never parse anything. `target` is for tests; the browser passes nothing.
 */
export function presetZodJitless(target: ZodGlobal = globalThis as ZodGlobal): void {
  target.__zod_globalConfig ??= {};
  target.__zod_globalConfig.jitless = true;
}
