import { getStep } from '../steps/steps';
import type { AgreementReport, AgreementStep } from './agreement-report';

const STATUS_TEXT: Record<AgreementStep['status'], string> = {
  ok: '',
  'not-enough-interviews': 'not enough interviews (2 or more needed)',
  'no-spread': 'undefined: one side gave the same level every time',
};

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The agreement report for a terminal: one line per step, then the worst disagreements with their replays. */
export function formatAgreementReport(report: AgreementReport): string {
  const bands = report.bands.map((band) => `${band.level} = ${band.min}-${band.max}`).join(', ');
  const lines = [`Engine vs interviewer agreement over ${report.interviews} rated interview${report.interviews === 1 ? '' : 's'} (engine bands: ${bands})`, ''];
  const width = Math.max(...report.steps.map((step) => getStep(step.step).title.length));
  lines.push(`${'step'.padEnd(width)}  ${'n'.padStart(4)}  ${'rho'.padStart(6)}  ${'kappa'.padStart(6)}`);
  for (const step of report.steps) {
    const note = STATUS_TEXT[step.status];
    lines.push(`${getStep(step.step).title.padEnd(width)}  ${String(step.n).padStart(4)}  ${fixed(step.spearman).padStart(6)}  ${fixed(step.kappa).padStart(6)}${note ? `  ${note}` : ''}`);
  }
  const worst = report.steps.filter((step) => step.disagreements.length > 0);
  if (worst.length > 0) lines.push('', 'Largest disagreements (open a replay with ?t=<interviewer token or ROOMS_ADMIN_TOKEN>):');
  for (const step of worst) {
    lines.push(`  ${getStep(step.step).title}:`);
    for (const item of step.disagreements) {
      lines.push(`    rated ${item.rating}, engine ${item.engineScore} (band ${item.engineBand})  ${item.caseSlug}  ${item.replay}`);
    }
  }
  return lines.join('\n');
}
