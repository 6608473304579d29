import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolderVersion, isAuthorPreviewEnabled } from '../../../lib/content/author-preview';
import { buildAuthorPreview } from '../../../lib/content/author-preview-model';

describe('isAuthorPreviewEnabled', () => {
  it('is on in development and with AUTHOR_PREVIEW=1 only', () => {
    expect(isAuthorPreviewEnabled({ NODE_ENV: 'development' })).toBe(true);
    expect(isAuthorPreviewEnabled({ NODE_ENV: 'production', AUTHOR_PREVIEW: '1' })).toBe(true);
    expect(isAuthorPreviewEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(isAuthorPreviewEnabled({ NODE_ENV: 'production', AUTHOR_PREVIEW: 'true' })).toBe(false);
    expect(isAuthorPreviewEnabled({ NODE_ENV: 'test' })).toBe(false);
  });
});

describe('caseFolderVersion', () => {
  it('stays the same until a file of the folder is saved, added or removed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sdt-author-'));
    const dir = path.join(root, 'content', 'cases', 'demo');
    cpSync(path.join('content', 'cases', 'iot-telemetry'), dir, { recursive: true });
    const first = caseFolderVersion('demo', root);
    expect(caseFolderVersion('demo', root)).toBe(first);
    const rubric = path.join(dir, 'rubric.yaml');
    writeFileSync(rubric, '# edited\n', { flag: 'a' });
    utimesSync(rubric, new Date(), new Date(Date.now() + 5_000));
    const saved = caseFolderVersion('demo', root);
    expect(saved).not.toBe(first);
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    expect(caseFolderVersion('demo', root)).not.toBe(saved);
  });
});

describe('buildAuthorPreview', () => {
  function copyCase(slug: string): { root: string; dir: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'sdt-author-'));
    const dir = path.join(root, 'content', 'cases', 'demo');
    cpSync(path.join('content', 'cases', slug), dir, { recursive: true });
    return { root, dir };
  }

  it('shows a sound case with its references graded and no problem', async () => {
    const { root } = copyCase('card-payments');
    const preview = await buildAuthorPreview('demo', root);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rubricHash).toMatch(/^[0-9a-f]{16}$/);
    expect(preview.briefCode).toBeTruthy();
    expect(preview.writeUpCode).toBeTruthy();
    expect(preview.estimate?.score).toBe(100);
    expect(preview.diagram?.score).toBeGreaterThanOrEqual(95);
  }, 60_000);

  it('lists every problem of a broken case and still grades what it can', async () => {
    const { root, dir } = copyCase('card-payments');
    writeFileSync(path.join(dir, 'reference-estimate.json'), JSON.stringify({ rows: [{ name: 'x', expr: '1' }] }));
    writeFileSync(path.join(dir, 'reference.excalidraw'), JSON.stringify({ type: 'excalidraw', elements: [], files: {} }));
    const preview = await buildAuthorPreview('demo', root);
    expect(preview.problems.join('\n')).toMatch(/demo\/reference-estimate.json: the reference worksheet scores \d+/);
    expect(preview.problems.join('\n')).toMatch(/demo\/reference.excalidraw: out of date/);
    expect(preview.estimate?.score).toBeLessThan(100);
    expect(preview.diagram?.score).toBe(0);
    expect(preview.briefCode).toBeTruthy();
  }, 60_000);

  it('shows content:check\'s warnings apart from its problems, at their lines', async () => {
    const { root, dir } = copyCase('card-payments');
    const brief = readFileSync(path.join(dir, 'case.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'case.mdx'), `${brief}\nTODO: say what the interviewer expects.\n`);
    const preview = await buildAuthorPreview('demo', root);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([`content/cases/demo/case.mdx:${brief.split('\n').length + 1}:1: warning: leftover scaffold text (TODO) (fix: replace the placeholder with the case's own text)`]);
  }, 60_000);

  it('says what is missing when the case cannot be read at all', async () => {
    const { root, dir } = copyCase('card-payments');
    writeFileSync(path.join(dir, 'rubric.yaml'), 'steps:\n  clarify: [\n');
    const preview = await buildAuthorPreview('demo', root);
    expect(preview.problems[0]).toMatch(/^content\/cases\/demo\/rubric.yaml:\d+:\d+: a list or block in \[ \] or \{ \} is not closed/);
    expect(preview.content).toBeUndefined();
  });
});
