import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../../lib/content/check/check-case';
import type { ContentProblem } from '../../../../lib/content/check/content-problem';
import { formatProblem } from '../../../../lib/content/check/content-problem';
import { drawn, folder, lineOf, tinyCase } from './tiny-case';

/*
 * Each kind of broken case a mentor meets, refused by the one check content:check, the build and the
 * tests share, with its file, line and a fix. The fixture is the scaffold with its TODOs filled in.
 */

type Files = Record<string, string>;

async function problemsOf(edit: (files: Files) => void): Promise<ContentProblem[]> {
  const files = tinyCase();
  edit(files);
  return checkCase(folder(files));
}

const errorsOf = async (edit: (files: Files) => void) => (await problemsOf(edit)).filter((problem) => problem.severity === 'error');

function change(files: Files, name: string, from: string | RegExp, to: string): string {
  const before = files[name] ?? '';
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  files[name] = after;
  return after;
}

describe('checkCase', { timeout: 120_000 }, () => {
  it('passes the filled-in scaffold with no problem at all', async () => {
    expect((await checkCase(folder(tinyCase()))).map(formatProblem)).toEqual([]);
  });

  it('warns on every line of leftover scaffold text, and does not fail the case for it', async () => {
    const files = tinyCase();
    files['rubric.yaml'] = (files['rubric.yaml'] ?? '').replace('Filled in why the reference is what it is.', 'TODO: why the reference is what it is.');
    files['case.mdx'] = (files['case.mdx'] ?? '').replace('Filled in describe the company', 'TODO: describe the company');
    const problems = await checkCase(folder(files));
    expect(problems.map((problem) => [problem.severity, problem.file, problem.line, problem.message])).toEqual([
      ['warning', 'content/cases/tiny-case/case.mdx', lineOf(files['case.mdx'] ?? '', 'TODO'), 'leftover scaffold text (TODO)'],
      ['warning', 'content/cases/tiny-case/rubric.yaml', lineOf(files['rubric.yaml'] ?? '', 'TODO'), 'leftover scaffold text (TODO)'],
    ]);
  });

  it('names a reference worksheet row that uses an unknown value, at its line, with the name meant', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'reference-estimate.json', 'daily_ingest * 365 day', 'daily_ingset * 365 day');
    });
    const row = errors.find((problem) => problem.file.endsWith('reference-estimate.json') && problem.path === 'rows[0].expr');
    expect(row?.line).toBe(lineOf(text, 'daily_ingset'));
    expect(row?.message).toMatch(/unknown name "daily_ingset".*\(did you mean "daily_ingest"\?\)/);
    expect(row?.fix).toMatch(/name of a fact value/);
    // And the grade it costs, so the mentor sees why it matters.
    expect(errors.some((problem) => /reference worksheet scores \d+ on its own rubric, expected 100/.test(problem.message))).toBe(true);
  });

  it('names a clarify topic that has no fact, at the facts list, with the fix', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', 'topic: retention', 'topic: availability');
    });
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/cases/tiny-case/rubric.yaml', line: lineOf(text, 'facts:'), path: 'steps.clarify.facts', message: expect.stringMatching(/no fact answers the clarify topic "retention"/), fix: expect.stringMatching(/topic: retention/) }),
    ]);
  });

  it('refuses a reference diagram that scores below 95 on its own rubric, saying what it lacks', async () => {
    const errors = await errorsOf((files) => {
      const layout = change(files, 'reference-layout.yaml', /  - \{ from: db, to: kafka, label: "changes" \}\n/, '');
      files['reference.excalidraw'] = drawn(layout);
    });
    const diagram = errors.find((problem) => problem.code === 'reference-diagram');
    expect(diagram?.file).toBe('content/cases/tiny-case/reference.excalidraw');
    expect(diagram?.message).toMatch(/^the reference diagram scores \d+ on its own diagram rubric \(at least 95 needed\): missing: /);
    expect(diagram?.fix).toMatch(/reference-layout\.yaml/);
  });

  it('refuses a drawing that is not what content:draw makes of the layout', async () => {
    const errors = await errorsOf((files) => {
      change(files, 'reference-layout.yaml', 'label: "Kafka"', 'label: "Kafka cluster"');
    });
    expect(errors.map(formatProblem)).toContain('content/cases/tiny-case/reference.excalidraw: out of date, run npm run content:draw -- tiny-case');
  });

  it('reports every problem of every file in one run', async () => {
    const errors = await errorsOf((files) => {
      change(files, 'rubric.yaml', 'topic: retention', 'topic: retension');
      change(files, 'rubric.yaml', 'unit: TB', 'unit: GB/day');
      change(files, 'reference-layout.yaml', 'kind: kafka', 'kind: kafak');
      change(files, 'case.mdx', 'difficulty: intermediate', 'difficulty: medium');
      change(files, 'write-up.mdx', /^title: .*$/m, 'titel: Model answer');
    });
    expect(new Set(errors.map((problem) => problem.file.split('/').pop()))).toEqual(new Set(['rubric.yaml', 'reference-layout.yaml', 'case.mdx', 'write-up.mdx']));
    expect(errors.filter((problem) => problem.file.endsWith('rubric.yaml')).map((problem) => problem.path)).toEqual(['steps.clarify.facts[10].topic', 'steps.estimate.quantities[0].unit']);
  });

  it('gives a schema problem its line and column, not only its path', async () => {
    let text = '';
    const [error] = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', 'unit: TB', 'unit: GB/day');
    });
    expect(error).toMatchObject({ line: lineOf(text, 'unit: GB/day'), column: (text.split('\n')[lineOf(text, 'unit: GB/day') - 1] ?? '').indexOf('GB/day') + 1, path: 'steps.estimate.quantities[0].unit', message: 'expected a unit of data size (B, KB, MB, GB, TB, PB, or KiB, MiB, GiB, TiB), not "GB/day"' });
  });

  it('answers a wrong topic, kind or id with the closest allowed one', async () => {
    const errors = await errorsOf((files) => {
      change(files, 'rubric.yaml', 'topic: retention', 'topic: retension');
      change(files, 'reference-layout.yaml', 'kind: spark_streaming', 'kind: spark_stream');
      change(files, 'case.mdx', 'difficulty: intermediate', 'difficulty: intermediat');
    });
    // Rules across fields (arrow ends name boxes) run once every field is valid.
    const arrows = await errorsOf((files) => {
      change(files, 'reference-layout.yaml', '{ from: kafka, to: stream }', '{ from: kafak, to: stream }');
    });
    expect(arrows.find((problem) => problem.path === 'arrows[1].from')?.message).toMatch(/unknown component id "kafak" \(did you mean "kafka"\?\)/);
    const byPath = Object.fromEntries(errors.map((problem) => [problem.path, `${problem.message} | ${problem.fix ?? ''}`]));
    expect(byPath['steps.clarify.facts[10].topic']).toMatch(/"retension" is not one of the allowed values \| did you mean "retention"\?/);
    expect(byPath['columns[2].components[0].kind']).toMatch(/did you mean "spark_streaming"/);
    expect(byPath.difficulty).toMatch(/did you mean "intermediate"\? \(allowed: beginner, intermediate, advanced\)/);
  });

  it('says where the first of two duplicate ids is', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', '{ id: lake, label: Object storage', '{ id: stream, label: Object storage');
    });
    expect(errors).toEqual([expect.objectContaining({ path: 'steps.diagram.requiredKinds[2]', line: lineOf(text, '{ id: stream, label: Object storage'), message: `duplicate required kind id "stream" (the first one is at line ${lineOf(text, '- { id: stream')})` })]);
    const layout = await errorsOf((files) => {
      text = change(files, 'reference-layout.yaml', '{ id: airflow, kind: airflow', '{ id: kafka, kind: airflow');
    });
    expect(layout.find((problem) => problem.path === 'extras[0].id')?.message).toBe(`duplicate component id "kafka" (the first one is at line ${lineOf(text, 'id: kafka')})`);
  });

  it('places an unknown field at its line and says where a mis-indented one belongs', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      // `keywords` indented like `facts:` instead of like the fields of the fact above it.
      text = change(files, 'rubric.yaml', '    entities:\n', '    keywords: [surge]\n    entities:\n');
    });
    expect(errors).toEqual([expect.objectContaining({ line: lineOf(text, 'keywords: [surge]'), column: 5, message: '"keywords" is not a field here', fix: '"keywords" belongs to an item of "facts": indent it to line up with that item\'s other fields' })]);
    const typo = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', 'tolerance: 0.25', 'tolerence: 0.25');
    });
    expect(typo).toEqual([expect.objectContaining({ line: lineOf(text, 'tolerence'), message: '"tolerence" is not a field here', fix: 'did you mean "tolerance"?' })]);
  });

  it('explains YAML mistakes in words: a tab, a line indented wrong, a list item without "-", an unclosed quote', async () => {
    const yamlError = async (from: string | RegExp, to: string) => {
      let text = '';
      const errors = await errorsOf((files) => {
        text = change(files, 'rubric.yaml', from, to);
      });
      expect(errors.every((problem) => problem.code === 'yaml')).toBe(true);
      return { first: errors[0], errors, text };
    };
    const tab = await yamlError('        title: Raw storage for one year', '\ttitle: Raw storage for one year');
    expect(tab.first).toMatchObject({ line: lineOf(tab.text, '\ttitle'), column: 1, message: expect.stringMatching(/^this line is indented with a tab; YAML indents with spaces only/) });
    // The parser reports these as lines indented wrong; the check names the tab, at the tabbed line.
    for (const tabbed of ['\t\ttitle: Raw storage for one year', '    \ttitle: Raw storage for one year', '  \t  title: Raw storage for one year']) {
      const variant = await yamlError('        title: Raw storage for one year', tabbed);
      expect(variant.first).toMatchObject({ line: lineOf(variant.text, tabbed), column: 1, message: expect.stringMatching(/^this line is indented with a tab; YAML indents with spaces only/) });
    }

    const indent = await yamlError('        title: Raw storage for one year', '         title: Raw storage for one year');
    expect(indent.first?.message).toMatch(/indented|one-line value/);
    expect(indent.first?.line).toBeGreaterThanOrEqual(lineOf(indent.text, 'id: storage_per_year'));
    expect(indent.first?.line).toBeLessThanOrEqual(lineOf(indent.text, '         title: Raw'));

    // A second fact written without its "-": its id repeats the first fact's.
    const dash = await yamlError('      - id: oltp-vs-olap', '        id: oltp-vs-olap');
    expect(dash.first).toMatchObject({ line: lineOf(dash.text, '        id: oltp-vs-olap'), message: expect.stringContaining(`the same field appears twice in one block (first at line ${lineOf(dash.text, '- id: scope-reference')})`) });
    expect(dash.first?.fix).toMatch(/put "- " in front/);

    const quote = await yamlError('label: Customer', 'label: "Customer');
    expect(quote.first?.message).toMatch(/^a quoted text is not closed/);
    expect(dash.errors).toHaveLength(1);
  });

  it('says to quote a text that a comma cut inside { }, instead of "remove it"', async () => {
    const files = tinyCase();
    const rubric = files['rubric.yaml'] ?? '';
    const line = /^( *)- \{ ?id: .*\}$/m.exec(rubric);
    if (!line) throw new Error('the fixture has no one-line { } item');
    const cut = line[0].replace(/why: [^}]*\}$/, 'why: alerts, the lake and the API all read one copy }');
    let text = '';
    const errors = await errorsOf((edited) => {
      text = change(edited, 'rubric.yaml', line[0], cut);
    });
    expect(errors).toContainEqual(expect.objectContaining({ line: lineOf(text, cut.trim()), message: expect.stringContaining('cut at a comma'), fix: expect.stringMatching(/quotes/) }));
    expect(errors.some((problem) => /^remove it/.test(problem.fix ?? ''))).toBe(false);
  });

  it('tells what a product name used as a layout kind reads as ("redis" is a cache)', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'reference-layout.yaml', /kind: kafka/, 'kind: redis');
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/cases/tiny-case/reference-layout.yaml', line: lineOf(text, 'kind: redis'), message: expect.stringContaining('reads as "cache": use kind: cache') })]);
  });

  it('refuses a curveball that leaves less than 10 minutes, at its line', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', 'afterMinutes: 25', 'afterMinutes: 44');
    });
    expect(errors).toEqual([expect.objectContaining({ path: 'curveball.afterMinutes', line: lineOf(text, 'afterMinutes: 44'), message: expect.stringMatching(/^44 leaves the candidate 1 minute of the 45-minute interview .* at minute 35 or earlier$/) })]);
  });

  it('names a missing file and a missing field', async () => {
    const errors = await errorsOf((files) => {
      delete files['write-up.mdx'];
      change(files, 'rubric.yaml', /        title: Raw storage for one year\n/, '');
    });
    expect(errors.map((problem) => `${problem.file.split('/').pop()}: ${problem.path}: ${problem.message}`)).toEqual([
      'rubric.yaml: steps.estimate.quantities[0].title: missing field "title" (expected string)',
      'write-up.mdx: : file is missing: write the model answer there (AUTHORING.md, section 9)',
    ]);
  });

  it('names the field inside a probe that fits neither form, and says to quote a bare number', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'rubric.yaml', /\{ id: right, text: [^,]+, correct: true \}/, '{ id: right, text: 3, correct: true }');
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'steps["deep-dive"].prompts[0].keyPoints[0].probe.choices[0].text',
        line: lineOf(text, 'text: 3,'),
        message: 'expected string, found 3',
        fix: 'put it in quotes ("3"): YAML reads a bare number as a number, not as text',
      }),
    ]);
  });

  it('refuses MDX with an unknown component at its line', async () => {
    let text = '';
    const errors = await errorsOf((files) => {
      text = change(files, 'case.mdx', '## The brief', '## The brief\n\n<Chart data={1} />');
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/cases/tiny-case/case.mdx', line: lineOf(text, '<Chart'), column: 1, message: expect.stringMatching(/^unknown component <Chart>/) })]);
  });
});
