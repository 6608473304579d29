// Imported first by server/index.ts, before Next loads: React and Next read NODE_ENV when their modules
// load. `--dev` means development; otherwise production, as `next start` would set it.
const mode = process.argv.includes('--dev') ? 'development' : 'production';
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: mode });

export const NODE_ENV_MODE = mode;
