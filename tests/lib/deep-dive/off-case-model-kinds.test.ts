import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDive, scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { readAnswerCaseFit } from '../../../lib/text/case-fit';

const caseOf = (slug: string) => loadCase(slug).rubric;
function promptOf(slug: string, id: string): DeepDivePrompt {
  const found = caseOf(slug).steps['deep-dive'].prompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`no prompt ${id} in ${slug}`);
  return found;
}
const percent = (slug: string, id: string, answer: string) => {
  const scored = scoreDeepDivePrompt(promptOf(slug, id), answer, {}, caseOf(slug));
  return (100 * scored.earned) / scored.available;
};

// Interviewer scores written before the engine ran: another business's model earns 5-10.
describe("another business's model pasted into a deep dive earns nothing for its points", () => {
  const clinicModel = 'Fact table fact_encounter at one row per patient encounter, measures length of stay and charges. Dimensions: dim_patient (SCD type 2 for address changes), dim_physician, dim_ward, dim_date, dim_diagnosis. Partition by admission date so the nightly load only touches new days.';
  const shopLedger = 'An append-only journal of shopper checkouts: each basket line is a row with sku, coupon and promotion, and a nightly job sums revenue per merchandise category. Fulfilment and shipment status are updated on the same row when the parcel leaves the courier.';

  it("a hospital's encounter model for the factory's time-series layout (interviewer: 5)", () => {
    expect(percent('iot-telemetry', 'time-series-layout', clinicModel)).toBeLessThanOrEqual(10);
  });

  it("a shop's basket journal for the card ledger (interviewer: 5)", () => {
    expect(percent('card-payments', 'acid-ledger', shopLedger)).toBeLessThanOrEqual(10);
  });

  it('the finding names the other business and every earned point says it does not count', () => {
    const scored = scoreDeepDivePrompt(promptOf('iot-telemetry', 'time-series-layout'), clinicModel, {}, caseOf('iot-telemetry'));
    const finding = scored.findings.find((item) => item.code.endsWith('.off-case'));
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toMatch(/"(patient|encounter|physician|ward)"/);
    expect(scored.findings.some((item) => item.severity === 'good')).toBe(false);
  });

  it('the step score reads the case too', () => {
    const rubric = caseOf('iot-telemetry');
    const result = scoreDeepDive({ 'time-series-layout': clinicModel }, rubric);
    expect(result.findings.some((item) => item.code === 'deep-dive.time-series-layout.off-case')).toBe(true);
  });
});

describe("an answer about the case's own business keeps its points", () => {
  it('a right sales model with an aside about another business is not off-case', () => {
    const answer = 'Unlike a ride app where a trip is the fact, here the grain is one row per order line, because revenue by category needs the product of each line. Dimensions: date, customer, product with its category, and country. Product and customer are SCD type 2 so old sales keep the category they had.';
    expect(readAnswerCaseFit(answer, caseOf('ecommerce-data-platform')).offCase).toBe(false);
    expect(percent('ecommerce-data-platform', 'sales-star-schema', answer)).toBeGreaterThanOrEqual(80);
  });

  it("the ride-hailing case's own drivers and trips fit it", () => {
    const answer = 'Key the location topic by driver id so each driver stays in order on one partition; zone keys make downtown cells hot on a Friday night while suburbs idle. Trips and riders come from the trip database by CDC.';
    expect(readAnswerCaseFit(answer, caseOf('ride-hailing')).offCase).toBe(false);
  });

  it('without the case rubric nothing is capped (a thin rubric cannot tell)', () => {
    const prompt = promptOf('iot-telemetry', 'time-series-layout');
    const clinic = 'Fact table fact_encounter at one row per patient encounter, dimensions dim_patient, dim_physician, dim_ward, dim_date.';
    expect(scoreDeepDivePrompt(prompt, clinic).findings.some((item) => item.code.endsWith('.off-case'))).toBe(false);
    expect(scoreDeepDivePrompt(prompt, clinic, {}, { steps: { 'deep-dive': { prompts: [prompt] } } }).findings.some((item) => item.code.endsWith('.off-case'))).toBe(false);
  });
});
