import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSceneFile } from '../../lib/canvas/parse-scene-file';
import { readScene } from '../../lib/canvas/read-scene';
import { describeFirstIssue } from '../../lib/content/content-error';
import { loadCase } from '../../lib/content/load-cases';
import type { Rubric } from '../../lib/content/rubric-schema';
import type { GoldenContext } from '../../lib/eval/grade-golden';
import type { GoldenEntry } from '../../lib/eval/golden-schema';
import { goldenFileSchema } from '../../lib/eval/golden-schema';
import { loadLesson } from '../../lib/practice/load-lessons';
import type { Question } from '../../lib/practice/question-schema';

export const GOLDEN_DIR = path.join('tests', 'golden');

/** A golden entry and the file it came from (scene paths are relative to it). */
export type LoadedEntry = { entry: GoldenEntry; file: string };

function jsonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...jsonFiles(full));
    else if (name.endsWith('.json')) files.push(full);
  }
  return files;
}

/**
 * Every entry of every `tests/golden/**\/*.json` file, validated; throws `file: path: message` on the first
 * bad file and on a duplicate id.
 */
export function loadGoldenEntries(root = process.cwd()): LoadedEntry[] {
  const loaded: LoadedEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of jsonFiles(path.join(root, GOLDEN_DIR))) {
    const parsed = goldenFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    if (!parsed.success) throw new Error(`${path.relative(root, file)}: ${describeFirstIssue(parsed.error)}`);
    for (const entry of parsed.data.entries) {
      const other = seen.get(entry.id);
      if (other) throw new Error(`${path.relative(root, file)}: id "${entry.id}" is also used in ${other}`);
      seen.set(entry.id, path.relative(root, file));
      loaded.push({ entry, file });
    }
  }
  return loaded;
}

/** Looks up cases, lessons and scenes from disk, each read once. */
export function fileGoldenContext(loaded: readonly LoadedEntry[], root = process.cwd()): GoldenContext {
  const rubrics = new Map<string, Rubric>();
  const questions = new Map<string, Question[]>();
  const fileOf = new Map(loaded.map(({ entry, file }) => [entry.id, file]));
  return {
    rubricOf: (slug) => {
      let rubric = rubrics.get(slug);
      if (!rubric) {
        rubric = loadCase(slug, root).rubric;
        rubrics.set(slug, rubric);
      }
      return rubric;
    },
    questionOf: (topic, id) => {
      let list = questions.get(topic);
      if (!list) {
        list = loadLesson(topic, root).questions;
        questions.set(topic, list);
      }
      const question = list.find((candidate) => candidate.id === id);
      if (!question) throw new Error(`lesson ${topic} has no question "${id}"`);
      return question;
    },
    graphOf: (entry) => {
      const file = path.resolve(path.dirname(fileOf.get(entry.id) ?? root), entry.answer.scene);
      const text = readFileSync(file, 'utf8');
      const parsed = parseSceneFile(text, Buffer.byteLength(text));
      if (!parsed.ok) throw new Error(`${entry.id}: ${file}: ${parsed.error}`);
      return readScene(parsed.scene);
    },
  };
}
