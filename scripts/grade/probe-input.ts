import { z } from 'zod';
import type { Probe } from '../../lib/content/claim-schema';
import { needsProbe } from '../../lib/deep-dive/probe';
import type { PointResult } from '../../lib/deep-dive/probe';

/** A probe answer in an input file: the ids of the choices picked, or a number in the probe's unit. */
export const probeAnswerInputSchema = z.union([
  z.strictObject({ selected: z.array(z.string().max(80)).max(32) }),
  z.strictObject({ number: z.number().finite() }),
]);

/** Probe answers by key point id. */
export const probeAnswersInputSchema = z.record(z.string().max(120), probeAnswerInputSchema);

/** A follow-up the interviewer asks on a point that was only named, listed, hedged or contradicted: answer it with `probes`. */
export type OpenProbe = { keyPoint: string; status: string; question: string; choices?: { id: string; text: string }[]; unit?: string };

/** The probes still open after scoring: the points that need one and have one, in the rubric's order. */
export function openProbes(points: readonly PointResult[] | undefined, probeOf: (keyPointId: string) => Probe | undefined): OpenProbe[] {
  return (points ?? []).flatMap((point): OpenProbe[] => {
    const probe = probeOf(point.id);
    if (!probe || !needsProbe(point)) return [];
    if ('choices' in probe) return [{ keyPoint: point.id, status: point.status, question: probe.question, choices: probe.choices.map(({ id, text }) => ({ id, text })) }];
    return [{ keyPoint: point.id, status: point.status, question: probe.question, unit: probe.unit }];
  });
}

/** Open probes for a terminal, after the findings. */
export function formatOpenProbes(probes: readonly OpenProbe[]): string {
  if (probes.length === 0) return '';
  const lines = ['', 'The interviewer follows up (answer with "probes": { "<key point>": { "selected": [...] } | { "number": n } }):'];
  for (const probe of probes) {
    lines.push(`  ? [${probe.keyPoint}] ${probe.question}`);
    for (const choice of probe.choices ?? []) lines.push(`      ${choice.id}: ${choice.text}`);
    if (probe.unit) lines.push(`      (a number, in ${probe.unit})`);
  }
  return lines.join('\n');
}
