// `npm run -s content:draw -- <slug>`: regenerates content/cases/<slug>/reference.excalidraw from its
// reference-layout.yaml, routing arrows around boxes, and warns (stderr) about any arrow that still
// crosses a box. Exit 0 when written, 2 on bad input (one line naming the file), 1 on a bug.
import { readFileSync } from 'node:fs';
import { arrowCrossings } from '../lib/canvas/arrow-crossings';
import { runCli } from './cli/run-cli';
import { listCaseSlugs } from '../lib/content/load-cases';
import { hasReferenceFile, referencePath, writeReferenceScene } from '../lib/content/reference-files';

function main(args: readonly string[]): number {
  const slugs = args.filter((arg) => arg !== '--');
  if (slugs.length === 0) {
    process.stderr.write('usage: npm run -s content:draw -- <slug> [<slug>...]\n');
    return 2;
  }
  const known = listCaseSlugs();
  for (const slug of slugs) {
    if (!known.includes(slug)) {
      process.stderr.write(`content/cases/${slug}: no such case (known: ${known.join(', ') || 'none'})\n`);
      return 2;
    }
    if (!hasReferenceFile(slug, 'layout')) {
      process.stderr.write(`${referencePath(slug, 'layout')}: file is missing: describe the reference diagram there first\n`);
      return 2;
    }
    const { file, layout } = writeReferenceScene(slug);
    const boxes = layout.columns.reduce((sum, column) => sum + column.components.length, 0) + layout.extras.length;
    const crossings = arrowCrossings(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    for (const crossing of crossings) {
      process.stderr.write(`${referencePath(slug, 'layout')}: warning: the arrow ${crossing.from} -> ${crossing.to} crosses the box "${crossing.box}"; reorder the boxes in their columns so its ends are neighbours\n`);
    }
    process.stdout.write(`content:draw: wrote ${file} (${boxes} boxes, ${layout.arrows.length} arrows, ${crossings.length} crossing a box)\n`);
  }
  return 0;
}

runCli('content:draw', () => main(process.argv.slice(2)));
