import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sharedAnchorProblems } from '../../../../lib/content/check/shared-anchors';
import { listCaseSlugs } from '../../../../lib/content/load-cases';
import { readCaseFolder } from '../../../../lib/content/read-case-folder';

const shipped = () => listCaseSlugs().map((slug) => readCaseFolder(slug));

describe('sharedAnchorProblems', () => {
  it('finds no copied anchor among the shipped cases', () => {
    const folders = shipped();
    expect(sharedAnchorProblems(folders, folders.map((folder) => folder.slug))).toEqual([]);
  });

  it('names an anchor copied from another case at its line, whatever its spacing, and only for the cases checked', () => {
    const folders = shipped();
    const source = folders.find((folder) => folder.slug === 'card-payments')!;
    const copiedText = (parse(source.files['rubric.yaml'] ?? '') as { anchors: { steps: { clarify: Record<string, string> } } }).anchors.steps.clarify['1'];
    if (!copiedText) throw new Error('card-payments has no level-1 clarify anchor to copy');
    // The same words, re-wrapped as a mentor's editor would.
    const rewrapped = copiedText.split(' ').reduce((text, word, index) => `${text}${index === 0 ? '' : index % 7 === 0 ? '\n        ' : ' '}${word}`, '');
    const rubric = `steps: {}\nanchors:\n  steps:\n    clarify:\n      1: >-\n        ${rewrapped}\n      2: Asks about the fraud score's latency but not its volume.\n`;
    const mentor = { slug: 'cnp-fraud', dir: 'content/cases/cnp-fraud', files: { 'rubric.yaml': rubric } };
    const problems = sharedAnchorProblems([...folders, mentor], ['cnp-fraud']);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cases/cnp-fraud/rubric.yaml', line: 6, path: 'anchors.steps.clarify.1', code: 'copied-anchor', message: expect.stringContaining('copied word for word from card-payments') })]);
    expect(sharedAnchorProblems([...folders, mentor], ['card-payments'])).toEqual([expect.objectContaining({ file: 'content/cases/card-payments/rubric.yaml', message: expect.stringContaining('cnp-fraud') })]);
    expect(sharedAnchorProblems([...folders, { ...mentor, files: { 'rubric.yaml': 'anchors: [unclosed' } }], ['cnp-fraud'])).toEqual([]);
  });
});
