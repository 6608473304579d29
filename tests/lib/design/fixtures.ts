import { loadCase } from '../../../lib/content/load-cases';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { scoreDesign } from '../../../lib/design/score-design';
import type { StepResult } from '../../../lib/scoring/finding';
import { answer, fixtureRubric } from './fixture-rubric';

/** A design answer from the fields given (the rest empty), parsed as the app saves it. */
export const parseAnswer = (value: Partial<DesignAnswer>) => designAnswerSchema.parse(value);

/** A design (fields as a learner saved them) graded against a case's rubric (content/cases/<slug>). */
export const gradeCase = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), loadCase(slug).rubric);

/** The finding codes of a design graded against a case's rubric, in order. */
export const caseCodes = (slug: string, fields: Record<string, unknown>) => gradeCase(slug, fields).findings.map((finding) => finding.code);

/** Every finding code of a result, in order. */
export const codesOf = (result: StepResult) => result.findings.map((finding) => finding.code);

/** The first finding with a code, if any. */
export const findingOf = (result: StepResult, code: string) => result.findings.find((item) => item.code === code);

/** The codes of the findings about one output row (`id` its rubric output), other than a missing store, for a design with that row only. */
export const servedCodes = (slug: string, row: { consumer: string; store: string }, id: string) =>
  scoreDesign(designAnswerSchema.parse({ outputs: [row] }), loadCase(slug).rubric)
    .findings.filter((finding) => finding.refs?.[0] === id && finding.code !== 'design.output-store-missing')
    .map((finding) => finding.code);

/** The fixture rubric with a fresh need (stock during sales, 5 minutes) and a daily one (sales, a day), each with its output. */
export const stockAndSalesRubric = fixtureRubric({
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'dashboards', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
  ],
  useCases: [
    { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
    { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
  ],
});

/** The fixture rubric with two streamed inputs and one batch input, and the BI and stock outputs. */
export const mixedInputsRubric = fixtureRubric({
  inputs: [
    { id: 'orders-db', label: 'Orders database', synonyms: ['postgres', 'cdc', 'database'], mode: 'stream' },
    { id: 'clicks', label: 'Clickstream', synonyms: ['clickstream', 'clicks'], mode: 'stream' },
    { id: 'partner-files', label: 'Partner files', synonyms: ['sftp', 'csv'], mode: 'batch' },
  ],
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
  ],
});

/** A sound stock-and-sales design without its SLA: CDC streamed, partner files in batch, both outputs, both styles with a reason. */
export const stockAndSalesFields = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Stock levels for operations during sales and a daily revenue dashboard.',
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the order changes for fresh stock; batch the partner files for the daily dashboard.',
};

/** A sound stock-and-sales design with its SLA (stock within 5 minutes, sales daily by 06:00). */
export const stockAndSalesDesign = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Stock levels for operations during sales and a daily revenue dashboard.',
  sla: 'stock within 5 minutes; sales dashboard daily by 06:00',
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the order changes for fresh stock; batch the partner files and the daily dashboard.',
};

/** `stockAndSalesFields` with an SLA, graded against `stockAndSalesRubric`. */
export const gradeSla = (sla: string): StepResult => scoreDesign(answer({ ...stockAndSalesFields, sla }), stockAndSalesRubric);

/** The points the SLA earned (its `design.sla-met` finding), if any. */
export const slaEarned = (result: StepResult) => result.findings.find((finding) => finding.code === 'design.sla-met')?.points;
