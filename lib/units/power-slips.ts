/**
 * The slips a factor that is a power of ten shows, in the words every engine uses for them: the estimate
 * worksheet's decimal slip (lib/estimate/decimal-slip.ts) and a drill's located slip (lib/drills/locate-slip.ts)
 * say the same thing of the same mistake. `factor` is the size of the slip (always above 1); `label` is it as
 * a reader writes it; `says` is what slipped.
 */
export const POWER_OF_TEN_SLIPS: readonly { factor: number; label: string; says: string }[] = [
  { factor: 10, label: '10', says: 'a decimal place slipped (a zero added or dropped)' },
  { factor: 100, label: '100', says: 'two decimal places slipped' },
  { factor: 1000, label: '1,000', says: 'one unit prefix off (KB, MB, GB and TB are 1,000 apart)' },
];
