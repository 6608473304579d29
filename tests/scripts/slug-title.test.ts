import { describe, expect, it } from 'vitest';
import { scaffoldCaseFiles } from '../../scripts/cli/case-scaffold';
import { TITLE_ACRONYMS, titleFromSlug } from '../../scripts/cli/slug-title';

describe('titleFromSlug (content:new)', () => {
  it('writes the sentence case the shipped cases use', () => {
    expect(titleFromSlug('food-delivery')).toBe('Food delivery');
    expect(titleFromSlug('ride-hailing')).toBe('Ride hailing');
    expect(titleFromSlug('ads')).toBe('Ads');
  });

  it('spells the acronyms on the list as listed, wherever they stand', () => {
    expect(titleFromSlug('cnp-fraud')).toBe('CNP fraud');
    expect(titleFromSlug('iot-telemetry')).toBe('IoT telemetry');
    expect(titleFromSlug('ehr-cdc-to-the-lake')).toBe('EHR CDC to the lake');
    expect(titleFromSlug('batch-etl-and-elt')).toBe('Batch ETL and ELT');
    expect(titleFromSlug('psp-api-sql-ml')).toBe('PSP API SQL ML');
    expect(titleFromSlug('saas-billing')).toBe('SaaS billing');
  });

  it('does not take a word for an acronym because it starts like one', () => {
    expect(titleFromSlug('mlops-platform')).toBe('Mlops platform');
    expect(titleFromSlug('apis-at-scale')).toBe('Apis at scale');
  });

  it('keeps the list as data: a new acronym needs no code', () => {
    expect(titleFromSlug('fhir-feeds', [...TITLE_ACRONYMS])).toBe('FHIR feeds');
    expect(titleFromSlug('xyz-feeds', ['XYZ'])).toBe('XYZ feeds');
    expect(new Set(TITLE_ACRONYMS.map((acronym) => acronym.toLowerCase())).size).toBe(TITLE_ACRONYMS.length);
  });

  it('titles the scaffold and its model answer with it', () => {
    const files = Object.fromEntries(scaffoldCaseFiles('cnp-fraud'));
    expect(files['case.mdx']).toMatch(/^title: CNP fraud$/m);
    expect(files['write-up.mdx']).toMatch(/^title: "Model answer: CNP fraud"$/m);
  });

  it('gives the scaffold an anchors block, commented, with distinct levels naming the case', () => {
    const rubric = Object.fromEntries(scaffoldCaseFiles('iot-telemetry'))['rubric.yaml'] ?? '';
    expect(rubric).toMatch(/^# Optional but wanted: what a 1, 2, 3 and 4 look like/m);
    expect(rubric).toMatch(/^anchors:\n {2}steps:\n {4}clarify:\n {6}1: TODO .* in the clarify step of IoT telemetry/m);
    expect(rubric).toMatch(/^ {2}dimensions:\n {4}- id: trade-offs$/m);
  });
});
