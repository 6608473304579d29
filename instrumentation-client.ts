// Runs in the browser before the app's modules. Zod compiles object parsers with `new Function`
// unless told not to; under our Content-Security-Policy (no 'unsafe-eval', see proxy.ts) even its
// guarded probe is reported as a violation, so schemas are built without it. Zod keeps its config on
// globalThis, so setting it here reaches every schema built afterwards; it is set without importing
// zod, which would otherwise load on every page (lib/util/zod-jitless.ts).
import { presetZodJitless } from '@/lib/util/zod-jitless';

presetZodJitless();
