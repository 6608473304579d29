// The estimate step's public API: the app and the CLI import from here.
export { worksheetRowSchema, worksheetSchema, MAX_ROWS } from './worksheet-schema';
export type { EvaluatedRow, Worksheet, WorksheetRow } from './worksheet-schema';
export { evaluateWorksheet } from './evaluate-worksheet';
export type { AvailableValues, EvaluateOptions } from './evaluate-worksheet';
export { gradeEstimate, POINTS_PER_QUANTITY } from './grade-estimate';
export type { EstimateGrade, GradeEstimateOptions, QuantityGrade } from './grade-estimate';
export type { Verdict } from './grade-bands';
export { availableValuesFor, estimateContentErrors } from './prepare-estimate';
export { formatDuration, formatNumber, formatQuantity } from './format-quantity';
export type { QuantityValue } from './format-quantity';
export { MAX_EXPRESSION_LENGTH } from './compile-expression';
export { nameError } from './names';
export {
  availabilityFromDowntime,
  describeDowntime,
  downtimeBudget,
  downtimeSeconds,
  formatAvailability,
  nines,
  parallelAvailability,
  parseAvailability,
  serialAvailability,
} from './availability';
export type { AvailabilityPeriod } from './availability';
