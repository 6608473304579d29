import { describe, expect, it } from 'vitest';
import { drawLayout } from '../../lib/canvas/draw-layout';
import { readScene } from '../../lib/canvas/read-scene';
import { CLARIFY_TOPICS } from '../../lib/content/clarify-topics';
import { listCaseSlugs, loadCase } from '../../lib/content/load-cases';
import { compileWriteUp, hasReferenceFile, loadReferenceLayout, loadReferenceScene, loadReferenceWorksheet, referencePath } from '../../lib/content/reference-files';
import type { ReferenceFile } from '../../lib/content/reference-files';
import { scoreDiagram } from '../../lib/diagram/score-diagram';
import { gradeEstimate } from '../../lib/estimate';
import { weakLayout } from './weak-layout';

/*
 * Self-consistency of every case in content/cases: its own reference answers must pass its own
 * rubric, and empty or weak answers must not. A new case folder is picked up automatically.
 */

const slugs = listCaseSlugs();
const REQUIRED: ReferenceFile[] = ['layout', 'scene', 'estimate', 'writeUp'];

/** Findings that are not good, one per line, so a failing assertion says what the rubric missed. */
function problems(result: { findings: readonly { severity: string; message: string }[] }): string {
  return result.findings
    .filter((finding) => finding.severity !== 'good')
    .map((finding) => `  ${finding.severity}: ${finding.message}`)
    .join('\n');
}

it('finds at least one case', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('case %s', (slug) => {
  it('has every reference file', () => {
    const missing = REQUIRED.filter((file) => !hasReferenceFile(slug, file)).map((file) => referencePath(slug, file));
    expect(missing, `${slug}: missing reference files`).toEqual([]);
  });

  it('has a fact for every common clarify topic', () => {
    const covered = new Set(loadCase(slug).rubric.steps.clarify.facts.map((fact) => fact.topic));
    const uncovered = CLARIFY_TOPICS.filter((topic) => !covered.has(topic));
    expect(uncovered, `${slug}: rubric.yaml has no fact for these clarify topics`).toEqual([]);
  });

  it('scores its reference diagram at least 95', () => {
    const result = scoreDiagram(readScene(loadReferenceScene(slug)), loadCase(slug).rubric);
    expect(result.score, `${slug}: reference.excalidraw scores ${result.score} on its own diagram rubric:\n${problems(result)}`).toBeGreaterThanOrEqual(95);
  });

  it('scores an empty diagram 0', () => {
    const result = scoreDiagram(readScene({ elements: [] }), loadCase(slug).rubric);
    expect(result.score, `${slug}: an empty scene scores ${result.score}`).toBe(0);
  });

  it('scores a weak diagram (half the boxes, one arrow, dashboards on the OLTP database) below 50', () => {
    const weak = weakLayout(loadReferenceLayout(slug));
    const result = scoreDiagram(readScene({ elements: drawLayout(weak) }), loadCase(slug).rubric);
    expect(result.score, `${slug}: the weak diagram scores ${result.score}; the rubric rewards too little of the design`).toBeLessThan(50);
  });

  it('gives its reference worksheet full marks', () => {
    const result = gradeEstimate(loadReferenceWorksheet(slug), loadCase(slug).rubric);
    expect(result.score, `${slug}: reference-estimate.json scores ${result.score}:\n${problems(result)}`).toBe(100);
  });

  it('scores an empty worksheet 0', () => {
    const result = gradeEstimate({ rows: [] }, loadCase(slug).rubric);
    expect(result.score, `${slug}: an empty worksheet scores ${result.score}`).toBe(0);
  });

  it('has a write-up that compiles', async () => {
    const error = await compileWriteUp(slug).then(
      () => undefined,
      (failure: unknown) => (failure instanceof Error ? failure.message : String(failure)),
    );
    expect(error, `${slug}: write-up.mdx does not compile`).toBeUndefined();
  });
});
