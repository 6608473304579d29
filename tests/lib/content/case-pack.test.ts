import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../../lib/content/check/check-case';
import { formatProblemInline } from '../../../lib/content/check/content-problem';
import { compileMdx } from '../../../lib/content/compile-mdx';
import { mdxCodeToTree } from '../../../lib/content/mdx-to-tree';
import { buildCasePack, casePackText } from '../../../lib/content/pack-build';
import { mdxTreeSchema } from '../../../lib/content/pack-mdx-tree';
import { readCasePack } from '../../../lib/content/pack-read';
import { MAX_PACK_BYTES, PACK_FORMAT } from '../../../lib/content/pack-schema';
import type { CasePack } from '../../../lib/content/pack-schema';
import { rubricHash } from '../../../lib/content/rubric-hash';
import { loadCase } from '../../../lib/content/load-cases';

const SHIPPED = 'ecommerce-data-platform';
let pack: CasePack;

/** The shipped case packed under a new folder name, as a mentor's own case would be. */
beforeAll(async () => {
  const built = await buildCasePack([SHIPPED], new Date('2026-11-30T08:00:00Z'));
  pack = { ...built, cases: built.cases.map((packed) => ({ ...packed, slug: 'shop-copy' })) };
}, 60_000);

const clone = (): CasePack => structuredClone(pack);
const read = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return readCasePack(text, text.length, { shippedSlugs: [SHIPPED] });
};
const firstCase = (value: CasePack) => {
  const packed = value.cases[0];
  if (!packed) throw new Error('the test pack has no case');
  return packed;
};

describe('case pack round trip', () => {
  it('reads back what content:pack writes, with the same rubric hash as the folder', () => {
    const result = read(casePackText(pack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const checked = result.cases[0]?.checked;
    expect(checked?.content.slug).toBe('shop-copy');
    expect(checked && rubricHash(checked.content.rubric)).toBe(rubricHash(loadCase(SHIPPED).rubric));
    expect(checked?.referenceScene?.elements.length).toBeGreaterThan(5);
    expect(checked?.writeUpTitle).toBeTruthy();
  });

  it('refuses a pack that would replace a shipped case', () => {
    const result = readCasePack(JSON.stringify({ ...pack, cases: pack.cases.map((packed) => ({ ...packed, slug: SHIPPED })) }), undefined, { shippedSlugs: [SHIPPED] });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('already ships') });
  });
});

describe('a pack is judged by the same rules as its folder', () => {
  // Each edit breaks the case in a different file and way; the pack's problems must be the folder's errors.
  const edits: [string, (files: Record<string, string>) => void][] = [
    ['a clarify topic misspelt', (files) => void (files['rubric.yaml'] = (files['rubric.yaml'] ?? '').replace('topic: retention', 'topic: retension'))],
    ['a worksheet row naming an unknown value', (files) => void (files['reference-estimate.json'] = (files['reference-estimate.json'] ?? '').replace('daily_ingest', 'daily_ingets'))],
    ['a case too short for its curveball', (files) => void (files['case.mdx'] = (files['case.mdx'] ?? '').replace('durationMinutes: 45', 'durationMinutes: 30'))],
    ['a layout edited without redrawing', (files) => void (files['reference-layout.yaml'] = (files['reference-layout.yaml'] ?? '').replace('label: "Orders DB (PostgreSQL)"', 'label: "Orders database"'))],
    ['a write-up without a title and a brief with an unknown component', (files) => {
      files['write-up.mdx'] = (files['write-up.mdx'] ?? '').replace(/^title: .*$/m, 'titel: x');
      files['case.mdx'] = `${files['case.mdx'] ?? ''}\n<Chart data={1} />\n`;
    }],
  ];

  it.each(edits)('%s: the same problems, at the same places', async (_name, edit) => {
    const value = clone();
    const packed = firstCase(value);
    const files = { ...packed.files } as Record<string, string>;
    edit(files);
    packed.files = files as typeof packed.files;
    const fromPack = read(value);
    expect(fromPack.ok).toBe(false);
    if (fromPack.ok) return;
    const fromFolder = (await checkCase({ slug: 'shop-copy', dir: 'shop-copy', files })).filter((problem) => problem.severity === 'error');
    expect(fromFolder.length).toBeGreaterThan(0);
    expect(fromPack.problems).toEqual(fromFolder.map(formatProblemInline));
  });
});

describe('hostile or broken packs are refused with one sentence', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['not JSON', () => '{"format": "system-design-trainer/case-pack", "cases": [', /not valid JSON/],
    ['another kind of file', () => ({ format: 'system-design-trainer/session', session: {} }), /not a System Design Trainer case pack/],
    ['a newer pack version', () => ({ ...clone(), packVersion: 99 }), /newer version of the app/],
    ['no case', () => ({ ...clone(), cases: [] }), /damaged .*holds no case/],
    ['the same case twice', () => ({ ...clone(), cases: [firstCase(clone()), firstCase(clone())] }), /twice/],
    ['a path as a file name', () => {
      const value = clone();
      (firstCase(value).files as Record<string, string>)['../../etc/passwd'] = 'x';
      return value;
    }, /damaged/],
    ['a script element in the brief', () => {
      const value = clone();
      firstCase(value).compiled.brief.push({ t: 'script' as 'p', c: ['alert(1)'] });
      return value;
    }, /damaged/],
    ['a javascript: link', () => {
      const value = clone();
      firstCase(value).compiled.brief.push({ t: 'a', a: { href: 'javascript:alert(1)' }, c: ['x'] });
      return value;
    }, /damaged/],
    ['an event handler attribute', () => {
      const value = clone();
      firstCase(value).compiled.brief.push({ t: 'p', a: { onclick: 'alert(1)' } as Record<string, string>, c: ['x'] });
      return value;
    }, /damaged/],
    ['an image fetched from elsewhere', () => {
      const value = clone();
      firstCase(value).compiled.brief.push({ t: 'img' as 'p', a: { src: 'http://example.org/pixel.png' } as Record<string, string> });
      return value;
    }, /damaged/],
    ['a brief nested 5,000 levels deep', () => {
      // Written as text: building it as an object would overflow the test's own JSON.stringify.
      const deep = `${'{"t":"div","c":['.repeat(5000)}${']}'.repeat(5000)}`;
      return JSON.stringify(clone()).replace('"compiled":{"brief":[', `"compiled":{"brief":[${deep},`);
    }, /cannot be read safely: it is nested/],
    ['a rubric that does not parse', () => {
      const value = clone();
      firstCase(value).files['rubric.yaml'] = 'steps:\n\tclarify: {}\n';
      return value;
    }, /fails the content checks: shop-copy\/rubric.yaml:2:1: this line is indented with a tab/],
    ['a reference worksheet that no longer earns full marks', () => {
      const value = clone();
      firstCase(value).files['reference-estimate.json'] = JSON.stringify({ rows: [{ name: 'x', expr: '1' }] });
      return value;
    }, /shop-copy\/reference-estimate.json: the reference worksheet scores \d+ on its own rubric/],
    ['a diagram not generated from its layout', () => {
      const value = clone();
      const scene = JSON.parse(firstCase(value).files['reference.excalidraw'] ?? '{}') as { elements: unknown[] };
      scene.elements = scene.elements.slice(0, 3);
      firstCase(value).files['reference.excalidraw'] = JSON.stringify(scene);
      return value;
    }, /reference.excalidraw: out of date/],
    ['a diagram without its layout', () => {
      const value = clone();
      delete firstCase(value).files['reference-layout.yaml'];
      return value;
    }, /shop-copy\/reference-layout.yaml: file is missing/],
    ['a brief with an unknown component', () => {
      const value = clone();
      firstCase(value).files['case.mdx'] = `${firstCase(value).files['case.mdx']}\n<Script>alert(1)</Script>\n`;
      return value;
    }, /shop-copy\/case.mdx:\d+:1: unknown component <Script>/],
  ];

  it.each(cases)('refuses %s', (_name, make, expected) => {
    const result = read(make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(expected);
    expect(result.error.split(/(?<=\.)\s+(?=[A-Z])/).length, result.error).toBe(1);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(readCasePack('', MAX_PACK_BYTES + 1)).toMatchObject({ ok: false, error: expect.stringContaining('MB') });
  });

  it('never throws on random input', () => {
    for (const text of ['null', '[]', '1', '"x"', `{"format":"${PACK_FORMAT}"}`, `{"format":"${PACK_FORMAT}","packVersion":1,"createdAt":"x","cases":[{}]}`, '{"__proto__":{"polluted":1}}']) {
      expect(read(text).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('MDX to the inert tree', () => {
  it('keeps Markdown and the shared components, drops scripts, unsafe links and remote images', async () => {
    const source = [
      '## Heading',
      'Text with **bold**, a [safe link](https://example.org/a), a [bad one](javascript:alert(1)) and a [relative](/practice).',
      '| left | right |\n|:-----|------:|\n| 1 | 2 |',
      '<Callout title="Note">Inside a *callout*</Callout>',
      '```sql\nselect 1\n```',
      '![a pixel](http://example.org/pixel.png)',
    ].join('\n\n');
    const tree = mdxCodeToTree(await compileMdx(source, 'test.mdx'));
    expect(mdxTreeSchema.safeParse(tree).success).toBe(true);
    const text = JSON.stringify(tree);
    expect(text).toContain('{"t":"h2","c":["Heading"]}');
    expect(text).toContain('{"t":"a","a":{"href":"https://example.org/a"},"c":["safe link"]}');
    expect(text).toContain('{"t":"a","c":["bad one"]}');
    expect(text).toContain('{"t":"a","a":{"href":"/practice"},"c":["relative"]}');
    expect(text).toContain('{"t":"th","a":{"align":"right"},"c":["right"]}');
    expect(text).toContain('{"t":"Callout","a":{"title":"Note"},"c":["Inside a ",{"t":"em","c":["callout"]}]}');
    expect(text).toContain('{"t":"code","a":{"className":"language-sql"},"c":["select 1\\n"]}');
    expect(text).toContain('[image: a pixel]');
    expect(text).not.toMatch(/javascript:|example\.org\/pixel|"img"/);
  });
});

describe('packs made from this checkout, and leftover scaffold text', () => {
  it('counts a pack holding exactly a local folder\'s files as packed from here, and an edited one not', async () => {
    const { slugsPackedFromHere } = await import('../../../scripts/content-check-pack');
    const built = await buildCasePack([SHIPPED], new Date('2026-11-30T08:00:00Z'));
    expect(slugsPackedFromHere(JSON.stringify(built), [SHIPPED], process.cwd())).toEqual([SHIPPED]);
    const edited = structuredClone(built);
    const files = firstCase(edited).files as Record<string, string>;
    files['rubric.yaml'] = `${files['rubric.yaml'] ?? ''}\n# edited\n`;
    expect(slugsPackedFromHere(JSON.stringify(edited), [SHIPPED], process.cwd())).toEqual([]);
    expect(slugsPackedFromHere('not json', [SHIPPED], process.cwd())).toEqual([]);
    expect(slugsPackedFromHere(JSON.stringify({ cases: [{ slug: SHIPPED, files: { '../../package.json': '{}' } }] }), [SHIPPED], process.cwd())).toEqual([]);
  }, 60_000);

  it('accepts a pack with leftover scaffold text but lists it as warnings, with the line', () => {
    const value = clone();
    const files = firstCase(value).files as Record<string, string>;
    files['rubric.yaml'] = (files['rubric.yaml'] ?? '').replace(/why: (.*)$/m, 'why: TODO say why.');
    const result = read(value);
    expect(result.ok ? [] : result.problems).toEqual([]);
    const warnings = result.ok ? result.cases.flatMap((item) => item.checked.warnings) : [];
    expect(warnings.some((warning) => /shop-copy\/rubric\.yaml:\d+:\d+: warning: .*TODO/i.test(warning))).toBe(true);
  });
});
