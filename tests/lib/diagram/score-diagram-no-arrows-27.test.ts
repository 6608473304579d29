import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { NO_ARROWS_PART_SHARE, UNCONNECTED_PART_SHARE } from '@/lib/diagram/score-diagram';
import { component, edge, graph, scoreOn } from './fixtures';

// Kind: the right boxes and not one arrow. The flows already cost every point they carry; the parts keep
// more of theirs than a part left out of a design that has arrows. The interviewer's scores were written
// before the engine ran on these diagrams.

/** One box per part the case requires (its first accepted kind), labelled with the kind. */
function partsOf(slug: string) {
  const kinds = loadCase(slug).rubric.steps.diagram.requiredKinds.map((requirement) => requirement.anyOf[0] as ComponentKind);
  return [...new Set(kinds)].map((kind, index) => component(`p${index}`, kind, kind.replace(/_/g, ' ')));
}

describe('a diagram with the right boxes and no arrows', () => {
  it('IoT: every required part, no arrow (interviewer: 15)', () => {
    const result = scoreOn(graph(partsOf('iot-telemetry'), []), 'iot-telemetry');
    expect(result.score).toBeGreaterThanOrEqual(10);
    expect(result.score).toBeLessThanOrEqual(25);
    const parts = result.findings.filter((finding) => finding.code.endsWith('.unconnected'));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((finding) => finding.message.includes('nothing connects'))).toBe(true);
  });

  it('card payments: every required part, no arrow (interviewer: 15), earns the no-arrows share of each part', () => {
    const result = scoreOn(graph(partsOf('card-payments'), []), 'card-payments');
    expect(result.score).toBeGreaterThanOrEqual(10);
    expect(result.score).toBeLessThanOrEqual(25);
    const missing = result.findings.filter((finding) => finding.code.endsWith('.unconnected'));
    expect(missing.length).toBeGreaterThan(0);
    for (const finding of missing) expect(finding.message).toMatch(/it earns [\d.]+ of [\d.]+/);
    const [first] = missing;
    const [, got, of] = /it earns ([\d.]+) of ([\d.]+)/.exec(first?.message ?? '') ?? [];
    expect(Number(got) / Number(of)).toBeCloseTo(NO_ARROWS_PART_SHARE, 1);
  });

  it('a part left unconnected on a diagram that has arrows keeps the lower unconnected share (interviewer: 20)', () => {
    const parts = partsOf('card-payments');
    const result = scoreOn(graph(parts, [edge(parts[0]!.id, parts[1]!.id)]), 'card-payments');
    const shares = result.findings
      .filter((finding) => finding.code.endsWith('.unconnected'))
      .map((finding) => /it earns ([\d.]+) of ([\d.]+)/.exec(finding.message))
      .flatMap((match) => (match ? [Number(match[1]) / Number(match[2])] : []));
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toBeCloseTo(UNCONNECTED_PART_SHARE, 1);
  });
});
