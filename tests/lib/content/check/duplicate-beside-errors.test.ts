import { describe, expect, it } from 'vitest';
import { checkCaseSync } from '../../../../lib/content/check/check-case';
import { checkLessons } from '../../../../lib/content/check/check-lessons';
import type { ContentProblem } from '../../../../lib/content/check/content-problem';
import { folder, lineOf, tinyCase } from './tiny-case';

/*
 * A list with a repeated id and another fault (in the same list, even in the same item) is reported
 * whole in one run: the duplicate, with the line of the first one, beside the other fault. Before,
 * zod skipped the duplicate check while an item of the list was broken, so the mentor met the
 * duplicate only after fixing the rest.
 */

type Files = Record<string, string>;

function edited(name: string, from: string | RegExp, to: string): Files {
  const files = tinyCase();
  const after = (files[name] ?? '').replace(from, to);
  if (after === files[name]) throw new Error(`the edit of ${name} changed nothing`);
  files[name] = after;
  return files;
}

const errorsOf = (files: Files): ContentProblem[] => checkCaseSync(folder(files)).problems.filter((problem) => problem.severity === 'error');
const messages = (problems: ContentProblem[]) => problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('a duplicate id beside another schema error of its list', () => {
  it('facts: a repeated fact id and a wrong topic in another fact', () => {
    const files = edited('rubric.yaml', /- id: scale-now\n(\s+)topic: scale_now/, '- id: scope-reference\n$1topic: scale_now');
    files['rubric.yaml'] = (files['rubric.yaml'] ?? '').replace('topic: retention', 'topic: retension');
    const text = files['rubric.yaml'] ?? '';
    const errors = errorsOf(files);
    expect(messages(errors).some((line) => /topic: "retension" is not one of the allowed values/.test(line))).toBe(true);
    const duplicate = errors.find((problem) => problem.message.startsWith('duplicate fact id'));
    expect(duplicate?.message).toBe(`duplicate fact id "scope-reference" (the first one is at line ${lineOf(text, '- id: scope-reference')})`);
  });

  it('required kinds: a repeated id whose own item also has points that are not a number', () => {
    const files = edited('rubric.yaml', '{ id: lake, label: Object storage, anyOf: [object_store, table_format], points: 5', '{ id: stream, label: Object storage, anyOf: [object_store, table_format], points: five');
    const messagesSeen = messages(errorsOf(files));
    expect(messagesSeen.some((line) => line.startsWith('steps.diagram.requiredKinds[2].points:'))).toBe(true);
    expect(messagesSeen.some((line) => line.startsWith('steps.diagram.requiredKinds[2]: duplicate required kind id "stream" (the first one is at line'))).toBe(true);
  });

  it('anchor dimensions: a repeated dimension id beside a level left empty', () => {
    const files = edited('rubric.yaml', /dimensions:\n(\s+)- id: trade-offs/, 'dimensions:\n$1- id: trade-offs\n$1  label: Trade-offs again\n$1  about: A copy.\n$1  levels: { 1: a, 2: b, 3: c, 4: "" }\n$1- id: trade-offs');
    const messagesSeen = messages(errorsOf(files));
    expect(messagesSeen.some((line) => line.startsWith('anchors.dimensions[0].levels["4"]:'))).toBe(true);
    expect(messagesSeen.some((line) => line.startsWith('anchors.dimensions[1]: duplicate dimension id "trade-offs" (the first one is at line'))).toBe(true);
  });

  it('probe choices: a repeated choice id beside a choice with no text', () => {
    const files = edited('rubric.yaml', '- { id: wrong, text: Filled in a tempting wrong choice. }', '- { id: right, text: "" }');
    const messagesSeen = messages(errorsOf(files));
    expect(messagesSeen.some((line) => /choices\[1\]\.text:/.test(line))).toBe(true);
    expect(messagesSeen.some((line) => /choices\[1\]: duplicate choice id "right" \(the first one is at line \d+\)$/.test(line))).toBe(true);
  });

  it('the reference layout: a repeated box id beside an unknown kind and a box that is not a box', () => {
    const files = edited('reference-layout.yaml', '{ id: airflow, kind: airflow, label: "Airflow" }', '{ id: kafka, kind: airflo, label: "Airflow" }\n  - just a word');
    const text = files['reference-layout.yaml'] ?? '';
    const errors = errorsOf(files).filter((problem) => problem.file.endsWith('reference-layout.yaml'));
    expect(messages(errors).some((line) => line.startsWith('extras[0].kind:'))).toBe(true);
    expect(messages(errors).some((line) => line.startsWith('extras[1]:'))).toBe(true);
    expect(errors.find((problem) => problem.path === 'extras[0].id')?.message).toBe(`duplicate component id "kafka" (the first one is at line ${lineOf(text, 'id: kafka')})`);
  });

  it('lesson questions: a repeated question id beside a question of an unknown type', async () => {
    const questions = `- id: pick-one
  type: choice
  prompt: Which setting keeps an acknowledged write on two brokers?
  options:
    - { id: isr-two, text: min.insync.replicas=2 with acks=all, correct: true }
    - { id: acks-one, text: acks=1 }
  explanation: acks=all waits for the in-sync set.
- id: pick-one
  type: choise
  prompt: Which one?
  explanation: Because.
`;
    const lesson = '---\ntitle: Kafka\nsummary: What the learner reads first.\norder: 1\nminutes: 5\n---\n\n## A heading\n\nSome text.\n';
    const { problems } = await checkLessons([{ topic: 'kafka', dir: 'content/lessons/kafka', files: { 'lesson.mdx': lesson, 'questions.yaml': questions } }]);
    const errors = problems.filter((problem) => problem.severity === 'error' && problem.file.endsWith('questions.yaml'));
    expect(messages(errors).some((line) => line.startsWith('[1].type:'))).toBe(true);
    expect(errors.find((problem) => problem.message.startsWith('duplicate question id'))?.message).toBe('duplicate question id "pick-one" (the first one is at line 1)');
  });
});
